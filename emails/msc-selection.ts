import type { TFunction } from "i18next";
import { reasonForReader } from "../app/domain/msc/selection";
import { languageNameIn, type Locale } from "../app/domain/shared/locales";
import { translated } from "../app/domain/shared/translated-text";
import { buttonLink, escapeHtml, paragraphs, wrapHtml, type RenderedEmail } from "./layout";

export type MscSelectionPayload = {
  grantId: string;
  organisation: string;
  scheme: Record<string, string>;
  /** The domain's names per language; null for "any other change". */
  domain: Record<string, string> | null;
  /** Why the story was chosen, per language: as written, and in the group's language. */
  reasons: Record<string, string>;
  /** Languages of `reasons` a machine drafted and nobody changed. */
  machineDrafted: string[];
  link: string;
};

/**
 * Tells a group its story was chosen as the most significant change of its domain, and why,
 * in the reader's language when the reason was written or drafted in it (Davies and Dart:
 * the reasons go back to the storytellers).
 */
export function renderMscSelection(
  locale: Locale,
  t: TFunction,
  payload: MscSelectionPayload,
): RenderedEmail {
  const scheme = translated(payload.scheme, locale).text;
  const domain = payload.domain ? translated(payload.domain, locale).text : t("msc:domains.other");
  const subject = t("emails:mscSelection.subject", { scheme });
  const reason = reasonForReader(payload.reasons, payload.machineDrafted, locale);
  const original = reason?.original ?? null;
  const lines = [
    t("emails:greeting"),
    t("emails:mscSelection.body", { organisation: payload.organisation, scheme, domain }),
    ...(reason
      ? [
          original
            ? t("emails:mscSelection.reasonMachine")
            : reason.inReaderLanguage
              ? t("emails:mscSelection.reason")
              : t("emails:mscSelection.reasonIn", {
                  language: languageNameIn(reason.language, locale),
                }),
          reason.text,
        ]
      : []),
    ...(original
      ? [
          t("emails:mscSelection.original", {
            language: languageNameIn(original.language, locale),
          }),
          original.text,
        ]
      : []),
    t("emails:mscSelection.thanks"),
  ];
  const text = [
    ...lines,
    t("emails:mscSelection.readLink", { link: payload.link }),
    "",
    t("emails:signature"),
  ].join("\n\n");
  let html = paragraphs(lines);
  for (const quoted of [reason, original])
    if (quoted)
      html = html.replace(
        `<p>${escapeHtml(quoted.text)}</p>`,
        `<blockquote lang="${quoted.language}" dir="auto">${escapeHtml(quoted.text)}</blockquote>`,
      );
  const button = `\n${buttonLink(payload.link, t("emails:mscSelection.readButton"))}`;
  return { subject, text, html: wrapHtml(locale, t, subject, html + button) };
}
