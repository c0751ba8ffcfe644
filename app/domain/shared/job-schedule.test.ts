import { describe, expect, it } from "vitest";
import { nextRunAfterFailure, nextRunAfterSuccess } from "./job-schedule";

const MINUTE = 60_000;
const start = new Date("2026-12-07T10:00:00Z");
const minutesAfterStart = (date: Date) => (date.getTime() - start.getTime()) / MINUTE;

describe("when a recurring job runs next", () => {
  it("runs one interval after the start of a run that worked", () => {
    expect(minutesAfterStart(nextRunAfterSuccess(start, 15 * MINUTE))).toBe(15);
  });

  it("tries again after half a minute when a run first fails, then waits longer each time", () => {
    const day = 24 * 60 * MINUTE;
    expect(minutesAfterStart(nextRunAfterFailure(start, day, 1))).toBe(0.5);
    expect(minutesAfterStart(nextRunAfterFailure(start, day, 2))).toBe(1);
    expect(minutesAfterStart(nextRunAfterFailure(start, day, 3))).toBe(2);
  });

  it("never waits longer after a failure than the job's own interval", () => {
    expect(minutesAfterStart(nextRunAfterFailure(start, 15 * MINUTE, 20))).toBe(15);
  });
});
