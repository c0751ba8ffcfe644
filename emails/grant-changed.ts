import type { TFunction } from "i18next";
import type { Locale } from "../app/domain/shared/locales";
import { formatMoney } from "../app/domain/shared/money";
import { translated } from "../app/domain/shared/translated-text";
import { referenceLine } from "./application-receipt";
import { buttonLink, escapeHtml, paragraphs, wrapHtml, type RenderedEmail } from "./layout";

export const grantEmailEvents = [
  "schedule",
  "paid",
  "varied",
  "ended",
  "revoked",
  "completed",
] as const;
export type GrantEmailEvent = (typeof grantEmailEvents)[number];

export type GrantChangedPayload = {
  event: GrantEmailEvent;
  organisation: string;
  reference: string;
  scheme: Record<string, string>;
  currency: string;
  /** The reason staff gave, in their words. */
  reason: string | null;
  /** The tranche paid. */
  amountMinor: number | null;
  /** The award after the change. */
  awardedMinor: number | null;
  link: string;
};

/** What changed on the group's grant, why, and a link to the grant's page. */
export function renderGrantChanged(
  locale: Locale,
  t: TFunction,
  payload: GrantChangedPayload,
): RenderedEmail {
  const scheme = translated(payload.scheme, locale).text;
  const money = (minor: number | null) =>
    minor === null ? "" : formatMoney(minor, payload.currency, locale);
  const subject = t(`grants:emails.${payload.event}.subject`, { scheme });
  const reference = referenceLine(t, payload.reference);
  const lines = [
    t("emails:greeting"),
    // A grant withdrawn before any payment has no amount to speak of.
    t(
      `grants:emails.${payload.event}.${payload.event === "revoked" && !payload.awardedMinor ? "bodyNothingPaid" : "body"}`,
      {
        organisation: payload.organisation,
        scheme,
        amount: money(payload.amountMinor),
        awarded: money(payload.awardedMinor),
      },
    ),
    reference.text,
    ...(payload.reason ? [t("grants:emails.reason"), payload.reason] : []),
    t("grants:emails.questions"),
  ];
  const text = [
    ...lines,
    t("grants:emails.link", { link: payload.link }),
    "",
    t("emails:signature"),
  ].join("\n\n");
  let html = paragraphs(lines).replace(`<p>${escapeHtml(reference.text)}</p>`, reference.html);
  if (payload.reason)
    html = html.replace(
      `<p>${escapeHtml(payload.reason)}</p>`,
      `<blockquote dir="auto">${escapeHtml(payload.reason)}</blockquote>`,
    );
  const button = `\n${buttonLink(payload.link, t("grants:emails.button"))}`;
  return { subject, text, html: wrapHtml(locale, t, subject, html + button) };
}
