import { z } from "zod";
import { supportedLocales } from "~/domain/shared/locales";
import { panelRoles } from "./membership";

/** What the panel's members page can be asked to do. Messages are "panels" translation keys. */

export const inviteSchema = z.object({
  intent: z.literal("invite"),
  email: z
    .string()
    .trim()
    .min(1, "panels:members.errors.emailRequired")
    .email("panels:members.errors.emailInvalid"),
  role: z.enum(panelRoles, { message: "panels:members.errors.roleRequired" }),
  locale: z.enum(supportedLocales, { message: "panels:members.errors.localeRequired" }),
});

export const invitationSchema = z.object({
  intent: z.enum(["resend", "revoke"]),
  invitationId: z.string().min(1),
});

export const roleSchema = z.object({
  intent: z.literal("role"),
  memberId: z.string().min(1),
  role: z.enum(panelRoles, { message: "panels:members.errors.roleRequired" }),
});
