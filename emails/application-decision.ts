import type { TFunction } from "i18next";
import type { DecisionOutcome } from "../app/domain/panels/decisions";
import { feedbackForReader } from "../app/domain/panels/feedback-drafts";
import { languageNameIn, type Locale } from "../app/domain/shared/locales";
import { formatMoney } from "../app/domain/shared/money";
import { translated } from "../app/domain/shared/translated-text";
import { referenceLine } from "./application-receipt";
import { buttonLink, escapeHtml, paragraphs, wrapHtml, type RenderedEmail } from "./layout";

export type ApplicationDecisionPayload = {
  applicationId: string;
  reference: string;
  organisation: string;
  scheme: Record<string, string>;
  pot: Record<string, string>;
  outcome: DecisionOutcome;
  amountMinor: number | null;
  currency: string;
  /** The panel's feedback per language; the recipient reads hers, or the funder's, labelled. */
  feedback: Record<string, string>;
  /** Languages of `feedback` drafted by machine and not checked by the panel. */
  machineDrafted?: string[];
  link: string;
  /** For an award: the grant's page, where the group reads and accepts the conditions. */
  grantLink?: string;
};

const outcomeKeys = { AWARD: "awarded", DECLINE: "declined", WAITLIST: "waitlisted" } as const;

/** The decision in plain words, the panel's feedback and what happens next. */
export function renderApplicationDecision(
  locale: Locale,
  t: TFunction,
  payload: ApplicationDecisionPayload,
): RenderedEmail {
  const scheme = translated(payload.scheme, locale).text;
  const pot = translated(payload.pot, locale).text;
  const key = outcomeKeys[payload.outcome];
  const amount =
    payload.amountMinor !== null ? formatMoney(payload.amountMinor, payload.currency, locale) : "";
  const subject = t(`emails:applicationDecision.subject.${key}`, { scheme });
  const reference = referenceLine(t, payload.reference);
  const feedback = feedbackForReader(payload.feedback, payload.machineDrafted ?? [], locale);
  const original = feedback?.original ?? null;
  const lines = [
    t("emails:greeting"),
    t(`emails:applicationDecision.body.${key}`, {
      organisation: payload.organisation,
      scheme,
      pot,
      amount,
    }),
    reference.text,
    ...(feedback
      ? [
          original
            ? t("emails:applicationDecision.feedbackMachine")
            : feedback.inReaderLanguage
              ? t("emails:applicationDecision.feedback")
              : t("emails:applicationDecision.feedbackIn", {
                  language: languageNameIn(feedback.language, locale),
                }),
          feedback.text,
        ]
      : []),
    ...(original
      ? [
          t("emails:applicationDecision.original", {
            language: languageNameIn(original.language, locale),
          }),
          original.text,
        ]
      : []),
    payload.grantLink ? t("grants:emails.award.next") : t(`emails:applicationDecision.next.${key}`),
    t("emails:applicationReceipt.help"),
  ];
  const text = [
    ...lines,
    payload.grantLink
      ? t("grants:emails.award.link", { link: payload.grantLink })
      : t("emails:applicationDecision.readLink", { link: payload.link }),
    "",
    t("emails:signature"),
  ].join("\n\n");
  let html = paragraphs(lines).replace(`<p>${escapeHtml(reference.text)}</p>`, reference.html);
  for (const quoted of [feedback, original])
    if (quoted)
      html = html.replace(
        `<p>${escapeHtml(quoted.text)}</p>`,
        `<blockquote lang="${quoted.language}" dir="auto">${escapeHtml(quoted.text)}</blockquote>`,
      );
  const button = payload.grantLink
    ? `\n${buttonLink(payload.grantLink, t("grants:emails.award.button"))}`
    : `\n${buttonLink(payload.link, t("emails:applicationDecision.readButton"))}`;
  return { subject, text, html: wrapHtml(locale, t, subject, html + button) };
}
