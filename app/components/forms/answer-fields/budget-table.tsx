import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  budgetRowProblem,
  fieldName,
  type AnswerError,
  type RawAnswers,
} from "~/domain/forms/answers-schema";
import type { Question } from "~/domain/forms/definition";
import { formatMoney, parseMoney } from "~/domain/shared/money";

type BudgetQuestion = Extract<Question, { type: "budgetTable" }>;

/** Empty lines offered under what was typed: enough to add to a budget without JavaScript. */
export const EMPTY_BUDGET_ROWS = 3;

/** The rows typed so far, in order, whatever numbers they were posted under. */
export function budgetRows(questionId: string, values: RawAnswers) {
  const rows = new Map<number, { item: string; amount: string }>();
  const prefix = `${questionId}.`;
  for (const [key, value] of Object.entries(values)) {
    if (!key.startsWith(prefix) || typeof value !== "string") continue;
    const match = /^(\d{1,3})\.(item|amount)$/.exec(key.slice(prefix.length));
    if (!match) continue;
    const row = rows.get(Number(match[1])) ?? { item: "", amount: "" };
    row[match[2] as "item" | "amount"] = value;
    rows.set(Number(match[1]), row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => row.item.trim() || row.amount.trim());
}

/**
 * Which inputs of the table an error is about: the lines with a missing item or an unreadable
 * amount, the first line when nothing was typed, the amounts when the total is the problem.
 * Empty lines are never marked: they are there to be used only if needed.
 */
function invalidInputs(
  error: AnswerError | undefined,
  rows: { item: string; amount: string }[],
  options: { currency: string; locale: string },
) {
  const marked = new Set<string>();
  if (!error) return marked;
  const lineProblem = {
    "forms:errors.budgetItem": "item",
    "forms:errors.budgetAmount": "amount",
  }[error.key];
  rows.forEach((row, index) => {
    const problem = budgetRowProblem(row, options);
    if (problem === "empty") return;
    if (lineProblem) {
      if (problem === lineProblem) marked.add(`${index}.${problem}`);
    } else if (error.key !== "forms:errors.required") marked.add(`${index}.amount`);
  });
  if (marked.size === 0) marked.add("0.item");
  return marked;
}

/**
 * The budget as a table of lines ("what for", "amount"). Shows what was typed plus a few
 * empty lines, up to the question's limit, and the total of the amounts it can read.
 */
export function BudgetTable({
  question,
  id,
  values,
  currency,
  locale,
  error,
}: {
  question: BudgetQuestion;
  id: string;
  values: RawAnswers;
  currency: string;
  locale: string;
  error?: AnswerError;
}) {
  const { t } = useTranslation();
  const typed = budgetRows(question.id, values);
  // Once drawn, a line is added only as she starts typing in the last one offered. Adding one
  // when a line is left (a change fires as she taps away) would push the buttons below down,
  // out from under her finger.
  const [offered, setOffered] = useState(() =>
    Math.min(question.maxRows, typed.length + EMPTY_BUDGET_ROWS),
  );
  const count = Math.max(offered, typed.length);
  const offerAnother = () => setOffered(Math.min(question.maxRows, count + 1));
  const rows = Array.from(
    { length: count },
    (_, index) => typed[index] ?? { item: "", amount: "" },
  );
  const amounts = typed
    .map((row) => parseMoney(row.amount, currency, locale))
    .filter((amount): amount is number => amount !== null);
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  const name = fieldName(question.id);
  const marked = invalidInputs(error, rows, { currency, locale });
  const invalid = (input: string) => (marked.has(input) ? true : undefined);
  return (
    <div className="table-scroll">
      <table className="appform-budget">
        <thead>
          <tr>
            <th scope="col">{t("forms:field.budgetItem")}</th>
            <th scope="col">{t("forms:field.budgetAmount", { currency })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const itemId = index === 0 ? id : `${id}-${index}-item`;
            const amountId = `${id}-${index}-amount`;
            const onInput = index === count - 1 ? offerAnother : undefined;
            return (
              <tr key={index}>
                <td>
                  <label htmlFor={itemId} className="visually-hidden">
                    {t("forms:field.budgetItemLine", { number: index + 1 })}
                  </label>
                  <input
                    id={itemId}
                    name={`${name}.${index}.item`}
                    defaultValue={row.item}
                    dir="auto"
                    aria-invalid={invalid(`${index}.item`)}
                    onInput={onInput}
                  />
                </td>
                <td>
                  <label htmlFor={amountId} className="visually-hidden">
                    {t("forms:field.budgetAmountLine", { number: index + 1, currency })}
                  </label>
                  <input
                    id={amountId}
                    name={`${name}.${index}.amount`}
                    defaultValue={row.amount}
                    inputMode="decimal"
                    aria-invalid={invalid(`${index}.amount`)}
                    onInput={onInput}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
        {/* Always there, so the first amount read never pushes the buttons below out from under a finger. */}
        <tfoot>
          <tr>
            <th scope="row">{t("forms:field.budgetTotal")}</th>
            <td>
              <output>{formatMoney(total, currency, locale)}</output>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
