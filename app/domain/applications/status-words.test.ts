import { describe, expect, it } from "vitest";
import { applicationStatuses } from "~/domain/schemes/ledger";
import { statusWords } from "./status-words";

const closesAt = new Date("2027-03-12T17:00:00Z");
const round = { closesAt, decisionAt: null };
const before = new Date("2027-03-01T10:00:00Z");

describe("status in plain words", () => {
  it("tells a draft when the round closes, and after closing that it can no longer be sent", () => {
    expect(statusWords({ status: "DRAFT", submittedAt: null }, round, before)).toEqual({
      key: "applications:status.draft",
      date: closesAt,
      withTime: true,
      tone: "todo",
    });
    expect(statusWords({ status: "DRAFT", submittedAt: null }, round, closesAt)).toMatchObject({
      key: "applications:status.draftClosed",
      tone: "ended",
    });
  });

  it("says when a sent application was sent", () => {
    const sentAt = new Date("2027-03-02T09:30:00Z");
    expect(statusWords({ status: "SUBMITTED", submittedAt: sentAt }, round, before)).toMatchObject({
      key: "applications:status.submitted",
      date: sentAt,
    });
  });

  it("does not reveal a panel recommendation before the decision, and gives the decision date when known", () => {
    const decisionAt = new Date("2027-05-01T00:00:00Z");
    const review = statusWords(
      { status: "IN_REVIEW", submittedAt: before },
      { closesAt, decisionAt },
      before,
    );
    const recommended = statusWords(
      { status: "RECOMMENDED", submittedAt: before },
      { closesAt, decisionAt },
      before,
    );
    expect(recommended).toEqual(review);
    expect(review).toMatchObject({ key: "applications:status.inReviewWithDate", date: decisionAt });
  });

  it("has a sentence for every status", () => {
    const keys = applicationStatuses.map(
      (status) => statusWords({ status, submittedAt: before }, round, before).key,
    );
    expect(keys.every((key) => key.startsWith("applications:status."))).toBe(true);
    expect(new Set(keys).size).toBe(applicationStatuses.length - 1);
  });
});
