import type { FormDefinition, LocalText, Question, QuestionType } from "./definition";

/**
 * What changed between two versions of a form, for the "what changed" page: the working
 * group checks that what they asked for happened, translators see which languages need
 * another look, and staff see what applicants on the old version did not see. Questions and
 * sections are matched by id, which copying a version keeps.
 */

export type TextChange = { locale: string; change: "added" | "removed" | "edited" };

export type ShowIf = NonNullable<Question["showIf"]>;

export type QuestionChange =
  | { field: "label" | "help"; languages: TextChange[] }
  | { field: "required"; before: boolean; after: boolean }
  | { field: "type"; before: QuestionType; after: QuestionType }
  | { field: "setting"; name: string; before: unknown; after: unknown }
  | { field: "choiceAdded" | "choiceRemoved"; value: string; label: LocalText }
  | { field: "choiceLabel"; value: string; label: LocalText; languages: TextChange[] }
  | { field: "choiceOrder" }
  | { field: "condition"; before?: ShowIf; after?: ShowIf }
  | { field: "section"; before: string; after: string };

export type SectionChange = { field: "title" | "description"; languages: TextChange[] };

export type FormChange =
  | { kind: "sectionAdded" | "sectionRemoved"; sectionId: string; title: LocalText }
  | { kind: "sectionChanged"; sectionId: string; title: LocalText; changes: SectionChange[] }
  | { kind: "sectionsReordered" }
  | {
      kind: "questionAdded" | "questionRemoved";
      questionId: string;
      sectionId: string;
      label: LocalText;
    }
  | {
      kind: "questionChanged";
      questionId: string;
      sectionId: string;
      label: LocalText;
      changes: QuestionChange[];
    }
  | { kind: "questionsReordered"; sectionId: string; title: LocalText };

/** Which languages of a text were added, removed or edited. Whitespace-only edits do not count. */
export function textChanges(
  before: LocalText | undefined,
  after: LocalText | undefined,
): TextChange[] {
  const clean = (text: LocalText | undefined) =>
    Object.fromEntries(
      Object.entries(text ?? {})
        .map(([l, v]) => [l, v.trim()])
        .filter(([, v]) => v),
    );
  const a = clean(before);
  const b = clean(after);
  const locales = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const changes: TextChange[] = [];
  for (const locale of locales) {
    if (!(locale in a)) changes.push({ locale, change: "added" });
    else if (!(locale in b)) changes.push({ locale, change: "removed" });
    else if (a[locale] !== b[locale]) changes.push({ locale, change: "edited" });
  }
  return changes;
}

const commonKeys = new Set(["id", "type", "label", "help", "required", "showIf", "choices"]);

function settingsOf(question: Question): Record<string, unknown> {
  return Object.fromEntries(Object.entries(question).filter(([key]) => !commonKeys.has(key)));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function sameCondition(a: ShowIf | undefined, b: ShowIf | undefined) {
  if (!a || !b) return a === b;
  return a.questionId === b.questionId && same([...a.anyOf].sort(), [...b.anyOf].sort());
}

export function questionChanges(before: Question, after: Question): QuestionChange[] {
  const changes: QuestionChange[] = [];
  const label = textChanges(before.label, after.label);
  if (label.length) changes.push({ field: "label", languages: label });
  const help = textChanges(before.help, after.help);
  if (help.length) changes.push({ field: "help", languages: help });
  if (before.required !== after.required)
    changes.push({ field: "required", before: before.required, after: after.required });
  if (before.type !== after.type) {
    // Settings of different types are not comparable; the type change says it all.
    changes.push({ field: "type", before: before.type, after: after.type });
  } else {
    const a = settingsOf(before);
    const b = settingsOf(after);
    for (const name of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      if (!same(a[name], b[name]))
        changes.push({ field: "setting", name, before: a[name], after: b[name] });
    }
  }
  const choicesBefore = "choices" in before ? before.choices : [];
  const choicesAfter = "choices" in after ? after.choices : [];
  const afterByValue = new Map(choicesAfter.map((c) => [c.value, c]));
  const beforeByValue = new Map(choicesBefore.map((c) => [c.value, c]));
  for (const choice of choicesBefore) {
    const next = afterByValue.get(choice.value);
    if (!next) changes.push({ field: "choiceRemoved", value: choice.value, label: choice.label });
    else {
      const languages = textChanges(choice.label, next.label);
      if (languages.length)
        changes.push({ field: "choiceLabel", value: choice.value, label: next.label, languages });
    }
  }
  for (const choice of choicesAfter) {
    if (!beforeByValue.has(choice.value))
      changes.push({ field: "choiceAdded", value: choice.value, label: choice.label });
  }
  const keptBefore = choicesBefore.map((c) => c.value).filter((v) => afterByValue.has(v));
  const keptAfter = choicesAfter.map((c) => c.value).filter((v) => beforeByValue.has(v));
  if (!same(keptBefore, keptAfter)) changes.push({ field: "choiceOrder" });
  if (!sameCondition(before.showIf, after.showIf))
    changes.push({ field: "condition", before: before.showIf, after: after.showIf });
  return changes;
}

function placed(form: FormDefinition) {
  const map = new Map<string, { question: Question; sectionId: string }>();
  for (const section of form.sections)
    for (const question of section.questions)
      map.set(question.id, { question, sectionId: section.id });
  return map;
}

/** Every change from `before` to `after`, sections first, in the order of the newer form. */
export function diffForms(before: FormDefinition, after: FormDefinition): FormChange[] {
  const changes: FormChange[] = [];
  const sectionsBefore = new Map(before.sections.map((s) => [s.id, s]));
  const sectionsAfter = new Map(after.sections.map((s) => [s.id, s]));

  for (const section of before.sections) {
    if (!sectionsAfter.has(section.id))
      changes.push({ kind: "sectionRemoved", sectionId: section.id, title: section.title });
  }
  for (const section of after.sections) {
    const old = sectionsBefore.get(section.id);
    if (!old) {
      changes.push({ kind: "sectionAdded", sectionId: section.id, title: section.title });
      continue;
    }
    const sectionChanges: SectionChange[] = [];
    const title = textChanges(old.title, section.title);
    if (title.length) sectionChanges.push({ field: "title", languages: title });
    const description = textChanges(old.description, section.description);
    if (description.length) sectionChanges.push({ field: "description", languages: description });
    if (sectionChanges.length)
      changes.push({
        kind: "sectionChanged",
        sectionId: section.id,
        title: section.title,
        changes: sectionChanges,
      });
  }
  const keptSectionsBefore = before.sections.map((s) => s.id).filter((id) => sectionsAfter.has(id));
  const keptSectionsAfter = after.sections.map((s) => s.id).filter((id) => sectionsBefore.has(id));
  if (!same(keptSectionsBefore, keptSectionsAfter)) changes.push({ kind: "sectionsReordered" });

  const questionsBefore = placed(before);
  const questionsAfter = placed(after);
  for (const [id, { question, sectionId }] of questionsBefore) {
    if (!questionsAfter.has(id))
      changes.push({ kind: "questionRemoved", questionId: id, sectionId, label: question.label });
  }
  for (const section of after.sections) {
    for (const question of section.questions) {
      const old = questionsBefore.get(question.id);
      if (!old) {
        changes.push({
          kind: "questionAdded",
          questionId: question.id,
          sectionId: section.id,
          label: question.label,
        });
        continue;
      }
      const questionChangeList = questionChanges(old.question, question);
      if (old.sectionId !== section.id)
        questionChangeList.push({ field: "section", before: old.sectionId, after: section.id });
      if (questionChangeList.length) {
        changes.push({
          kind: "questionChanged",
          questionId: question.id,
          sectionId: section.id,
          label: question.label,
          changes: questionChangeList,
        });
      }
    }
    const old = sectionsBefore.get(section.id);
    if (old) {
      // Only questions in both versions and in this section both times: a move is reported once, as a move.
      const stayed = (q: Question) =>
        questionsBefore.get(q.id)?.sectionId === section.id &&
        questionsAfter.get(q.id)?.sectionId === section.id;
      const orderBefore = old.questions.filter(stayed).map((q) => q.id);
      const orderAfter = section.questions.filter(stayed).map((q) => q.id);
      if (!same(orderBefore, orderAfter))
        changes.push({ kind: "questionsReordered", sectionId: section.id, title: section.title });
    }
  }
  return changes;
}

/** The languages whose texts changed anywhere, so translators know where to look. */
export function languagesTouched(changes: FormChange[]): string[] {
  const locales = new Set<string>();
  const add = (list: TextChange[]) => list.forEach((c) => locales.add(c.locale));
  for (const change of changes) {
    if (change.kind === "sectionChanged") change.changes.forEach((c) => add(c.languages));
    if (change.kind === "questionChanged") {
      for (const c of change.changes) if ("languages" in c) add(c.languages);
    }
  }
  return [...locales].sort();
}
