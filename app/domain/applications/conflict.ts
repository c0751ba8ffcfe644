import type { RawAnswers } from "../forms/answers-schema";
import { textIn, type FormDefinition, type Question } from "../forms/definition";

/**
 * When a collaborator saved the same section first, the page shows her newer answers in the
 * form and, beside each question that differs, what this person had typed, read-only, to copy
 * back from. Files are left out: they are saved the moment they are uploaded.
 */

/** `yes` is set for a yes/no question, whose words the page translates; `text` is empty then. */
export type ConflictCopy = { questionId: string; text: string; yes?: boolean };

const keysOf = (questionId: string, raw: RawAnswers) =>
  Object.entries(raw)
    .filter(
      ([key]) =>
        key === questionId || (key.startsWith(`${questionId}.`) && !key.endsWith(".recording")),
    )
    .map(
      ([key, value]) =>
        [key, Array.isArray(value) ? value.map(String) : String(value ?? "").trim()] as const,
    )
    .filter(([, value]) => (Array.isArray(value) ? value.length > 0 : value !== ""))
    .sort(([a], [b]) => a.localeCompare(b));

function same(question: Question, mine: RawAnswers, theirs: RawAnswers) {
  return JSON.stringify(keysOf(question.id, mine)) === JSON.stringify(keysOf(question.id, theirs));
}

function asText(question: Question, raw: RawAnswers, locale: string, sourceLocale: string): string {
  const value = raw[question.id];
  const list = Array.isArray(value)
    ? value.map(String)
    : typeof value === "string" && value
      ? [value]
      : [];
  switch (question.type) {
    case "singleChoice":
    case "multipleChoice":
      return question.choices
        .filter((choice) => list.includes(choice.value))
        .map((choice) => textIn(choice.label, locale, sourceLocale).text)
        .join("\n");
    case "budgetTable": {
      const rows = new Map<string, { item: string; amount: string }>();
      for (const [key, cell] of Object.entries(raw)) {
        const match = new RegExp(`^${question.id}\\.(\\d+)\\.(item|amount)$`).exec(key);
        if (!match) continue;
        const row = rows.get(match[1]!) ?? { item: "", amount: "" };
        row[match[2] as "item" | "amount"] = String(cell ?? "").trim();
        rows.set(match[1]!, row);
      }
      return [...rows.entries()]
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([, row]) => [row.item, row.amount].filter(Boolean).join(" — "))
        .filter(Boolean)
        .join("\n");
    }
    default:
      return list.join("\n");
  }
}

export function conflictCopies(
  form: FormDefinition,
  sectionId: string,
  mine: RawAnswers,
  theirs: RawAnswers,
  locale: string,
): ConflictCopy[] {
  const section = form.sections.find((s) => s.id === sectionId);
  if (!section) return [];
  return section.questions
    .filter(
      (question) =>
        question.type !== "file" &&
        question.type !== "declaration" &&
        !same(question, mine, theirs),
    )
    .map((question): ConflictCopy => {
      const text = asText(question, mine, locale, form.sourceLocale);
      return question.type === "yesNo" && (text === "yes" || text === "no")
        ? { questionId: question.id, text: "", yes: text === "yes" }
        : { questionId: question.id, text };
    })
    .filter((copy) => copy.text !== "" || copy.yes !== undefined);
}
