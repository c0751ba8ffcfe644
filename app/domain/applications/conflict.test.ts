import { describe, expect, it } from "vitest";
import type { FormDefinition } from "../forms/definition";
import { conflictCopies } from "./conflict";

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
          maxWords: 50,
          allowRecording: false,
        },
        { id: "name", type: "shortText", label: { en: "Name" }, required: true, maxLength: 50 },
        {
          id: "who",
          type: "multipleChoice",
          label: { en: "Who" },
          required: false,
          choices: [{ value: "women", label: { en: "Women", ar: "النساء" } }],
        },
        {
          id: "budget",
          type: "budgetTable",
          label: { en: "Budget" },
          required: false,
          maxRows: 5,
          capAtPotMaximum: false,
        },
        { id: "registered", type: "yesNo", label: { en: "Registered?" }, required: false },
      ],
    },
  ],
};

describe("conflict copies", () => {
  it("gives back her own text only for the questions that differ from the newer answers", () => {
    const mine = {
      about: "Amina's words",
      name: "Amal",
      who: ["women"],
      "budget.0.item": "Room",
      "budget.0.amount": "100",
    };
    const theirs = { about: "Olena's words", name: "Amal" };
    expect(conflictCopies(form, "group", mine, theirs, "ar")).toEqual([
      { questionId: "about", text: "Amina's words" },
      { questionId: "who", text: "النساء" },
      { questionId: "budget", text: "Room — 100" },
    ]);
  });

  it("gives a yes/no choice as a value the page puts into words", () => {
    expect(
      conflictCopies(form, "group", { registered: "no" }, { registered: "yes" }, "en"),
    ).toEqual([{ questionId: "registered", text: "", yes: false }]);
  });

  it("ignores differences in surrounding spaces and has nothing to show when she typed nothing", () => {
    expect(conflictCopies(form, "group", { name: " Amal " }, { name: "Amal" }, "en")).toEqual([]);
    expect(conflictCopies(form, "group", {}, { about: "Olena's words" }, "en")).toEqual([]);
  });
});
