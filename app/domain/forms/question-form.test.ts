import { describe, expect, it } from "vitest";
import type { FormDefinition, Question } from "./definition";
import { formDefinitionSchema } from "./definition-schema";
import {
  assignRoundSchema,
  conditionCandidates,
  isStructureIntent,
  questionFormSchema,
  sectionFormSchema,
  sectionForNewQuestion,
  structureChangeSchema,
} from "./question-form";

const form: FormDefinition = formDefinitionSchema.parse({
  sourceLocale: "en",
  sections: [
    {
      id: "s",
      title: { en: "S" },
      questions: [
        {
          id: "registered",
          type: "singleChoice",
          label: { en: "Registered?" },
          choices: [
            { value: "yes", label: { en: "Yes" } },
            { value: "no", label: { en: "No" } },
          ],
        },
        {
          id: "number",
          type: "shortText",
          label: { en: "Number" },
          showIf: { questionId: "registered", anyOf: ["yes"] },
        },
        {
          id: "more",
          type: "yesNo",
          label: { en: "More?" },
          showIf: { questionId: "number", anyOf: ["x"] },
        },
        { id: "story", type: "longText", label: { en: "Story" }, maxWords: 300 },
        { id: "cost", type: "money", label: { en: "Cost" } },
        { id: "proof", type: "file", label: { en: "Proof" } },
      ],
    },
  ],
});

const question = (id: string) => form.sections[0]!.questions.find((q) => q.id === id)!;
const parse = (q: Question, input: Record<string, string>) =>
  questionFormSchema(q, form, "EUR").safeParse(input);
const errorsOf = (result: ReturnType<typeof parse>) =>
  result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));

describe("questionFormSchema", () => {
  it("reads labels and help in every language, required, and the type's settings", () => {
    const result = parse(question("story"), {
      "label.en": " Tell us your story ",
      "label.ar": "أخبرينا قصتك",
      "label.uk": "",
      "help.en": "A few lines",
      required: "on",
      maxWords: "500",
      allowRecording: "on",
    });
    expect(result.success && result.data).toEqual({
      id: "story",
      type: "longText",
      label: { en: "Tell us your story", ar: "أخبرينا قصتك" },
      help: { en: "A few lines" },
      required: true,
      maxWords: 500,
      allowRecording: true,
    });
  });

  it("marks a question as saying who the group is only when the box is ticked", () => {
    const marked = parse(question("story"), {
      "label.en": "Who leads your group?",
      maxWords: "100",
      identifying: "on",
    });
    expect(marked.success && marked.data.identifying).toBe(true);
    const unmarked = parse(question("story"), { "label.en": "Your plan", maxWords: "100" });
    expect(
      unmarked.success && "identifying" in unmarked.data && unmarked.data.identifying,
    ).toBeFalsy();
  });

  it("needs the source-language label and a word limit in range, next to each field", () => {
    const result = parse(question("story"), { "label.ar": "قصتك", maxWords: "100000" });
    expect(errorsOf(result)).toEqual({
      "label.en": "forms:builder.errors.sourceTextRequired",
      maxWords: "forms:builder.errors.wholeNumberBetween",
    });
  });

  it("reads an amount as people type it, in the scheme's currency", () => {
    const result = parse(question("cost"), { "label.en": "Cost", maxAmount: "1 250,50" });
    expect(result.success && result.data).toMatchObject({ maxMinor: 125050 });
    expect(errorsOf(parse(question("cost"), { "label.en": "Cost", maxAmount: "lots" }))).toEqual({
      maxAmount: "forms:builder.errors.money",
    });
  });

  it("keeps existing choice values, gives new rows fresh ones and drops empty rows", () => {
    const result = parse(question("registered"), {
      "label.en": "Registered?",
      "choice.0.value": "yes",
      "choice.0.label.en": "Yes, registered",
      "choice.0.label.ar": "نعم",
      "choice.1.value": "no",
      "choice.1.label.en": "No",
      "choice.2.label.en": "We are applying",
      "choice.3.label.en": "",
    });
    expect(result.success && "choices" in result.data && result.data.choices).toEqual([
      { value: "yes", label: { en: "Yes, registered", ar: "نعم" } },
      { value: "no", label: { en: "No" } },
      { value: "choice-3", label: { en: "We are applying" } },
    ]);
  });

  it("refuses to remove a choice another question is shown for", () => {
    const result = parse(question("registered"), {
      "label.en": "Registered?",
      "choice.1.value": "no",
      "choice.1.label.en": "No",
    });
    expect(errorsOf(result)).toEqual({
      "choice.0.label.en": "forms:builder.errors.choiceUsedInCondition",
    });
  });

  it("asks for a choice's source text when only a translation is written", () => {
    const result = parse(question("registered"), {
      "label.en": "Registered?",
      "choice.0.value": "yes",
      "choice.0.label.en": "Yes",
      "choice.1.value": "no",
      "choice.1.label.en": "No",
      "choice.2.label.ar": "ربما",
    });
    expect(errorsOf(result)).toEqual({
      "choice.2.label.en": "forms:builder.errors.sourceTextRequired",
    });
  });

  it("reads a condition: the controlling question and the answers that show this one", () => {
    const result = parse(question("story"), {
      "label.en": "Story",
      maxWords: "300",
      "showIf.questionId": "registered",
      "showIf.value.registered.no": "on",
      "showIf.value.more.yes": "on",
    });
    expect(result.success && result.data.showIf).toEqual({
      questionId: "registered",
      anyOf: ["no"],
    });
    const none = parse(question("story"), {
      "label.en": "Story",
      maxWords: "300",
      "showIf.questionId": "registered",
    });
    expect(errorsOf(none)).toEqual({ "showIf.questionId": "forms:builder.errors.conditionValues" });
  });

  it("never offers a condition that would make a loop", () => {
    expect(conditionCandidates(form, "registered").map((q) => q.id)).toEqual([]);
    expect(conditionCandidates(form, "story").map((q) => q.id)).toEqual(["registered", "more"]);
    const loop = parse(question("registered"), {
      "label.en": "Registered?",
      "choice.0.value": "yes",
      "choice.0.label.en": "Yes",
      "choice.1.value": "no",
      "choice.1.label.en": "No",
      "showIf.questionId": "more",
      "showIf.value.more.yes": "on",
    });
    expect(errorsOf(loop)).toEqual({
      "showIf.questionId": "forms:builder.errors.unknownCondition",
    });
  });

  it("needs at least one kind of file", () => {
    const result = parse(question("proof"), { "label.en": "Proof", maxMegabytes: "5" });
    expect(errorsOf(result)).toEqual({ accept: "forms:builder.errors.chooseFileType" });
    const ok = parse(question("proof"), {
      "label.en": "Proof",
      maxMegabytes: "5",
      "accept.pdf": "on",
      "accept.audio": "on",
    });
    expect(ok.success && ok.data).toMatchObject({
      accept: ["application/pdf", "audio/*"],
      maxBytes: 5 * 1024 * 1024,
    });
  });
});

describe("sectionFormSchema", () => {
  it("needs a title in the source language and keeps the other languages", () => {
    const schema = sectionFormSchema("en");
    expect(
      schema.parse({ "title.en": "Budget", "title.fa": "بودجه", "description.en": "" }),
    ).toEqual({
      title: { en: "Budget", fa: "بودجه" },
      description: undefined,
    });
    const result = schema.safeParse({ "title.fa": "بودجه" });
    expect(result.success ? [] : result.error.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["title.en", "forms:builder.errors.sourceTextRequired"],
    ]);
  });
});

describe("the version page's buttons", () => {
  it("reads each structure change the page posts", () => {
    expect(structureChangeSchema.parse({ intent: "add-section", title: "  Budget " })).toEqual({
      intent: "add-section",
      title: "Budget",
    });
    expect(
      structureChangeSchema.parse({
        intent: "add-question",
        sectionId: "s",
        type: "yesNo",
        label: "Registered?",
      }),
    ).toEqual({ intent: "add-question", sectionId: "s", type: "yesNo", label: "Registered?" });
    expect(
      structureChangeSchema.parse({ intent: "move-question", id: "more", direction: "down" }),
    ).toEqual({ intent: "move-question", id: "more", direction: "down" });
    expect(structureChangeSchema.parse({ intent: "delete-section", id: "s" })).toEqual({
      intent: "delete-section",
      id: "s",
    });
    expect(isStructureIntent("move-section")).toBe(true);
    expect(isStructureIntent("publish")).toBe(false);
  });

  it("keys each problem by the field it belongs to", () => {
    const messages = (input: Record<string, string>) => {
      const result = structureChangeSchema.safeParse(input);
      return result.success
        ? {}
        : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
    };
    expect(messages({ intent: "add-section", title: "   " })).toEqual({
      title: "forms:builder.errors.sectionTitleRequired",
    });
    expect(messages({ intent: "add-question", sectionId: "s", type: "yesNo", label: " " })).toEqual(
      {
        label: "forms:builder.errors.questionTextRequired",
      },
    );
    expect(
      messages({ intent: "add-question", sectionId: "", type: "poem", label: "x".repeat(501) }),
    ).toEqual({
      sectionId: "forms:builder.errors.unknownSection",
      type: "forms:builder.errors.chooseType",
      label: "forms:builder.errors.textTooLong",
    });
    expect(assignRoundSchema.safeParse({ roundId: "" }).error?.issues[0]?.message).toBe(
      "forms:builder.errors.chooseRound",
    );
  });
});

describe("sectionForNewQuestion", () => {
  const form = (sections: { id: string; types: Question["type"][] }[]): FormDefinition => ({
    sourceLocale: "en",
    sections: sections.map(({ id, types }) => ({
      id,
      title: { en: id },
      questions: types.map((type, index) => ({
        id: `${id}-${index}`,
        type,
        label: { en: "q" },
        required: true,
      })) as Question[],
    })),
  });
  const withDeclaration = form([
    { id: "group", types: ["shortText"] },
    { id: "project", types: ["longText", "yesNo"] },
    { id: "declaration", types: ["declaration"] },
  ]);

  it("starts in the part the funder came from", () => {
    expect(sectionForNewQuestion(withDeclaration, "group")).toBe("group");
  });

  it("otherwise skips a closing part that holds only the declaration", () => {
    expect(sectionForNewQuestion(withDeclaration)).toBe("project");
    expect(sectionForNewQuestion(withDeclaration, "no-such-part")).toBe("project");
  });

  it("uses an empty last part, and the only part there is", () => {
    const parts = withDeclaration.sections.map((section) => ({
      id: section.id,
      types: section.questions.map((question) => question.type),
    }));
    expect(sectionForNewQuestion(form([...parts, { id: "new", types: [] }]))).toBe("new");
    expect(sectionForNewQuestion(form([{ id: "declaration", types: ["declaration"] }]))).toBe(
      "declaration",
    );
  });
});
