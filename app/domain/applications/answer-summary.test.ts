import { describe, expect, it } from "vitest";
import type { FormDefinition } from "../forms/definition";
import { answerSummary, fileIdsIn, shownSummary } from "./answer-summary";

const form: FormDefinition = {
  sourceLocale: "en",
  sections: [
    {
      id: "group",
      title: { en: "Your group" },
      questions: [
        {
          id: "about",
          type: "longText",
          label: { en: "About" },
          required: true,
          maxWords: 5,
          allowRecording: true,
        },
        { id: "phone", type: "shortText", label: { en: "Phone" }, required: false, maxLength: 20 },
        { id: "registered", type: "yesNo", label: { en: "Registered?" }, required: true },
        {
          id: "number",
          type: "shortText",
          label: { en: "Number" },
          required: true,
          maxLength: 20,
          showIf: { questionId: "registered", anyOf: ["yes"] },
        },
        { id: "start", type: "date", label: { en: "Start" }, required: false },
        {
          id: "letter",
          type: "file",
          label: { en: "Letter" },
          required: false,
          accept: ["application/pdf"],
          maxBytes: 1000,
        },
      ],
    },
    {
      id: "money",
      title: { en: "Money" },
      questions: [
        {
          id: "budget",
          type: "budgetTable",
          label: { en: "Budget" },
          required: true,
          maxRows: 5,
          capAtPotMaximum: false,
        },
        {
          id: "who",
          type: "multipleChoice",
          label: { en: "Who" },
          required: false,
          choices: [
            { value: "women", label: { en: "Women" } },
            { value: "youth", label: { en: "Young people" } },
          ],
        },
        { id: "agree", type: "declaration", label: { en: "I agree" }, required: true },
      ],
    },
  ],
};

describe("answer summary", () => {
  it("turns answers into values the page formats, with a budget total", () => {
    const sections = answerSummary(
      form,
      {
        about: "We cook together",
        registered: "no",
        start: "2027-04-01",
        letter: "file12345",
        "budget.0.item": "Room",
        "budget.0.amount": "120",
        "budget.1.item": "Food",
        "budget.1.amount": "80.50",
        who: ["youth"],
        agree: "yes",
      },
      { currency: "EUR" },
    );
    const values = Object.fromEntries(
      sections.flatMap((s) => s.rows).map((row) => [row.questionId, row.value]),
    );
    expect(values.about).toEqual({ kind: "text", text: "We cook together" });
    expect(values.phone).toEqual({ kind: "empty" });
    expect(values.registered).toEqual({ kind: "yesNo", yes: false });
    expect(values.start).toEqual({ kind: "date", date: "2027-04-01" });
    expect(values.budget).toEqual({
      kind: "budget",
      rows: [
        { item: "Room", amountMinor: 12000 },
        { item: "Food", amountMinor: 8050 },
      ],
      totalMinor: 20050,
    });
    expect(values.who).toEqual({ kind: "choices", labels: [{ en: "Young people" }] });
    expect(values.agree).toEqual({ kind: "declaration" });
    expect(fileIdsIn(sections)).toEqual(["file12345"]);
  });

  it("leaves out questions hidden by a condition, and shows a recording in place of text", () => {
    const [group] = answerSummary(
      form,
      { "about.recording": "rec1234567", registered: "no" },
      { currency: "EUR", sectionIds: ["group"] },
    );
    expect(group!.rows.map((row) => row.questionId)).not.toContain("number");
    expect(group!.rows[0]!.value).toEqual({ kind: "recording", fileId: "rec1234567" });
  });

  it("marks a typed answer that is not valid yet as unfinished, and a missing one as empty", () => {
    const [group] = answerSummary(
      form,
      { about: "one two three four five six", registered: "yes" },
      { currency: "EUR", sectionIds: ["group"] },
    );
    const values = Object.fromEntries(group!.rows.map((row) => [row.questionId, row.value.kind]));
    expect(values).toMatchObject({ about: "unfinished", number: "empty" });
  });
});

describe("summary in the reader's language", () => {
  it("gives each text in her language, or the form's own language marked as a fallback", () => {
    const sections = answerSummary(
      form,
      { who: ["women"] },
      { currency: "EUR", sectionIds: ["money"] },
    );
    const localised = shownSummary(
      sections.map((s) => ({ ...s, title: { en: "Money", ar: "المال" } })),
      "ar",
      "en",
    );
    expect(localised[0]!.title).toEqual({ text: "المال", locale: "ar", fallback: false });
    const who = localised[0]!.rows.find((row) => row.questionId === "who")!;
    expect(who.label).toEqual({ text: "Who", locale: "en", fallback: true });
    expect(who.value).toEqual({
      kind: "choices",
      labels: [{ text: "Women", locale: "en", fallback: true }],
    });
  });
});
