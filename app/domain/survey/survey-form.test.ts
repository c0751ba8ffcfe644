import { describe, expect, it } from "vitest";
import { answeredOnDay, surveySchema } from "./survey-form";

describe("the survey form", () => {
  it("needs every scale answered from 1 to 5, each with its own message", () => {
    const parsed = surveySchema.safeParse({ applying: "", reporting: "6", relationship: "x" });
    expect(parsed.success).toBe(false);
    const messages = Object.fromEntries(
      parsed.error!.issues.map((issue) => [issue.path[0], issue.message]),
    );
    expect(messages).toEqual({
      applying: "survey:form.errors.applying",
      reporting: "survey:form.errors.reporting",
      relationship: "survey:form.errors.relationship",
    });
  });

  it("keeps a free text and drops a blank one", () => {
    const answers = { applying: "1", reporting: "3", relationship: "5" };
    expect(surveySchema.parse({ ...answers, comment: "  Less paperwork please " }).comment).toBe(
      "Less paperwork please",
    );
    expect(surveySchema.parse({ ...answers, comment: " " }).comment).toBeUndefined();
  });

  it("keeps only the day of answering", () => {
    expect(answeredOnDay(new Date("2026-12-07T18:45:09.123Z")).toISOString()).toBe(
      "2026-12-07T00:00:00.000Z",
    );
  });
});
