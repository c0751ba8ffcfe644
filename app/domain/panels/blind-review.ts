import type { ShownSection } from "../applications/answer-summary";
import { allQuestions, type FormDefinition } from "../forms/definition";
import type { AnswerText } from "./identity-mentions";

/**
 * What blind review takes out of an application before a reviewer's page is built: the answers
 * to questions the funder marked as identifying, and the names of files (a file called
 * "Amal constitution.pdf" says who applied). Taken out means never sent, not hidden by style.
 */

export function identifyingQuestionIds(form: FormDefinition): Set<string> {
  return new Set(
    allQuestions(form)
      .filter((question) => question.identifying === true)
      .map((question) => question.id),
  );
}

/** The sections with every identifying answer replaced by "withheld"; the question stays. */
export function withholdIdentifyingAnswers(
  sections: ShownSection[],
  identifying: ReadonlySet<string>,
): ShownSection[] {
  return sections.map((section) => ({
    ...section,
    rows: section.rows.map((row) =>
      identifying.has(row.questionId) ? { ...row, value: { kind: "withheld" } } : row,
    ),
  }));
}

export type FileNumber = { kind: "file" | "recording"; number: number };

/**
 * "File 1", "File 2", "Recording 1"…: each file's place in the order a reader meets it, so
 * files can be told apart without their names.
 */
export function fileNumbers(sections: ShownSection[]): Record<string, FileNumber> {
  const numbers: Record<string, FileNumber> = {};
  const counts = { file: 0, recording: 0 };
  for (const section of sections) {
    for (const row of section.rows) {
      const value = row.value;
      if ((value.kind === "file" || value.kind === "recording") && !numbers[value.fileId]) {
        counts[value.kind] += 1;
        numbers[value.fileId] = { kind: value.kind, number: counts[value.kind] };
      }
    }
  }
  return numbers;
}

/** The written words a reviewer will read: typed answers and budget lines, not withheld ones. */
export function writtenAnswers(sections: ShownSection[]): AnswerText[] {
  return sections.flatMap((section) =>
    section.rows.flatMap((row): AnswerText[] => {
      if (row.value.kind === "text") return [{ questionId: row.questionId, text: row.value.text }];
      if (row.value.kind === "budget")
        return row.value.rows.map((line) => ({ questionId: row.questionId, text: line.item }));
      return [];
    }),
  );
}
