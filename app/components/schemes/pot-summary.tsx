import { useTranslation } from "react-i18next";
import type { EligibilityRule } from "~/domain/eligibility/eligibility";
import { explain } from "~/domain/eligibility/explain";
import { potBudget } from "~/domain/schemes/ledger";
import { formatMoney, formatPercent } from "~/domain/shared/money";
import { describeRule, describeRules } from "~/domain/schemes/rule-description";

export type PotMoneyView = {
  amountMinor: number | null;
  shareBasisPoints: number | null;
  minGrantMinor: number;
  maxGrantMinor: number;
  eligibility: EligibilityRule[];
  floorBasisPoints: number | null;
  floorRule: EligibilityRule | null;
};

/** A pot's money and rules in plain words, in the scheme's currency and the reader's language. */
export function PotSummary({
  pot,
  roundBudgetMinor,
  currency,
}: {
  pot: PotMoneyView;
  roundBudgetMinor: number;
  currency: string;
}) {
  const { t, i18n } = useTranslation("schemes");
  const locale = i18n.language;
  const say = (key: string, options?: Record<string, unknown>) => t(key, options) as string;
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const budget = potBudget(pot, roundBudgetMinor);
  return (
    <dl className="summary-list">
      <div>
        <dt>{t("pots.money")}</dt>
        <dd>
          {pot.amountMinor !== null
            ? money(pot.amountMinor)
            : t("pots.shareOf", {
                share: formatPercent(pot.shareBasisPoints ?? 0, locale),
                amount: money(budget),
              })}
        </dd>
      </div>
      <div>
        <dt>{t("pots.grants")}</dt>
        <dd>
          {t("pots.grantRange", { min: money(pot.minGrantMinor), max: money(pot.maxGrantMinor) })}
        </dd>
      </div>
      <div>
        <dt>{t("pots.whoCanApply")}</dt>
        <dd>
          <ul className="schemes-plain-list">
            {describeRules(pot.eligibility).map((sentence) => (
              <li key={sentence.key}>{explain(say, sentence, locale, currency)}</li>
            ))}
          </ul>
        </dd>
      </div>
      {pot.floorBasisPoints !== null && pot.floorRule ? (
        <div>
          <dt>{t("pots.floor")}</dt>
          <dd>
            {t("pots.floorSentence", {
              percent: formatPercent(pot.floorBasisPoints, locale),
              rule: describeRule(pot.floorRule)
                .map((sentence) => explain(say, sentence, locale, currency))
                .join(" "),
            })}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
