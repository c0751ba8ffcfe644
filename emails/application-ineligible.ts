import type { TFunction } from "i18next";
import type { IneligibleReason } from "../app/domain/eligibility/screening";
import { translated } from "../app/domain/shared/translated-text";
import type { Locale } from "../app/domain/shared/locales";
import { buttonLink, escapeHtml, paragraphs, wrapHtml, type RenderedEmail } from "./layout";

type Texts = Record<string, string>;

export type ApplicationIneligiblePayload = {
  applicationId: string;
  reference: string;
  organisation: string;
  scheme: Texts;
  pot: Texts;
  reason: IneligibleReason;
  /** What staff wrote, in their words; null when the listed reason says it all. */
  note: string | null;
  /** Other pots the group could apply to now, with the public scheme page of each. */
  otherPots: { scheme: Texts; pot: Texts; link: string }[];
  help: Texts | null;
  link: string;
};

/**
 * Telling a group its application will not go to the panel: kindly, why in plain words, and
 * what it can do next, so a "no" is not the end of its dealings with the funder.
 */
export function renderApplicationIneligible(
  locale: Locale,
  t: TFunction,
  payload: ApplicationIneligiblePayload,
): RenderedEmail {
  const scheme = translated(payload.scheme, locale).text;
  const pot = translated(payload.pot, locale).text;
  const subject = t("emails:applicationIneligible.subject", { scheme });
  const potLines = payload.otherPots.map((other) =>
    t("emails:applicationIneligible.otherPot", {
      pot: translated(other.pot, locale).text,
      scheme: translated(other.scheme, locale).text,
    }),
  );
  const help = payload.help ? translated(payload.help, locale).text : null;
  const before = [
    t("emails:greeting"),
    t("emails:applicationIneligible.body", { organisation: payload.organisation, scheme, pot }),
    t("emails:applicationIneligible.reference", { reference: `\u2066${payload.reference}\u2069` }),
    t("emails:applicationIneligible.why"),
    t(`eligibility:screening.told.${payload.reason}`),
    ...(payload.note ? [t("emails:applicationIneligible.note", { note: payload.note })] : []),
    t("emails:applicationIneligible.nextTitle"),
    potLines.length > 0
      ? t("emails:applicationIneligible.otherPots")
      : t("emails:applicationIneligible.noOtherPots"),
  ];
  const after = [
    t("emails:applicationIneligible.laterRounds"),
    help
      ? t("emails:applicationIneligible.help", { help })
      : t("emails:applicationIneligible.helpReply"),
    t("emails:applicationIneligible.readLink", { link: payload.link }),
  ];
  const potText = payload.otherPots.map((other, index) => `${potLines[index]}\n${other.link}`);
  const text = [...before, ...potText, ...after, "", t("emails:signature")].join("\n\n");
  const potHtml = payload.otherPots.length
    ? `<ul>${payload.otherPots
        .map(
          (other, index) =>
            `<li><a href="${escapeHtml(other.link)}">${escapeHtml(potLines[index]!)}</a></li>`,
        )
        .join("")}</ul>`
    : "";
  const html = [
    paragraphs(before),
    potHtml,
    paragraphs(after.slice(0, -1)),
    buttonLink(payload.link, t("emails:applicationIneligible.readButton")),
  ].join("\n");
  return { subject, text, html: wrapHtml(locale, t, subject, html) };
}
