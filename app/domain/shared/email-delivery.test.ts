import { describe, expect, it } from "vitest";
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs, shouldGiveUp } from "./email-delivery";

describe("retrying a failed email delivery", () => {
  it.each([
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [4, 240_000],
    [7, 1_920_000],
  ])("waits after failure %i for %i ms", (attempts, delay) => {
    expect(retryDelayMs(attempts)).toBe(delay);
  });

  it("never waits less than 30 seconds, even for a nonsense attempt count", () => {
    expect(retryDelayMs(0)).toBe(30_000);
    expect(retryDelayMs(-3)).toBe(30_000);
  });

  it("never waits more than an hour", () => {
    expect(retryDelayMs(8)).toBe(60 * 60 * 1000);
    expect(retryDelayMs(50)).toBe(60 * 60 * 1000);
    expect(retryDelayMs(5000)).toBe(60 * 60 * 1000);
  });

  it("waits at least as long after each further failure", () => {
    for (let attempts = 1; attempts < 20; attempts++) {
      expect(retryDelayMs(attempts + 1)).toBeGreaterThanOrEqual(retryDelayMs(attempts));
    }
  });

  it(`gives up after ${MAX_DELIVERY_ATTEMPTS} attempts, not before`, () => {
    expect(MAX_DELIVERY_ATTEMPTS).toBe(8);
    expect(shouldGiveUp(MAX_DELIVERY_ATTEMPTS - 1)).toBe(false);
    expect(shouldGiveUp(MAX_DELIVERY_ATTEMPTS)).toBe(true);
    expect(shouldGiveUp(MAX_DELIVERY_ATTEMPTS + 1)).toBe(true);
    expect(shouldGiveUp(0)).toBe(false);
  });
});
