import type { TFunction } from "i18next";
import type { Locale } from "../app/domain/shared/locales";
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
  const values = {
    inviter: payload.inviterName,
    funder: payload.funderName,
    panel: payload.panelName,
    round: payload.roundName,
    date: formatExpiry(payload.expiresAt, locale),
  };
  const key = (name: string) => t(`emails:panelInvitation.${name}`, values);
  return renderInvitationEmail(locale, t, {
    key,
    intro: [key("body"), key(`role.${payload.role}`)],
    link: payload.link,
  });
}
