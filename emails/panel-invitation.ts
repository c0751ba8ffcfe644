import type { TFunction } from "i18next";
import type { Locale } from "../app/domain/shared/locales";
import { QUOTED_MAX, quotable } from "../app/domain/shared/quoted-text";
import { renderInvitationEmail } from "./invitation";
import { formatExpiry, type RenderedEmail } from "./layout";

export type PanelInvitationPayload = {
  panelName: string;
  roundName: string;
  funderName: string;
  inviterName: string;
  role: "CHAIR" | "MEMBER" | "COMMUNITY_REVIEWER" | "SPECIALIST";
  /** The full link with its token; the token itself is stored only as a hash. */
  link: string;
  /** ISO timestamp after which the link stops working. */
  expiresAt: string;
};

export function renderPanelInvitation(
  locale: Locale,
  t: TFunction,
  payload: PanelInvitationPayload,
): RenderedEmail {
  // Every name here was typed by someone: quoted as theirs, never as Withfund's own words.
  const values = {
    inviter: quotable(payload.inviterName, QUOTED_MAX.name),
    funder: quotable(payload.funderName, QUOTED_MAX.title),
    panel: quotable(payload.panelName, QUOTED_MAX.title),
    round: quotable(payload.roundName, QUOTED_MAX.title),
    date: formatExpiry(payload.expiresAt, locale),
  };
  const key = (name: string) => t(`emails:panelInvitation.${name}`, values);
  return renderInvitationEmail(locale, t, {
    key,
    intro: [key("body"), key(`role.${payload.role}`)],
    link: payload.link,
  });
}
