import { MAX_TEXT_CHARACTERS, type RawAnswers } from "../forms/answers-schema";
import type { FormDefinition, Question } from "../forms/definition";

/**
 * What a section save may keep of what was posted: only the answer names the section's
 * questions have (`q.<id>`, a recording's `q.<id>.recording`, budget lines
 * `q.<id>.<row>.item|amount`), each no longer than its kind of answer can be. Anything else
 * is dropped, so a draft, which keeps answers that do not pass the checks yet, can never
 * grow past the size of the form (decision 0038).
 */

/** Written answers are kept a little past the limit, so "too long" still shows what to cut. */
export const MAX_STORED_TEXT = MAX_TEXT_CHARACTERS + 1_000;
/** A number, an amount, a date, a choice, a file's id: never long when it is right. */
export const MAX_STORED_VALUE = 200;
const MAX_BUDGET_ITEM = 500;
/** Budget lines kept: more than any table allows (50), so "too many lines" can still be said. */
const MAX_BUDGET_LINES = 100;

const firstText = (value: unknown): string | undefined =>
  typeof value === "string"
    ? value
    : Array.isArray(value)
      ? value.find((v): v is string => typeof v === "string")
      : undefined;

function keep(kept: RawAnswers, raw: RawAnswers, key: string, max: number) {
  const text = firstText(raw[key]);
  if (text !== undefined) kept[key] = text.slice(0, max);
}

function keepChoices(
  kept: RawAnswers,
  raw: RawAnswers,
  question: Question & { choices: unknown[] },
) {
  const value = raw[question.id];
  const list = (Array.isArray(value) ? value : [value]).filter(
    (v): v is string => typeof v === "string",
  );
  // Each choice once: more entries than there are choices can only be noise.
  const chosen = [...new Set(list)].slice(0, question.choices.length + 1);
  if (chosen.length > 0) kept[question.id] = chosen.map((v) => v.slice(0, MAX_STORED_VALUE));
}

function keepBudget(kept: RawAnswers, raw: RawAnswers, questionId: string) {
  const lines = new Map<number, string[]>();
  for (const key of Object.keys(raw)) {
    if (!key.startsWith(`${questionId}.`)) continue;
    const match = /^(\d{1,3})\.(item|amount)$/.exec(key.slice(questionId.length + 1));
    if (!match) continue;
    const index = Number(match[1]);
    lines.set(index, [...(lines.get(index) ?? []), key]);
  }
  const first = [...lines.keys()].sort((a, b) => a - b).slice(0, MAX_BUDGET_LINES);
  for (const index of first)
    for (const key of lines.get(index)!)
      keep(kept, raw, key, key.endsWith(".item") ? MAX_BUDGET_ITEM : MAX_STORED_VALUE);
}

export function storableAnswers(
  definition: FormDefinition,
  sectionId: string,
  raw: RawAnswers,
): RawAnswers {
  const kept: RawAnswers = {};
  const section = definition.sections.find((s) => s.id === sectionId);
  for (const question of section?.questions ?? []) {
    switch (question.type) {
      case "shortText":
        keep(kept, raw, question.id, MAX_STORED_TEXT);
        break;
      case "longText":
        keep(kept, raw, question.id, MAX_STORED_TEXT);
        if (question.allowRecording) keep(kept, raw, `${question.id}.recording`, MAX_STORED_VALUE);
        break;
      case "multipleChoice":
        keepChoices(kept, raw, question);
        break;
      case "budgetTable":
        keepBudget(kept, raw, question.id);
        break;
      default:
        keep(kept, raw, question.id, MAX_STORED_VALUE);
    }
  }
  return kept;
}
