import { scalePoints, surveyQuestions, type SurveyQuestion } from "./survey-form";

/**
 * What the funder sees of its survey: only totals, and only once five groups have answered, so
 * that no answer can be traced to the one or two groups who gave it. Free texts come in a
 * shuffled order without dates, so their order says nothing of who answered when.
 */

export const answersBeforeResults = 5;

export type QuestionResult = {
  question: SurveyQuestion;
  /** How many chose 1, 2, 3, 4 and 5, in that order. */
  counts: number[];
  answered: number;
  /** The mean, to one decimal place; null when nobody answered it. */
  average: number | null;
};

export type SurveyResults =
  | { kind: "waiting"; answers: number; needed: number }
  | { kind: "results"; answers: number; questions: QuestionResult[]; comments: string[] };

type StoredAnswers = Partial<Record<SurveyQuestion, unknown>> & { comment?: unknown };

function answersOf(json: unknown): StoredAnswers {
  return json && typeof json === "object" ? (json as StoredAnswers) : {};
}

function pointOf(value: unknown): number | null {
  return typeof value === "number" && (scalePoints as readonly number[]).includes(value)
    ? value
    : null;
}

/** Fisher–Yates with the randomness given, so tests can fix it. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

export function surveyResults(
  responses: readonly { answers: unknown }[],
  random: () => number,
): SurveyResults {
  const answers = responses.length;
  if (answers < answersBeforeResults)
    return { kind: "waiting", answers, needed: answersBeforeResults };
  const all = responses.map((response) => answersOf(response.answers));
  const questions = surveyQuestions.map((question) => {
    const points = all.map((answer) => pointOf(answer[question])).filter((p) => p !== null);
    const counts = scalePoints.map((point) => points.filter((p) => p === point).length);
    const sum = points.reduce((total, point) => total + point, 0);
    return {
      question,
      counts,
      answered: points.length,
      average: points.length === 0 ? null : Math.round((sum / points.length) * 10) / 10,
    };
  });
  const comments = all
    .map((answer) => (typeof answer.comment === "string" ? answer.comment.trim() : ""))
    .filter((comment) => comment !== "");
  return { kind: "results", answers, questions, comments: shuffled(comments, random) };
}
