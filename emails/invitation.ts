import type { TFunction } from "i18next";
import type { Locale } from "../app/domain/shared/locales";
import { buttonLink, escapeHtml, paragraphs, wrapHtml, type RenderedEmail } from "./layout";

/**
 * The shape every invitation email shares (to a group, a panel, a funder's team): who invites
 * and to what, the link as a button and written out, then how long it works. `key` reads the
 * template's own texts (names people typed are quoted, with a note saying so), each of which has noPassword, validity, notExpected, openLink, button
 * and copyLink.
 */
export function renderInvitationEmail(
  locale: Locale,
  t: TFunction,
  input: { key: (name: string) => string; intro: string[]; link: string },
): RenderedEmail {
  const { key, link } = input;
  const subject = key("subject");
  const intro = [t("emails:greeting"), ...input.intro, t("emails:quotedNote")];
  const after = [key("noPassword"), key("validity"), key("notExpected")];
  const text = [...intro, "", key("openLink"), link, "", ...after, "", t("emails:signature")].join(
    "\n",
  );
  const body = `${paragraphs(intro)}
${buttonLink(link, key("button"))}
${paragraphs([key("copyLink")])}
<p dir="ltr" style="word-break:break-all;font-size:14px;text-align:left;">${escapeHtml(link)}</p>
${paragraphs(after)}`;
  return { subject, text, html: wrapHtml(locale, t, subject, body) };
}
