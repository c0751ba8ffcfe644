import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatMoney } from "~/domain/shared/money";

type Named = { id: string; reference: string; organisation: string | null };

type Suggestion = {
  awards: (Named & { amountMinor: number; score: number; drafted: boolean })[];
  totalScore: number;
  totalMinor: number;
  floorsMet: boolean;
  hasFloors: boolean;
  broughtIn: Named[];
  leftOut: Named[];
  belowSmallestGrant: Named[];
  fingerprint: string;
};

/*
 * A group's name first, then its reference (and amount) in brackets that never break apart:
 * in Arabic or Persian a long Latin name wraps on its own, instead of carrying a bracket of the
 * right-to-left sentence to the other end of the next line.
 */
function Name({ item, details }: { item: Named; details?: string }) {
  const { t } = useTranslation("panels");
  if (!item.organisation)
    return details === undefined ? (
      <bdi>{item.reference}</bdi>
    ) : (
      <>
        {t("common:labelled", { label: item.reference })} {details}
      </>
    );
  return (
    <>
      <bdi>{item.organisation}</bdi>{" "}
      <span className="moderation-suggestion-reference">
        {details === undefined
          ? t("moderation.suggestion.reference", { reference: item.reference })
          : t("moderation.suggestion.awardDetails", { reference: item.reference, amount: details })}
      </span>
    </>
  );
}

function NamedList({ title, items }: { title: string; items: Named[] }) {
  if (items.length === 0) return null;
  return (
    <div className="stack">
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <Name item={item} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The set of awards Withfund suggests, what the floor costs against ranking by score alone,
 * and "Start from this suggestion", which asks once more before drafting anything.
 */
export function FundingSuggestion({
  suggestion,
  currency,
  canDecide,
  confirming,
  here,
}: {
  suggestion: Suggestion;
  currency: string;
  canDecide: boolean;
  confirming: boolean;
  here: string;
}) {
  const { t, i18n } = useTranslation("panels");
  const amount = (minor: number) => formatMoney(minor, currency, i18n.language);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const toDraft = suggestion.awards.filter((award) => !award.drafted).length;
  return (
    <section className="stack" aria-describedby="suggestion-intro">
      <p id="suggestion-intro">{t("moderation.suggestion.intro")}</p>
      {suggestion.awards.length === 0 ? (
        <p>{t("moderation.suggestion.none")}</p>
      ) : (
        <>
          <ol className="moderation-suggestion-list">
            {suggestion.awards.map((award) => (
              <li key={award.id}>
                <Name item={award} details={amount(award.amountMinor)} />
              </li>
            ))}
          </ol>
          <p>
            {t("moderation.suggestion.total", {
              count: suggestion.awards.length,
              amount: amount(suggestion.totalMinor),
              score: number.format(suggestion.totalScore),
            })}
          </p>
        </>
      )}
      {suggestion.hasFloors ? (
        <p>
          {suggestion.floorsMet
            ? suggestion.broughtIn.length === 0 && suggestion.leftOut.length === 0
              ? t("moderation.suggestion.floorFree")
              : t("moderation.suggestion.floorCost", {
                  in: t("moderation.suggestion.applications", {
                    count: suggestion.broughtIn.length,
                  }),
                  out: t("moderation.suggestion.applications", {
                    count: suggestion.leftOut.length,
                  }),
                })
            : t("moderation.suggestion.floorImpossible")}
        </p>
      ) : null}
      <NamedList title={t("moderation.suggestion.broughtIn")} items={suggestion.broughtIn} />
      <NamedList title={t("moderation.suggestion.leftOut")} items={suggestion.leftOut} />
      {suggestion.belowSmallestGrant.length > 0 ? (
        <p>
          {t("moderation.suggestion.belowSmallest", {
            count: suggestion.belowSmallestGrant.length,
          })}
        </p>
      ) : null}
      {canDecide && toDraft > 0 && !confirming ? (
        <p>
          <Link className="button" to={`${here}?confirm=suggestion#suggestion-confirm`}>
            {t("moderation.suggestion.start")}
          </Link>
        </p>
      ) : null}
      {canDecide && toDraft > 0 && confirming ? (
        <Form method="post" className="stack notice" id="suggestion-confirm">
          <p>
            {t("moderation.suggestion.confirm", {
              count: toDraft,
              kept: suggestion.awards.length - toDraft,
            })}
          </p>
          <input type="hidden" name="fingerprint" value={suggestion.fingerprint} />
          <div className="panels-inline">
            <button type="submit" className="button">
              {t("moderation.suggestion.confirmButton")}
            </button>
            <Link to={here}>{t("moderation.suggestion.cancel")}</Link>
          </div>
        </Form>
      ) : null}
    </section>
  );
}
