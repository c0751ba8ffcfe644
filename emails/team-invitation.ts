import type { TFunction } from "i18next";
import type { Locale } from "../app/domain/shared/locales";
import { renderInvitationEmail } from "./invitation";
import { formatExpiry, type RenderedEmail } from "./layout";

export type TeamInvitationPayload = {
  funderName: string;
  inviterName: string;
  role: "ADMIN" | "PROGRAMME_OFFICER" | "VIEWER";
  /** The full link with its token; the token itself is stored only as a hash. */
  link: string;
  /** ISO timestamp after which the link stops working. */
  expiresAt: string;
};

/** An invitation to join a funder's team, with what the offered role lets her do. */
export function renderTeamInvitation(
  locale: Locale,
  t: TFunction,
  payload: TeamInvitationPayload,
): RenderedEmail {
  const values = {
    inviter: payload.inviterName,
    funder: payload.funderName,
    date: formatExpiry(payload.expiresAt, locale),
  };
  const key = (name: string) => t(`emails:teamInvitation.${name}`, values);
  return renderInvitationEmail(locale, t, {
    key,
    intro: [key("body"), key(`role.${payload.role}`)],
    link: payload.link,
  });
}
