import { z } from "zod";
import { fieldError, parseForm, type FieldErrors } from "~/domain/shared/validation";
import { supportedLocales } from "~/domain/shared/locales";

/**
 * What an organisation's members page posts: each small form names its intent (invite,
 * resend, revoke, change-role, remove). Messages are "organisations" translation keys.
 */

export const ERR = "organisations:errors";
export const memberRoles = ["OWNER", "MEMBER"] as const;

const inviteSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, `${ERR}.emailInvalid`)
    .email(`${ERR}.emailInvalid`)
    .default(""),
  role: z.enum(memberRoles, { message: `${ERR}.roleInvalid` }),
  locale: z.enum(supportedLocales, { message: `${ERR}.languageInvalid` }),
});
const invitationSchema = z.object({ invitationId: z.string().min(1).max(100) });
const roleSchema = z.object({
  memberId: z.string().min(1).max(100),
  role: z.enum(memberRoles, { message: `${ERR}.roleInvalid` }),
});
const memberSchema = z.object({ memberId: z.string().min(1).max(100) });

export type MembersChange =
  | ({ intent: "invite" } & z.infer<typeof inviteSchema>)
  | ({ intent: "resend" | "revoke" } & z.infer<typeof invitationSchema>)
  | ({ intent: "change-role" } & z.infer<typeof roleSchema>)
  | ({ intent: "remove" } & z.infer<typeof memberSchema>);

/** What the page shows after a post: what was done, or what went wrong and next to which form. */
export type MembersReply = {
  intent: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
  done?: { key: string; values: Record<string, string> };
  /** Set when the address already has a link waiting, so the page can offer to resend it. */
  resendInvitationId?: string;
};

// A form about an invitation or a member that no longer reads right was sent from a stale
// page: the invitation or the person is gone, so the page says that rather than a field error.
export const invitationGone = (intent: string): MembersReply => ({
  intent,
  errors: { invitations: fieldError(`${ERR}.invitationGone`) },
});
export const memberGone = (intent: string): MembersReply => ({
  intent,
  errors: { people: fieldError(`${ERR}.memberGone`) },
});

/** The change a post asks for, or the reply refusing it; null for an intent no form sends. */
export function readMembersForm(
  form: FormData,
): { ok: true; change: MembersChange } | { ok: false; reply: MembersReply } | null {
  const intent = String(form.get("intent") ?? "");
  switch (intent) {
    case "invite": {
      const parsed = parseForm(inviteSchema, form);
      if (!parsed.ok)
        return { ok: false, reply: { intent, errors: parsed.errors, values: parsed.values } };
      return { ok: true, change: { intent, ...parsed.data } };
    }
    case "resend":
    case "revoke": {
      const parsed = parseForm(invitationSchema, form);
      return parsed.ok
        ? { ok: true, change: { intent, ...parsed.data } }
        : { ok: false, reply: invitationGone(intent) };
    }
    case "change-role": {
      const parsed = parseForm(roleSchema, form);
      return parsed.ok
        ? { ok: true, change: { intent, ...parsed.data } }
        : { ok: false, reply: memberGone(intent) };
    }
    case "remove": {
      const parsed = parseForm(memberSchema, form);
      return parsed.ok
        ? { ok: true, change: { intent, ...parsed.data } }
        : { ok: false, reply: memberGone(intent) };
    }
    default:
      return null;
  }
}
