import type { TFunction } from "i18next";
import type { Locale } from "../app/domain/shared/locales";
import { QUOTED_MAX, quotable } from "../app/domain/shared/quoted-text";
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
  // Both names were typed by people: quoted as theirs, never as Withfund's own words.
  const values = {
    inviter: quotable(payload.inviterName, QUOTED_MAX.name),
    funder: quotable(payload.funderName, QUOTED_MAX.title),
    date: formatExpiry(payload.expiresAt, locale),
  };
  const key = (name: string) => t(`emails:teamInvitation.${name}`, values);
  return renderInvitationEmail(locale, t, {
    key,
    intro: [key("body"), key(`role.${payload.role}`)],
    link: payload.link,
  });
}
