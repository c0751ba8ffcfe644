import type { FormDefinition, LocalText, Question, Section } from "./definition-schema";

/**
 * A form definition is data the funder (with a community working group) designs. The same
 * definition drives the page that renders it, the browser's instant checks and the server's
 * validation (answers-schema.ts). Every text is per language, keyed by locale. Its schema is
 * in definition-schema.ts.
 */

export type { FormDefinition, LocalText, Question, Section };

export const questionTypes = [
  "shortText",
  "longText",
  "number",
  "money",
  "date",
  "singleChoice",
  "multipleChoice",
  "yesNo",
  "file",
  "budgetTable",
  "declaration",
] as const;
export type QuestionType = (typeof questionTypes)[number];

export function allQuestions(form: FormDefinition): Question[] {
  return form.sections.flatMap((section) => section.questions);
}

/**
 * The text in the reader's language, or the source language's text marked as a fallback so
 * the page can say "not yet translated" and set the right lang attribute.
 */
export function textIn(text: LocalText | undefined, locale: string, sourceLocale: string) {
  const own = text?.[locale]?.trim();
  if (own) return { text: own, locale, fallback: false };
  return {
    text: text?.[sourceLocale] ?? "",
    locale: sourceLocale,
    fallback: locale !== sourceLocale,
  };
}

/** How much of a form is translated into a language: every label, help text and choice. */
export function translationProgress(form: FormDefinition, locale: string) {
  const texts: (LocalText | undefined)[] = [];
  for (const section of form.sections) {
    texts.push(section.title, section.description);
    for (const question of section.questions) {
      texts.push(question.label, question.help);
      if ("choices" in question) texts.push(...question.choices.map((c) => c.label));
    }
  }
  const present = texts.filter((text): text is LocalText =>
    Boolean(text?.[form.sourceLocale]?.trim()),
  );
  const done = present.filter((text) => Boolean(text[locale]?.trim())).length;
  return { done, total: present.length };
}
