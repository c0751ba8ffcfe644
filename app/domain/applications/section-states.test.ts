import { describe, expect, it } from "vitest";
import type { FormDefinition } from "../forms/definition";
import { sectionStatesOf } from "./section-states";

const form: FormDefinition = {
  sourceLocale: "en",
  sections: [
    {
      id: "group",
      title: { en: "Your group" },
      questions: [
        {
          id: "registered",
          type: "yesNo",
          label: { en: "Is your group registered?" },
          required: true,
        },
      ],
    },
    {
      id: "papers",
      title: { en: "Papers" },
      questions: [
        {
          id: "number",
          type: "shortText",
          label: { en: "Registration number" },
          required: true,
          maxLength: 40,
          showIf: { questionId: "registered", anyOf: ["yes"] },
        },
        {
          id: "notes",
          type: "shortText",
          label: { en: "Anything else?" },
          required: false,
          maxLength: 40,
        },
      ],
    },
    {
      id: "money",
      title: { en: "Budget" },
      questions: [
        {
          id: "budget",
          type: "budgetTable",
          label: { en: "Budget" },
          required: true,
          maxRows: 5,
          capAtPotMaximum: false,
        },
      ],
    },
  ],
};
const options = { currency: "EUR" };
const states = (raw: Record<string, unknown>, confirmed: string[] = []) =>
  sectionStatesOf(form, raw, options, new Set(confirmed)).map((s) => s.state);

describe("where each part stands", () => {
  it("follows the saved answers, not the button that saved them", () => {
    expect(states({})).toEqual(["not-started", "not-started", "not-started"]);
    expect(states({ registered: "no", "budget.0.item": "Rent" })).toEqual([
      "complete",
      "not-started",
      "in-progress",
    ]);
    expect(
      states({
        registered: "no",
        notes: "",
        "budget.0.item": "Rent",
        "budget.0.amount": "1.500,50",
      }),
    ).toEqual(["complete", "complete", "complete"]);
  });

  it("makes a part unfinished again when another part's answer brings up a question in it", () => {
    expect(states({ registered: "yes", notes: "" })).toEqual([
      "complete",
      "in-progress",
      "not-started",
    ]);
    expect(states({ registered: "yes", notes: "", number: "CH-1234" })).toEqual([
      "complete",
      "complete",
      "not-started",
    ]);
  });

  it("counts a part with nothing to answer as complete once it was saved as such", () => {
    expect(states({ registered: "no" }, ["papers"])).toEqual([
      "complete",
      "complete",
      "not-started",
    ]);
    // …but not when a question shown since needs an answer.
    expect(states({ registered: "yes" }, ["papers"])).toEqual([
      "complete",
      "not-started",
      "not-started",
    ]);
  });
});
