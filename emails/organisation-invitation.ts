import type { TFunction } from "i18next";
import type { Locale } from "../app/domain/shared/locales";
import { QUOTED_MAX, quotable } from "../app/domain/shared/quoted-text";
import { renderInvitationEmail } from "./invitation";
import { formatExpiry, type RenderedEmail } from "./layout";

export type OrganisationInvitationPayload = {
  organisationName: string;
  inviterName: string;
  role: "OWNER" | "MEMBER";
  /** The full link with its token; the token itself is stored only as a hash. */
  link: string;
  /** ISO timestamp after which the link stops working. */
  expiresAt: string;
};

export function renderOrganisationInvitation(
  locale: Locale,
  t: TFunction,
  payload: OrganisationInvitationPayload,
): RenderedEmail {
  // Both names were typed by the inviter: quoted as hers, never as Withfund's own words.
  const values = {
    inviter: quotable(payload.inviterName, QUOTED_MAX.name),
    organisation: quotable(payload.organisationName, QUOTED_MAX.title),
    date: formatExpiry(payload.expiresAt, locale),
  };
  const key = (name: string) => t(`emails:organisationInvitation.${name}`, values);
  const owner = payload.role === "OWNER";
  return renderInvitationEmail(locale, t, {
    key,
    intro: [key(owner ? "bodyOwner" : "bodyMember"), key(owner ? "roleOwner" : "roleMember")],
    link: payload.link,
  });
}
