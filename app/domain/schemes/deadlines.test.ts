import { describe, expect, it } from "vitest";
import { closesWithin, timeLeft } from "./deadlines";
import { roundPhase } from "./round-phase";

const now = new Date("2027-03-10T12:00:00Z");
const inHours = (hours: number) => new Date(now.getTime() + hours * 60 * 60 * 1000);

describe("time left before a round closes", () => {
  it("counts whole days while at least a day is left, never rounding up", () => {
    expect(timeLeft(inHours(24), now)).toEqual({ unit: "days", count: 1 });
    expect(timeLeft(inHours(47.9), now)).toEqual({ unit: "days", count: 1 });
    expect(timeLeft(inHours(30 * 24 + 5), now)).toEqual({ unit: "days", count: 30 });
  });

  it("counts hours on the last day, then says less than an hour", () => {
    expect(timeLeft(inHours(23.9), now)).toEqual({ unit: "hours", count: 23 });
    expect(timeLeft(inHours(1), now)).toEqual({ unit: "hours", count: 1 });
    expect(timeLeft(inHours(0.5), now)).toEqual({ unit: "lessThanHour" });
  });

  it("is closed from the closing moment on", () => {
    expect(timeLeft(now, now)).toEqual({ unit: "closed" });
    expect(timeLeft(inHours(-3), now)).toEqual({ unit: "closed" });
  });
});

describe("closing soon", () => {
  it("means still open and closing within the given days", () => {
    expect(closesWithin(inHours(7 * 24), now, 7)).toBe(true);
    expect(closesWithin(inHours(7 * 24 + 1), now, 7)).toBe(false);
    expect(closesWithin(inHours(-1), now, 7)).toBe(false);
  });
});

describe("round state", () => {
  it("is upcoming before it opens, open until the closing moment, then closed", () => {
    const round = { opensAt: inHours(1), closesAt: inHours(48) };
    expect(roundPhase(round, now)).toBe("upcoming");
    expect(roundPhase(round, inHours(1))).toBe("open");
    expect(roundPhase(round, inHours(47.99))).toBe("open");
    expect(roundPhase(round, inHours(48))).toBe("closed");
  });
});
