import { describe, expect, it } from "vitest";
import { answerSummary, shownSummary } from "../applications/answer-summary";
import type { FormDefinition } from "../forms/definition";
import {
  fileNumbers,
  identifyingQuestionIds,
  withholdIdentifyingAnswers,
  writtenAnswers,
} from "./blind-review";

const form: FormDefinition = {
  sourceLocale: "en",
  sections: [
    {
      id: "group",
      title: { en: "Your group" },
      questions: [
        {
          id: "contact",
          type: "shortText",
          label: { en: "Who should we call?" },
          required: true,
          maxLength: 100,
          identifying: true,
        },
        {
          id: "about",
          type: "longText",
          label: { en: "What do you do?" },
          required: true,
          maxWords: 100,
          allowRecording: true,
        },
        {
          id: "constitution",
          type: "file",
          label: { en: "Constitution" },
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
          id: "accounts",
          type: "file",
          label: { en: "Accounts" },
          required: false,
          accept: ["application/pdf"],
          maxBytes: 1000,
        },
      ],
    },
  ],
};

const sections = () =>
  shownSummary(
    answerSummary(
      form,
      {
        contact: "Amina Haddad, 087 123 4567",
        "about.recording": "recording1",
        constitution: "document1",
        "budget.0.item": "Room hire",
        "budget.0.amount": "100",
        accounts: "document2",
      },
      { currency: "EUR" },
    ),
    "en",
    "en",
  );

describe("blind review", () => {
  it("knows which questions the funder marked as identifying", () => {
    expect([...identifyingQuestionIds(form)]).toEqual(["contact"]);
  });

  it("withholds the answers to identifying questions and keeps the rest as written", () => {
    const withheld = withholdIdentifyingAnswers(sections(), new Set(["contact"]));
    const values = withheld.flatMap((section) =>
      section.rows.map((row) => [row.questionId, row.value.kind]),
    );
    expect(values).toEqual([
      ["contact", "withheld"],
      ["about", "recording"],
      ["constitution", "file"],
      ["budget", "budget"],
      ["accounts", "file"],
    ]);
    expect(JSON.stringify(withheld)).not.toContain("Amina");
  });

  it("numbers files and recordings in the order a reader meets them", () => {
    expect(fileNumbers(sections())).toEqual({
      recording1: { kind: "recording", number: 1 },
      document1: { kind: "file", number: 1 },
      document2: { kind: "file", number: 2 },
    });
  });

  it("gives the written words reviewers will read, leaving withheld answers out", () => {
    expect(writtenAnswers(withholdIdentifyingAnswers(sections(), new Set(["contact"])))).toEqual([
      { questionId: "budget", text: "Room hire" },
    ]);
    expect(writtenAnswers(sections())[0]).toEqual({
      questionId: "contact",
      text: "Amina Haddad, 087 123 4567",
    });
  });
});
