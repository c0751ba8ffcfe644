import type { TFunction } from "i18next";
import type { Locale } from "../app/domain/shared/locales";
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
  const values = {
    inviter: payload.inviterName,
    organisation: payload.organisationName,
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
