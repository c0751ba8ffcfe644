import { describe, expect, it } from "vitest";
import { allQuestions, type FormDefinition } from "./definition";
import { formDefinitionSchema } from "./definition-schema";
import {
  addQuestion,
  addSection,
  applyStructureChange,
  deleteQuestion,
  deleteSection,
  describeStructureChange,
  moveQuestion,
  moveSection,
  newQuestion,
  publishProblems,
  replaceQuestion,
  replaceSectionTexts,
  uniqueId,
  type EditResult,
} from "./edit";
import { starterDefinition } from "./starter";

const form = (): FormDefinition =>
  formDefinitionSchema.parse({
    sourceLocale: "en",
    sections: [
      {
        id: "one",
        title: { en: "One" },
        questions: [
          { id: "a", type: "yesNo", label: { en: "A" } },
          {
            id: "b",
            type: "shortText",
            label: { en: "B" },
            showIf: { questionId: "a", anyOf: ["yes"] },
          },
        ],
      },
      {
        id: "two",
        title: { en: "Two" },
        questions: [{ id: "c", type: "date", label: { en: "C" } }],
      },
    ],
  });

const order = (definition: FormDefinition) =>
  definition.sections.map((s) => `${s.id}:${s.questions.map((q) => q.id).join("")}`);
const definitionOf = (result: EditResult) => {
  if (!result.ok) throw new Error(result.error.key);
  return result.definition;
};

describe("the starter form", () => {
  it("is a valid form with the group, project, budget and declaration a small grant needs", () => {
    const starter = starterDefinition();
    expect(formDefinitionSchema.safeParse(starter).success).toBe(true);
    expect(allQuestions(starter).map((q) => q.type)).toEqual(
      expect.arrayContaining(["budgetTable", "declaration", "longText"]),
    );
    expect(publishProblems(starter)).toEqual([]);
  });
});

describe("adding", () => {
  it("adds a section and a question with new ids that never clash", () => {
    const { definition, sectionId } = addSection(form(), "Budget");
    expect(sectionId).toBe("section-1");
    const added = addQuestion(definition, {
      sectionId,
      type: "budgetTable",
      label: "What will you buy?",
    });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.questionId).toBe("budget-table-1");
    const again = addQuestion(added.definition, {
      sectionId,
      type: "budgetTable",
      label: "And more?",
    });
    expect(again.ok && again.questionId).toBe("budget-table-2");
    expect(formDefinitionSchema.safeParse(again.ok && again.definition).success).toBe(true);
  });

  it("gives new choice questions two choices to fill in, which publishing then asks for", () => {
    const question = newQuestion("singleChoice", "single-choice-1", "Which day?", "en");
    expect("choices" in question && question.choices).toHaveLength(2);
    const added = addQuestion(form(), {
      sectionId: "two",
      type: "singleChoice",
      label: "Which day?",
    });
    if (!added.ok) throw new Error("not added");
    expect(publishProblems(added.definition)).toEqual([
      { key: "forms:builder.errors.choiceWithoutLabel", values: { question: "Which day?" } },
    ]);
  });

  it("refuses a question in a section that does not exist", () => {
    expect(addQuestion(form(), { sectionId: "nope", type: "date", label: "When?" })).toEqual({
      ok: false,
      error: { key: "forms:builder.errors.unknownSection" },
    });
  });

  it("makes ids from camel-case types", () => {
    expect(uniqueId(form(), "multipleChoice")).toBe("multiple-choice-1");
  });
});

describe("moving", () => {
  it("moves a question within its section, and across into the next section at the edge", () => {
    expect(order(definitionOf(moveQuestion(form(), "b", "up")))).toEqual(["one:ba", "two:c"]);
    expect(order(definitionOf(moveQuestion(form(), "b", "down")))).toEqual(["one:a", "two:bc"]);
    expect(order(definitionOf(moveQuestion(form(), "c", "up")))).toEqual(["one:abc", "two:"]);
  });

  it("leaves the first question of the form and the last section where they are", () => {
    expect(order(definitionOf(moveQuestion(form(), "a", "up")))).toEqual(order(form()));
    expect(order(definitionOf(moveSection(form(), "two", "down")))).toEqual(order(form()));
    expect(order(definitionOf(moveSection(form(), "two", "up")))).toEqual(["two:c", "one:ab"]);
  });
});

describe("deleting", () => {
  it("refuses to delete a question that another question's condition depends on", () => {
    expect(deleteQuestion(form(), "a")).toEqual({
      ok: false,
      error: { key: "forms:builder.errors.usedInCondition", values: { question: "B" } },
    });
    expect(order(definitionOf(deleteQuestion(form(), "b")))).toEqual(["one:a", "two:c"]);
  });

  it("deletes only empty sections", () => {
    expect(deleteSection(form(), "two")).toMatchObject({
      ok: false,
      error: { key: "forms:builder.errors.sectionNotEmpty" },
    });
    const emptied = definitionOf(deleteQuestion(form(), "c"));
    expect(order(definitionOf(deleteSection(emptied, "two")))).toEqual(["one:ab"]);
  });
});

describe("replacing", () => {
  it("replaces a question in place and a section's texts", () => {
    const replaced = definitionOf(
      replaceQuestion(form(), {
        id: "c",
        type: "date",
        label: { en: "Start date", ar: "تاريخ البدء" },
        required: true,
      }),
    );
    expect(allQuestions(replaced).find((q) => q.id === "c")).toMatchObject({
      required: true,
      label: { ar: "تاريخ البدء" },
    });
    expect(
      replaceQuestion(form(), { id: "zzz", type: "date", label: { en: "?" }, required: false }).ok,
    ).toBe(false);
    const retitled = definitionOf(
      replaceSectionTexts(form(), "two", { title: { en: "Dates", uk: "Дати" } }),
    );
    expect(retitled.sections[1]!.title).toEqual({ en: "Dates", uk: "Дати" });
  });
});

describe("publishProblems", () => {
  it("asks for at least one question and for every heading and label in the source language", () => {
    const empty = formDefinitionSchema.parse({
      sourceLocale: "en",
      sections: [{ id: "s", title: { ar: "قسم" }, questions: [] }],
    });
    expect(publishProblems(empty).map((p) => p.key)).toEqual([
      "forms:builder.errors.noQuestions",
      "forms:builder.errors.sectionWithoutTitle",
    ]);
    const unlabelled = definitionOf(
      replaceQuestion(form(), { id: "c", type: "date", label: { ar: "متى؟" }, required: false }),
    );
    expect(publishProblems(unlabelled)).toEqual([
      { key: "forms:builder.errors.questionWithoutLabel", values: { question: "c" } },
    ]);
  });
});

describe("structure changes from the version page", () => {
  it("names the part or question each change touched, the new one when adding", () => {
    const section = applyStructureChange(form(), { intent: "add-section", title: "Budget" });
    expect(section.ok && section.itemId).toBe("section-1");
    const question = applyStructureChange(form(), {
      intent: "add-question",
      sectionId: "two",
      type: "money",
      label: "How much?",
    });
    expect(question.ok && question.itemId).toBe("money-1");
    const moved = applyStructureChange(form(), {
      intent: "move-question",
      id: "c",
      direction: "up",
    });
    expect(moved.ok && moved.itemId).toBe("c");
    expect(moved.ok && order(moved.definition)).toEqual(["one:abc", "two:"]);
    const deleted = applyStructureChange(form(), { intent: "delete-question", id: "c" });
    expect(deleted.ok && order(deleted.definition)).toEqual(["one:ab", "two:"]);
  });

  it("passes on each refusal of the edit it runs", () => {
    expect(
      applyStructureChange(form(), {
        intent: "add-question",
        sectionId: "nowhere",
        type: "date",
        label: "When?",
      }),
    ).toEqual({ ok: false, error: { key: "forms:builder.errors.unknownSection" } });
    const used = applyStructureChange(form(), { intent: "delete-question", id: "a" });
    expect(!used.ok && used.error.key).toBe("forms:builder.errors.usedInCondition");
    const notEmpty = applyStructureChange(form(), { intent: "delete-section", id: "one" });
    expect(!notEmpty.ok && notEmpty.error.key).toBe("forms:builder.errors.sectionNotEmpty");
  });

  it("describes a change for the audit log without the words typed", () => {
    expect(describeStructureChange({ intent: "add-section", title: "Private words" })).toEqual({
      change: "add-section",
    });
    expect(
      describeStructureChange({
        intent: "add-question",
        sectionId: "one",
        type: "date",
        label: "Private words",
      }),
    ).toEqual({ change: "add-question", type: "date" });
    expect(describeStructureChange({ intent: "move-section", id: "two", direction: "up" })).toEqual(
      { change: "move-section", id: "two", direction: "up" },
    );
    expect(describeStructureChange({ intent: "delete-question", id: "c" })).toEqual({
      change: "delete-question",
      id: "c",
    });
  });
});
