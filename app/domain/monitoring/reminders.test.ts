import { describe, expect, it } from "vitest";
import { reminderDue, reminderKey } from "./reminders";

const DAY = 24 * 60 * 60 * 1000;
const dueOn = new Date("2027-03-15T12:00:00Z");
const checkIn = {
  id: "c1",
  kind: "CHECK_IN" as const,
  dueOn,
  submittedAt: null,
  grantStatus: "ACTIVE",
};
const daysFromDue = (days: number) => new Date(dueOn.getTime() + days * DAY);

describe("check-in reminders", () => {
  it("reminds in the week before the due date, then once three days after it", () => {
    expect(reminderDue(checkIn, daysFromDue(-10))).toBeNull();
    expect(reminderDue(checkIn, daysFromDue(-7))).toBe("before");
    expect(reminderDue(checkIn, daysFromDue(-1))).toBe("before");
    expect(reminderDue(checkIn, daysFromDue(1))).toBeNull();
    expect(reminderDue(checkIn, daysFromDue(3))).toBe("after");
    expect(reminderDue(checkIn, daysFromDue(29))).toBe("after");
    expect(reminderDue(checkIn, daysFromDue(31))).toBeNull();
  });

  it("never reminds about a sent check-in, a conversation, or a grant that ended or was revoked", () => {
    const now = daysFromDue(-2);
    expect(reminderDue({ ...checkIn, submittedAt: now }, now)).toBeNull();
    expect(reminderDue({ ...checkIn, kind: "CONVERSATION" }, now)).toBeNull();
    expect(reminderDue({ ...checkIn, grantStatus: "ENDED_EARLY" }, now)).toBeNull();
    expect(reminderDue({ ...checkIn, grantStatus: "REVOKED" }, now)).toBeNull();
    expect(reminderDue({ ...checkIn, grantStatus: "OFFERED" }, now)).toBeNull();
  });

  it("keys each email by check-in, reminder, due date and person, so a moved date gets its own", () => {
    const key = reminderKey("c1", "before", dueOn, "u1");
    expect(key).toBe("check-in-reminder:c1:before:2027-03-15:u1");
    expect(reminderKey("c1", "before", daysFromDue(14), "u1")).not.toBe(key);
    expect(reminderKey("c1", "after", dueOn, "u1")).not.toBe(key);
  });
});
