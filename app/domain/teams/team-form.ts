import type { MembersFormOptions } from "~/domain/shared/members-form";
import { teamRoles } from "./team-rules";

/** What a funder's team page posts; messages are "teams" translation keys. */

export const TEAM_ERR = "teams:errors";

export const teamMembersForm: MembersFormOptions<(typeof teamRoles)[number]> = {
  roles: teamRoles,
  errors: TEAM_ERR,
};
