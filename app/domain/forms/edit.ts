import {
  allQuestions,
  type FormDefinition,
  type LocalText,
  type Question,
  type QuestionType,
  type Section,
} from "./definition";
import { questionSchema } from "./definition-schema";

/**
 * The builder's edits, as pure functions from one definition to the next. The service runs
 * them inside a transaction against the stored draft, so two people editing the same draft
 * each apply their change to the latest copy rather than overwrite each other's.
 */

export type EditError = { key: string; values?: Record<string, unknown> };
export type EditResult = { ok: true; definition: FormDefinition } | { ok: false; error: EditError };
export type Direction = "up" | "down";

const ok = (definition: FormDefinition): EditResult => ({ ok: true, definition });
const refuse = (key: string, values?: Record<string, unknown>): EditResult => ({
  ok: false,
  error: { key: `forms:builder.errors.${key}`, values },
});

/** "long-text-2": readable in the answers data, and never a clash within the form. */
export function uniqueId(form: FormDefinition, base: string): string {
  const taken = new Set([
    ...form.sections.map((s) => s.id),
    ...allQuestions(form).map((q) => q.id),
  ]);
  const stem = base.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).slice(0, 30);
  for (let n = 1; ; n++) {
    const id = `${stem}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** A question of the type with the schema's defaults, labelled in the form's source language. */
export function newQuestion(
  type: QuestionType,
  id: string,
  label: string,
  sourceLocale: string,
): Question {
  const choices =
    type === "singleChoice" || type === "multipleChoice"
      ? {
          choices: [
            { value: "choice-1", label: { [sourceLocale]: "" } },
            { value: "choice-2", label: { [sourceLocale]: "" } },
          ],
        }
      : {};
  return questionSchema.parse({ id, type, label: { [sourceLocale]: label }, ...choices });
}

export function addSection(
  form: FormDefinition,
  title: string,
): { definition: FormDefinition; sectionId: string } {
  const id = uniqueId(form, "section");
  const section: Section = { id, title: { [form.sourceLocale]: title }, questions: [] };
  return { definition: { ...form, sections: [...form.sections, section] }, sectionId: id };
}

export function addQuestion(
  form: FormDefinition,
  input: { sectionId: string; type: QuestionType; label: string },
): { ok: true; definition: FormDefinition; questionId: string } | { ok: false; error: EditError } {
  if (!form.sections.some((s) => s.id === input.sectionId))
    return { ok: false, error: { key: "forms:builder.errors.unknownSection" } };
  const id = uniqueId(form, input.type);
  const question = newQuestion(input.type, id, input.label, form.sourceLocale);
  const sections = form.sections.map((s) =>
    s.id === input.sectionId ? { ...s, questions: [...s.questions, question] } : s,
  );
  return { ok: true, definition: { ...form, sections }, questionId: id };
}

function swap<T>(list: T[], index: number, other: number): T[] {
  const copy = [...list];
  [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  return copy;
}

export function moveSection(
  form: FormDefinition,
  sectionId: string,
  direction: Direction,
): EditResult {
  const index = form.sections.findIndex((s) => s.id === sectionId);
  if (index < 0) return refuse("unknownSection");
  const other = direction === "up" ? index - 1 : index + 1;
  if (other < 0 || other >= form.sections.length) return ok(form);
  return ok({ ...form, sections: swap(form.sections, index, other) });
}

/**
 * Moves a question one place. At the top or bottom of its section it crosses into the next
 * section, so any question can reach any place with the same two buttons.
 */
export function moveQuestion(
  form: FormDefinition,
  questionId: string,
  direction: Direction,
): EditResult {
  const sectionIndex = form.sections.findIndex((s) => s.questions.some((q) => q.id === questionId));
  if (sectionIndex < 0) return refuse("unknownQuestion");
  const section = form.sections[sectionIndex]!;
  const index = section.questions.findIndex((q) => q.id === questionId);
  const question = section.questions[index]!;
  const other = direction === "up" ? index - 1 : index + 1;
  const sections = [...form.sections];
  if (other >= 0 && other < section.questions.length) {
    sections[sectionIndex] = { ...section, questions: swap(section.questions, index, other) };
    return ok({ ...form, sections });
  }
  const targetIndex = direction === "up" ? sectionIndex - 1 : sectionIndex + 1;
  const target = sections[targetIndex];
  if (!target) return ok(form);
  sections[sectionIndex] = {
    ...section,
    questions: section.questions.filter((q) => q.id !== questionId),
  };
  sections[targetIndex] = {
    ...target,
    questions:
      direction === "up" ? [...target.questions, question] : [question, ...target.questions],
  };
  return ok({ ...form, sections });
}

/** Questions shown only after an answer to `questionId`. */
export function dependentsOf(form: FormDefinition, questionId: string): Question[] {
  return allQuestions(form).filter((q) => q.showIf?.questionId === questionId);
}

export function deleteQuestion(form: FormDefinition, questionId: string): EditResult {
  if (!allQuestions(form).some((q) => q.id === questionId)) return refuse("unknownQuestion");
  const dependents = dependentsOf(form, questionId);
  // Deleting silently would leave those questions never shown, or shown to everyone.
  if (dependents.length > 0) {
    const first = dependents[0]!;
    return refuse("usedInCondition", { question: first.label[form.sourceLocale] ?? first.id });
  }
  const sections = form.sections.map((s) => ({
    ...s,
    questions: s.questions.filter((q) => q.id !== questionId),
  }));
  return ok({ ...form, sections });
}

export function deleteSection(form: FormDefinition, sectionId: string): EditResult {
  const section = form.sections.find((s) => s.id === sectionId);
  if (!section) return refuse("unknownSection");
  if (section.questions.length > 0) return refuse("sectionNotEmpty");
  return ok({ ...form, sections: form.sections.filter((s) => s.id !== sectionId) });
}

export function replaceQuestion(form: FormDefinition, question: Question): EditResult {
  let found = false;
  const sections = form.sections.map((s) => ({
    ...s,
    questions: s.questions.map((q) => {
      if (q.id !== question.id) return q;
      found = true;
      return question;
    }),
  }));
  return found ? ok({ ...form, sections }) : refuse("unknownQuestion");
}

export function replaceSectionTexts(
  form: FormDefinition,
  sectionId: string,
  texts: { title: LocalText; description?: LocalText },
): EditResult {
  if (!form.sections.some((s) => s.id === sectionId)) return refuse("unknownSection");
  const sections = form.sections.map((s) =>
    s.id === sectionId ? { ...s, title: texts.title, description: texts.description } : s,
  );
  return ok({ ...form, sections });
}

/**
 * What must be fixed before applicants can see the form: every heading, question and choice
 * needs its source-language text, or applicants would meet blank labels.
 */
export function publishProblems(form: FormDefinition): EditError[] {
  const problems: EditError[] = [];
  const source = form.sourceLocale;
  const blank = (text: LocalText | undefined) => !text?.[source]?.trim();
  const questions = allQuestions(form);
  if (questions.length === 0) problems.push({ key: "forms:builder.errors.noQuestions" });
  form.sections.forEach((section, index) => {
    if (blank(section.title))
      problems.push({
        key: "forms:builder.errors.sectionWithoutTitle",
        values: { number: index + 1 },
      });
  });
  for (const question of questions) {
    const name = question.label[source]?.trim() || question.id;
    if (blank(question.label))
      problems.push({
        key: "forms:builder.errors.questionWithoutLabel",
        values: { question: name },
      });
    if ("choices" in question && question.choices.some((c) => blank(c.label))) {
      problems.push({ key: "forms:builder.errors.choiceWithoutLabel", values: { question: name } });
    }
  }
  return problems;
}

/** One change to the parts and questions of a draft, as the version page's buttons ask for it. */
export type StructureChange =
  | { intent: "add-section"; title: string }
  | { intent: "add-question"; sectionId: string; type: QuestionType; label: string }
  | { intent: "move-section" | "move-question"; id: string; direction: Direction }
  | { intent: "delete-section" | "delete-question"; id: string };

export type StructureResult =
  { ok: true; definition: FormDefinition; itemId: string } | { ok: false; error: EditError };

/** Applies one structure change; `itemId` is the part or question it touched (the new one when adding). */
export function applyStructureChange(
  form: FormDefinition,
  change: StructureChange,
): StructureResult {
  const withItem = (result: EditResult, itemId: string): StructureResult =>
    result.ok ? { ...result, itemId } : result;
  switch (change.intent) {
    case "add-section": {
      const added = addSection(form, change.title);
      return { ok: true, definition: added.definition, itemId: added.sectionId };
    }
    case "add-question": {
      const added = addQuestion(form, change);
      return added.ok
        ? { ok: true, definition: added.definition, itemId: added.questionId }
        : added;
    }
    case "move-section":
      return withItem(moveSection(form, change.id, change.direction), change.id);
    case "move-question":
      return withItem(moveQuestion(form, change.id, change.direction), change.id);
    case "delete-section":
      return withItem(deleteSection(form, change.id), change.id);
    case "delete-question":
      return withItem(deleteQuestion(form, change.id), change.id);
  }
}

/** What the audit log records about a structure change (never the typed texts). */
export function describeStructureChange(change: StructureChange): Record<string, string> {
  switch (change.intent) {
    case "add-section":
      return { change: change.intent };
    case "add-question":
      return { change: change.intent, type: change.type };
    case "move-section":
    case "move-question":
      return { change: change.intent, id: change.id, direction: change.direction };
    case "delete-section":
    case "delete-question":
      return { change: change.intent, id: change.id };
  }
}
