import {
  validateAnswers,
  visibleQuestionIds,
  type BudgetRow,
  type RawAnswers,
} from "../forms/answers-schema";
import { textIn, type FormDefinition, type LocalText, type Question } from "../forms/definition";

/**
 * What "Check your answers" and a sent application show: each shown question with its answer
 * as data the page formats for the reader (money and dates in her locale). Questions hidden by
 * a condition are left out, as they were never asked.
 */

export type SummaryValue =
  | { kind: "empty" }
  /** Typed but not yet valid: the section is not finished. */
  | { kind: "unfinished" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "money"; minor: number }
  /** A calendar date, "2027-03-12". */
  | { kind: "date"; date: string }
  | { kind: "choices"; labels: LocalText[] }
  | { kind: "yesNo"; yes: boolean }
  | { kind: "declaration" }
  | { kind: "file"; fileId: string }
  | { kind: "recording"; fileId: string }
  | { kind: "budget"; rows: BudgetRow[]; totalMinor: number }
  /** Left out for this reader: in blind review, an answer that says who the group is. */
  | { kind: "withheld" };

export type SummaryRow = {
  questionId: string;
  label: LocalText;
  type: Question["type"];
  value: SummaryValue;
};
export type SummarySection = { id: string; title: LocalText; rows: SummaryRow[] };

export function answerSummary(
  form: FormDefinition,
  raw: RawAnswers,
  options: { currency: string; potMaxMinor?: number; sectionIds?: string[] },
): SummarySection[] {
  const validation = validateAnswers(form, raw, options);
  const errors = validation.ok ? {} : validation.errors;
  const visible = visibleQuestionIds(form, raw);
  const sections = options.sectionIds
    ? form.sections.filter((s) => options.sectionIds!.includes(s.id))
    : form.sections;
  return sections.map((section) => ({
    id: section.id,
    title: section.title,
    rows: section.questions
      .filter((question) => visible.has(question.id))
      .map((question) => ({
        questionId: question.id,
        label: question.label,
        type: question.type,
        value: errors[question.id]
          ? unfinishedOrEmpty(question, raw)
          : valueOf(question, validation.answers[question.id]),
      })),
  }));
}

function unfinishedOrEmpty(question: Question, raw: RawAnswers): SummaryValue {
  const typed = Object.entries(raw).some(
    ([key, value]) =>
      (key === question.id || key.startsWith(`${question.id}.`)) &&
      (Array.isArray(value) ? value.length > 0 : String(value ?? "").trim() !== ""),
  );
  return typed ? { kind: "unfinished" } : { kind: "empty" };
}

function valueOf(question: Question, answer: unknown): SummaryValue {
  if (answer === undefined) return { kind: "empty" };
  switch (question.type) {
    case "shortText":
      return { kind: "text", text: String(answer) };
    case "longText":
      return typeof answer === "object" && answer !== null && "recordingFileId" in answer
        ? {
            kind: "recording",
            fileId: String((answer as { recordingFileId: string }).recordingFileId),
          }
        : { kind: "text", text: String(answer) };
    case "number":
      return { kind: "number", value: Number(answer) };
    case "money":
      return { kind: "money", minor: Number(answer) };
    case "date":
      return { kind: "date", date: String(answer) };
    case "singleChoice":
    case "multipleChoice": {
      const chosen = Array.isArray(answer) ? answer.map(String) : [String(answer)];
      return {
        kind: "choices",
        labels: question.choices.filter((c) => chosen.includes(c.value)).map((c) => c.label),
      };
    }
    case "yesNo":
      return { kind: "yesNo", yes: answer === true };
    case "declaration":
      return { kind: "declaration" };
    case "file":
      return { kind: "file", fileId: String(answer) };
    case "budgetTable": {
      const rows = Array.isArray(answer) ? (answer as BudgetRow[]) : [];
      return rows.length === 0
        ? { kind: "empty" }
        : { kind: "budget", rows, totalMinor: rows.reduce((sum, row) => sum + row.amountMinor, 0) };
    }
  }
}

/** File ids an application's answers point to, so the page can show their names. */
export function fileIdsIn(sections: SummarySection[]): string[] {
  return sections.flatMap((section) =>
    section.rows.flatMap((row) =>
      row.value.kind === "file" || row.value.kind === "recording" ? [row.value.fileId] : [],
    ),
  );
}

export type ShownText = ReturnType<typeof textIn>;
export type ShownRow = Omit<SummaryRow, "label" | "value"> & {
  label: ShownText;
  value: ShownValue;
};
export type ShownValue =
  Exclude<SummaryValue, { kind: "choices" }> | { kind: "choices"; labels: ShownText[] };
export type ShownSection = { id: string; title: ShownText; rows: ShownRow[] };

/**
 * The summary with every form text already in the reader's language (or marked as the form's
 * own language), so the page needs neither the form definition nor its schema library.
 */
export function shownSummary(
  sections: SummarySection[],
  locale: string,
  sourceLocale: string,
): ShownSection[] {
  const shown = (text: LocalText) => textIn(text, locale, sourceLocale);
  return sections.map((section) => ({
    id: section.id,
    title: shown(section.title),
    rows: section.rows.map((row) => ({
      ...row,
      label: shown(row.label),
      value:
        row.value.kind === "choices"
          ? { kind: "choices", labels: row.value.labels.map(shown) }
          : row.value,
    })),
  }));
}

/** The answers written in words, by question: what a machine translation can help with. */
export function writtenAnswers(sections: ShownSection[]): { questionId: string; text: string }[] {
  return sections.flatMap((section) =>
    section.rows.flatMap((row) =>
      row.value.kind === "text" ? [{ questionId: row.questionId, text: row.value.text }] : [],
    ),
  );
}
