import { describe, expect, it } from "vitest";
import { checkInStatus, isCheckInWritable } from "./check-in-status";

const due = new Date("2027-03-15T12:00:00Z");
const at = (iso: string) => new Date(iso);
const planned = { kind: "CHECK_IN" as const, dueOn: due, submittedAt: null };

describe("where a check-in stands", () => {
  it("is not due yet, due in the fortnight before, and late after the due day", () => {
    expect(checkInStatus(planned, at("2027-02-01T09:00:00Z"))).toBe("upcoming");
    expect(checkInStatus(planned, at("2027-03-02T09:00:00Z"))).toBe("due");
    expect(checkInStatus(planned, at("2027-03-15T23:00:00Z"))).toBe("due");
    expect(checkInStatus(planned, at("2027-03-16T00:30:00Z"))).toBe("late");
  });

  it("is done once sent, late or not, and a logged conversation is its own kind", () => {
    const sent = { ...planned, submittedAt: at("2027-04-01T09:00:00Z") };
    expect(checkInStatus(sent, at("2027-05-01T09:00:00Z"))).toBe("sent");
    expect(checkInStatus({ ...sent, kind: "CONVERSATION" }, at("2027-05-01T09:00:00Z"))).toBe(
      "conversation",
    );
  });

  it("can be written while the grant runs or has just finished, and never once sent", () => {
    expect(isCheckInWritable(planned, "ACTIVE")).toBe(true);
    expect(isCheckInWritable(planned, "COMPLETED")).toBe(true);
    expect(isCheckInWritable(planned, "OFFERED")).toBe(false);
    expect(isCheckInWritable(planned, "REVOKED")).toBe(false);
    expect(isCheckInWritable(planned, "ENDED_EARLY")).toBe(false);
    expect(isCheckInWritable({ ...planned, submittedAt: due }, "ACTIVE")).toBe(false);
  });
});
