import type { MembersFormOptions } from "~/domain/shared/members-form";

/** What an organisation's members page posts; messages are "organisations" translation keys. */

export const ERR = "organisations:errors";
export const memberRoles = ["OWNER", "MEMBER"] as const;

export const organisationMembersForm: MembersFormOptions<(typeof memberRoles)[number]> = {
  roles: memberRoles,
  errors: ERR,
};
