import { describe, expect, it } from "vitest";
import {
  checkDecision,
  decisionPath,
  feedbackLanguages,
  outcomesFor,
  withFeedback,
  type DecisionForm,
} from "./decisions";

const limits = {
  requestedMinor: 400_000,
  minGrantMinor: 100_000,
  maxGrantMinor: 300_000,
  currency: "GBP",
};
const money = (minor: number) => `£${minor / 100}`;
const form = (overrides: Partial<DecisionForm>): DecisionForm => ({
  outcome: "AWARD",
  amount: "2500",
  feedbackLanguage: "en",
  revision: 0,
  intent: "save",
  feedbackChecked: false,
  ...overrides,
});
const errorsOf = (input: Partial<DecisionForm>, own = limits) => {
  const result = checkDecision(form(input), own, money);
  return result.ok ? {} : result.errors;
};

describe("checking a decision", () => {
  it("accepts an award within the request and the pot's limits, in minor units", () => {
    const result = checkDecision(form({ amount: "2,500.50" }), limits, money);
    expect(result).toEqual({
      ok: true,
      draft: expect.objectContaining({ outcome: "AWARD", amountMinor: 250_050 }),
    });
  });

  it("refuses an award above what the group asked for, saying how much that was", () => {
    expect(errorsOf({ amount: "2500" }, { ...limits, requestedMinor: 200_000 })).toEqual({
      amount: { key: "panels:decision.errors.aboveRequest", values: { requested: "£2000" } },
    });
  });

  it("refuses an award outside the pot's grant limits", () => {
    expect(errorsOf({ amount: "500" }).amount?.key).toBe("panels:decision.errors.outsideLimits");
    expect(errorsOf({ amount: "3500" }).amount?.key).toBe("panels:decision.errors.outsideLimits");
  });

  it("needs an amount in numbers for an award, and none for a decline or waiting list", () => {
    expect(errorsOf({ amount: "" }).amount?.key).toBe("panels:decision.errors.amountRequired");
    expect(errorsOf({ amount: "lots" }).amount?.key).toBe("panels:decision.errors.amountInvalid");
    const waitlist = checkDecision(form({ outcome: "WAITLIST", amount: "lots" }), limits, money);
    expect(waitlist).toEqual({
      ok: true,
      draft: expect.objectContaining({ outcome: "WAITLIST", amountMinor: null }),
    });
  });

  it("asks for feedback on a decline, never leaving a group without a word", () => {
    expect(errorsOf({ outcome: "DECLINE", feedback: "" })).toEqual({
      feedback: { key: "panels:decision.errors.feedbackRequired" },
    });
    expect(errorsOf({ outcome: "DECLINE", feedback: "Too little about who takes part." })).toEqual(
      {},
    );
  });
});

describe("feedback kept per language", () => {
  it("replaces one language's text and keeps the others", () => {
    const first = withFeedback(null, "en", "Strong plan.");
    const both = withFeedback(first, "ar", "خطة قوية.");
    expect(withFeedback(both, "en", "A strong plan.")).toEqual({
      en: "A strong plan.",
      ar: "خطة قوية.",
    });
    expect(feedbackLanguages(both)).toEqual(["en", "ar"]);
  });
});

describe("where a confirmed decision takes an application", () => {
  const context = { now: new Date("2027-05-01"), closesAt: new Date("2027-03-01") };

  it("moves an application in review straight to its outcome", () => {
    expect(decisionPath("IN_REVIEW", "AWARD", context)).toEqual(["AWARDED"]);
    expect(decisionPath("IN_REVIEW", "DECLINE", context)).toEqual(["DECLINED"]);
  });

  it("puts a sent application into review first, as the state machine has it", () => {
    expect(decisionPath("SUBMITTED", "WAITLIST", context)).toEqual(["IN_REVIEW", "WAITLISTED"]);
  });

  it("lets a waiting-list place become an award, and nothing else once confirmed", () => {
    expect(decisionPath("WAITLISTED", "AWARD", context)).toEqual(["AWARDED"]);
    expect(decisionPath("DECLINED", "AWARD", context)).toBeNull();
    expect(outcomesFor({ confirmedAt: new Date(), outcome: "WAITLIST" })).toEqual(["AWARD"]);
    expect(outcomesFor(null)).toEqual(["AWARD", "DECLINE", "WAITLIST"]);
  });
});
