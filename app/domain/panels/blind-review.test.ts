import { describe, expect, it } from "vitest";
import { answerSummary, shownSummary } from "../applications/answer-summary";
import type { FormDefinition, Question } from "../forms/definition";
import { smallForm } from "../../../tests/support/fixtures";
import {
  fileNumbers,
  identifyingQuestionIds,
  withholdIdentifyingAnswers,
  writtenAnswers,
} from "./blind-review";

/** The shared small form, its registration number marked as identifying and a file in each part. */
const attachment = (id: string): Question => ({
  id,
  type: "file",
  label: { en: id },
  required: false,
  accept: ["application/pdf"],
  maxBytes: 1000,
});
const form: FormDefinition = {
  ...smallForm,
  sections: smallForm.sections.map((section) => ({
    ...section,
    questions: [
      ...section.questions.map((q) => (q.id === "number" ? { ...q, identifying: true } : q)),
      attachment(`${section.id}-file`),
    ],
  })),
};

const sections = () =>
  shownSummary(
    answerSummary(
      form,
      {
        registered: "yes",
        number: "CHY 20451",
        "about.recording": "recording1",
        "group-file": "document1",
        "budget.0.item": "Room hire",
        "budget.0.amount": "100",
        "money-file": "document2",
      },
      { currency: "EUR" },
    ),
    "en",
    "en",
  );

describe("blind review", () => {
  it("knows which questions the funder marked as identifying", () => {
    expect([...identifyingQuestionIds(form)]).toEqual(["number"]);
  });

  it("withholds the answers to identifying questions and keeps the rest as written", () => {
    const withheld = withholdIdentifyingAnswers(sections(), new Set(["number"]));
    const values = withheld.flatMap((section) =>
      section.rows.map((row) => [row.questionId, row.value.kind]),
    );
    expect(values).toEqual([
      ["about", "recording"],
      ["registered", "yesNo"],
      ["number", "withheld"],
      ["group-file", "file"],
      ["budget", "budget"],
      ["money-file", "file"],
    ]);
    expect(JSON.stringify(withheld)).not.toContain("CHY 20451");
  });

  it("numbers files and recordings in the order a reader meets them", () => {
    expect(fileNumbers(sections())).toEqual({
      recording1: { kind: "recording", number: 1 },
      document1: { kind: "file", number: 1 },
      document2: { kind: "file", number: 2 },
    });
  });

  it("gives the written words reviewers will read, leaving withheld answers out", () => {
    expect(writtenAnswers(withholdIdentifyingAnswers(sections(), new Set(["number"])))).toEqual([
      { questionId: "budget", text: "Room hire" },
    ]);
    expect(writtenAnswers(sections())[0]).toEqual({ questionId: "number", text: "CHY 20451" });
  });
});
