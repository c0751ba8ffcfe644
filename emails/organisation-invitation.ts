import type { TFunction } from "i18next";
import type { Locale } from "../app/domain/shared/locales";
import { QUOTED_MAX, quotable } from "../app/domain/shared/quoted-text";
import {
  buttonLink,
  escapeHtml,
  formatExpiry,
  paragraphs,
  wrapHtml,
  type RenderedEmail,
} from "./layout";

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
  const subject = key("subject");
  const owner = payload.role === "OWNER";
  const intro = [
    t("emails:greeting"),
    key(owner ? "bodyOwner" : "bodyMember"),
    key(owner ? "roleOwner" : "roleMember"),
    t("emails:quotedNote"),
  ];
  const after = [key("noPassword"), key("validity"), key("notExpected")];
  const text = [
    ...intro,
    "",
    key("openLink"),
    payload.link,
    "",
    ...after,
    "",
    t("emails:signature"),
  ].join("\n");
  const link = escapeHtml(payload.link);
  const body = `${paragraphs(intro)}
${buttonLink(payload.link, key("button"))}
${paragraphs([key("copyLink")])}
<p dir="ltr" style="word-break:break-all;font-size:14px;text-align:left;">${link}</p>
${paragraphs(after)}`;
  return { subject, text, html: wrapHtml(locale, t, subject, body) };
}
