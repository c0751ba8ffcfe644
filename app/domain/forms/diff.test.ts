import { describe, expect, it } from "vitest";
import type { FormDefinition } from "./definition";
import { formDefinitionSchema } from "./definition-schema";
import { diffForms, languagesTouched, textChanges } from "./diff";
import { starterDefinition } from "./starter";

const form = (input: unknown): FormDefinition => formDefinitionSchema.parse(input);

const base = () =>
  form({
    sourceLocale: "en",
    sections: [
      {
        id: "group",
        title: { en: "About your group", ar: "عن مجموعتك" },
        questions: [
          {
            id: "name",
            type: "shortText",
            label: { en: "Group name", ar: "اسم المجموعة" },
            required: true,
          },
          {
            id: "registered",
            type: "singleChoice",
            label: { en: "Is your group registered?" },
            choices: [
              { value: "yes", label: { en: "Yes" } },
              { value: "no", label: { en: "No" } },
            ],
          },
          {
            id: "number",
            type: "shortText",
            label: { en: "Registration number" },
            showIf: { questionId: "registered", anyOf: ["yes"] },
          },
        ],
      },
      {
        id: "project",
        title: { en: "Your project" },
        questions: [
          { id: "what", type: "longText", label: { en: "What will you do?" }, maxWords: 300 },
        ],
      },
    ],
  });

function edit(change: (draft: FormDefinition) => void): FormDefinition {
  const draft = structuredClone(base());
  change(draft);
  return form(draft);
}

describe("textChanges", () => {
  it("names each language that was added, removed or edited, and ignores spaces around words", () => {
    expect(
      textChanges({ en: "Name", ar: "اسم", uk: "Назва" }, { en: "Name ", ar: "الاسم", fa: "نام" }),
    ).toEqual([
      { locale: "ar", change: "edited" },
      { locale: "fa", change: "added" },
      { locale: "uk", change: "removed" },
    ]);
  });

  it("treats an emptied text as removed", () => {
    expect(textChanges({ en: "Help" }, { en: "  " })).toEqual([
      { locale: "en", change: "removed" },
    ]);
  });
});

describe("diffForms", () => {
  it("finds nothing between a version and its copy", () => {
    expect(diffForms(base(), structuredClone(base()))).toEqual([]);
    expect(diffForms(starterDefinition(), starterDefinition())).toEqual([]);
  });

  it("reports an added and a removed question with their section and label", () => {
    const after = edit((d) => {
      d.sections[1]!.questions.push({
        id: "when",
        type: "date",
        label: { en: "When?" },
        required: false,
      });
      d.sections[0]!.questions.splice(0, 1);
    });
    expect(diffForms(base(), after)).toEqual([
      {
        kind: "questionRemoved",
        questionId: "name",
        sectionId: "group",
        label: { en: "Group name", ar: "اسم المجموعة" },
      },
      { kind: "questionAdded", questionId: "when", sectionId: "project", label: { en: "When?" } },
    ]);
  });

  it("reports a reworded label per language, so translators know which to check", () => {
    const after = edit((d) => {
      d.sections[0]!.questions[0]!.label = {
        en: "What is your group called?",
        ar: "اسم المجموعة",
        uk: "Назва групи",
      };
    });
    const [change] = diffForms(base(), after);
    expect(change).toMatchObject({ kind: "questionChanged", questionId: "name" });
    expect(change && "changes" in change ? change.changes : []).toEqual([
      {
        field: "label",
        languages: [
          { locale: "en", change: "edited" },
          { locale: "uk", change: "added" },
        ],
      },
    ]);
    expect(languagesTouched(diffForms(base(), after))).toEqual(["en", "uk"]);
  });

  it("reports help text, required and type settings with before and after", () => {
    const after = edit((d) => {
      const what = d.sections[1]!.questions[0]!;
      what.help = { en: "A few lines are enough" };
      what.required = true;
      if (what.type === "longText") {
        what.maxWords = 500;
        what.allowRecording = true;
      }
    });
    const change = diffForms(base(), after)[0];
    expect(change && change.kind === "questionChanged" ? change.changes : []).toEqual([
      { field: "help", languages: [{ locale: "en", change: "added" }] },
      { field: "required", before: false, after: true },
      { field: "setting", name: "allowRecording", before: false, after: true },
      { field: "setting", name: "maxWords", before: 300, after: 500 },
    ]);
  });

  it("reports a change of type without listing settings that cannot be compared", () => {
    const after = edit((d) => {
      d.sections[1]!.questions[0] = {
        id: "what",
        type: "shortText",
        label: { en: "What will you do?" },
        required: false,
        maxLength: 200,
      };
    });
    const change = diffForms(base(), after)[0];
    expect(change && change.kind === "questionChanged" ? change.changes : []).toEqual([
      { field: "type", before: "longText", after: "shortText" },
    ]);
  });

  it("reports choices added, removed, relabelled and reordered", () => {
    const after = edit((d) => {
      const q = d.sections[0]!.questions[1]!;
      if (q.type === "singleChoice") {
        q.choices = [
          { value: "no", label: { en: "No", ar: "لا" } },
          { value: "yes", label: { en: "Yes" } },
          { value: "applying", label: { en: "We are applying" } },
        ];
      }
    });
    const change = diffForms(base(), after).find((c) => c.kind === "questionChanged");
    expect(change && change.kind === "questionChanged" ? change.changes : []).toEqual([
      {
        field: "choiceLabel",
        value: "no",
        label: { en: "No", ar: "لا" },
        languages: [{ locale: "ar", change: "added" }],
      },
      { field: "choiceAdded", value: "applying", label: { en: "We are applying" } },
      { field: "choiceOrder" },
    ]);
  });

  it("reports a condition added, changed or removed, but not the same values in another order", () => {
    const added = edit((d) => {
      d.sections[1]!.questions[0]!.showIf = { questionId: "registered", anyOf: ["no"] };
    });
    expect(diffForms(base(), added)[0]).toMatchObject({
      kind: "questionChanged",
      questionId: "what",
      changes: [
        {
          field: "condition",
          before: undefined,
          after: { questionId: "registered", anyOf: ["no"] },
        },
      ],
    });
    const removed = edit((d) => {
      delete d.sections[0]!.questions[2]!.showIf;
    });
    expect(diffForms(base(), removed)[0]).toMatchObject({
      questionId: "number",
      changes: [
        {
          field: "condition",
          before: { questionId: "registered", anyOf: ["yes"] },
          after: undefined,
        },
      ],
    });
    const reordered = edit((d) => {
      d.sections[0]!.questions[2]!.showIf = { questionId: "registered", anyOf: ["yes"] };
    });
    expect(diffForms(base(), reordered)).toEqual([]);
    const widened = (input: FormDefinition) => {
      const copy = structuredClone(input);
      copy.sections[0]!.questions[2]!.showIf = { questionId: "registered", anyOf: ["no", "yes"] };
      return form(copy);
    };
    expect(
      diffForms(
        widened(base()),
        edit(
          (d) =>
            (d.sections[0]!.questions[2]!.showIf = {
              questionId: "registered",
              anyOf: ["yes", "no"],
            }),
        ),
      ),
    ).toEqual([]);
  });

  it("reports a question moved to another section once, as a move, not as removed and added", () => {
    const after = edit((d) => {
      const [moved] = d.sections[0]!.questions.splice(0, 1);
      d.sections[1]!.questions.push(moved!);
    });
    expect(diffForms(base(), after)).toEqual([
      {
        kind: "questionChanged",
        questionId: "name",
        sectionId: "project",
        label: { en: "Group name", ar: "اسم المجموعة" },
        changes: [{ field: "section", before: "group", after: "project" }],
      },
    ]);
  });

  it("reports sections added, removed, retitled and reordered, and questions reordered", () => {
    const after = edit((d) => {
      d.sections.reverse();
      d.sections[1]!.title = { en: "About your group" };
      d.sections[1]!.questions.reverse();
      d.sections.push({ id: "budget", title: { en: "Budget" }, questions: [] });
    });
    expect(diffForms(base(), after)).toEqual([
      {
        kind: "sectionChanged",
        sectionId: "group",
        title: { en: "About your group" },
        changes: [{ field: "title", languages: [{ locale: "ar", change: "removed" }] }],
      },
      { kind: "sectionAdded", sectionId: "budget", title: { en: "Budget" } },
      { kind: "sectionsReordered" },
      { kind: "questionsReordered", sectionId: "group", title: { en: "About your group" } },
    ]);
    const fewer = edit((d) => {
      d.sections.pop();
    });
    expect(diffForms(base(), fewer)).toEqual([
      { kind: "sectionRemoved", sectionId: "project", title: { en: "Your project" } },
      {
        kind: "questionRemoved",
        questionId: "what",
        sectionId: "project",
        label: { en: "What will you do?" },
      },
    ]);
  });
});
