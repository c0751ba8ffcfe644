import { z } from "zod";
import { fieldError, parseForm, type FieldErrors } from "~/domain/shared/validation";
import { supportedLocales } from "~/domain/shared/locales";

/**
 * What a members page posts (an organisation's people, a funder's team): each small form names
 * its intent (invite, resend, revoke, change-role, remove). Messages are translation keys under
 * the feature's "errors" group, which the page names.
 */

export type MembersFormOptions<Role extends string> = {
  roles: readonly [Role, ...Role[]];
  /** The feature's error keys, for example "organisations:errors". */
  errors: string;
};

function schemas<Role extends string>({ roles, errors: ERR }: MembersFormOptions<Role>) {
  const role = z.enum(roles, { message: `${ERR}.roleInvalid` });
  return {
    invite: z.object({
      email: z
        .string()
        .trim()
        .toLowerCase()
        .max(254, `${ERR}.emailInvalid`)
        .email(`${ERR}.emailInvalid`)
        .default(""),
      role,
      locale: z.enum(supportedLocales, { message: `${ERR}.languageInvalid` }),
    }),
    invitation: z.object({ invitationId: z.string().min(1).max(100) }),
    role: z.object({ memberId: z.string().min(1).max(100), role }),
    member: z.object({ memberId: z.string().min(1).max(100) }),
  };
}

type Locale = (typeof supportedLocales)[number];

export type MembersChange<Role extends string = string> =
  | { intent: "invite"; email: string; role: Role; locale: Locale }
  | { intent: "resend" | "revoke"; invitationId: string }
  | { intent: "change-role"; memberId: string; role: Role }
  | { intent: "remove"; memberId: string };

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
export const invitationGone = (intent: string, ERR: string): MembersReply => ({
  intent,
  errors: { invitations: fieldError(`${ERR}.invitationGone`) },
});
export const memberGone = (intent: string, ERR: string): MembersReply => ({
  intent,
  errors: { people: fieldError(`${ERR}.memberGone`) },
});

/** The change a post asks for, or the reply refusing it; null for an intent no form sends. */
export function readMembersForm<Role extends string>(
  form: FormData,
  options: MembersFormOptions<Role>,
): { ok: true; change: MembersChange<Role> } | { ok: false; reply: MembersReply } | null {
  const intent = String(form.get("intent") ?? "");
  const schema = schemas(options);
  switch (intent) {
    case "invite": {
      const parsed = parseForm(schema.invite, form);
      if (!parsed.ok)
        return { ok: false, reply: { intent, errors: parsed.errors, values: parsed.values } };
      return { ok: true, change: { intent, ...parsed.data } as MembersChange<Role> };
    }
    case "resend":
    case "revoke": {
      const parsed = parseForm(schema.invitation, form);
      return parsed.ok
        ? { ok: true, change: { intent, ...parsed.data } }
        : { ok: false, reply: invitationGone(intent, options.errors) };
    }
    case "change-role": {
      const parsed = parseForm(schema.role, form);
      return parsed.ok
        ? { ok: true, change: { intent, ...parsed.data } as MembersChange<Role> }
        : { ok: false, reply: memberGone(intent, options.errors) };
    }
    case "remove": {
      const parsed = parseForm(schema.member, form);
      return parsed.ok
        ? { ok: true, change: { intent, ...parsed.data } }
        : { ok: false, reply: memberGone(intent, options.errors) };
    }
    default:
      return null;
  }
}
