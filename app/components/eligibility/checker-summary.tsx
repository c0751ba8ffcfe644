import { useTranslation } from "react-i18next";
import type { EligibilityResult } from "~/domain/eligibility/eligibility";
import { explain } from "~/domain/eligibility/explain";

/** The automatic checker's verdict on a group against a pot's rules, with what stood in the way. */
export function CheckerSummary({
  checker,
  currency,
  detailed = false,
}: {
  checker: EligibilityResult;
  currency: string;
  detailed?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const verdict =
    checker.outcomes.length === 0
      ? "noRules"
      : checker.eligible
        ? "meets"
        : checker.incomplete
          ? "incomplete"
          : "fails";
  const shown = checker.outcomes.filter((outcome) => detailed || outcome.result !== "pass");
  return (
    <div className="stack">
      <p>
        <strong>{t(`eligibility:screening.checker.${verdict}`)}</strong>
      </p>
      {shown.length > 0 ? (
        <ul>
          {shown.map((outcome, index) => (
            <li key={index}>{explain(t, outcome.explanation, i18n.language, currency)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
