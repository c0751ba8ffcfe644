import { describe, expect, it } from "vitest";
import {
  isPermanentFailure,
  MAX_DELIVERY_ATTEMPTS,
  retryDelayMs,
  shouldGiveUp,
} from "./email-delivery";

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

describe("telling a permanent delivery failure from a passing one", () => {
  it.each([
    ["a recipient refused for good", { code: "EENVELOPE", responseCode: 550 }],
    ["a sender refused for good", { code: "EENVELOPE", responseCode: 553 }],
    ["a message refused for good after it was sent", { code: "EMESSAGE", responseCode: 554 }],
  ])("gives up at once on %s", (_label, failure) => {
    expect(isPermanentFailure(failure)).toBe(true);
  });

  it.each([
    ["a recipient's mailbox busy", { code: "EENVELOPE", responseCode: 450 }],
    ["a message deferred after it was sent", { code: "EMESSAGE", responseCode: 451 }],
    ["a refused connection", { code: "ESOCKET" }],
    ["a connection dropped mid-message", { code: "ECONNECTION" }],
    ["a server that never answers", { code: "ETIMEDOUT" }],
    ["wrong credentials, which an operator can fix", { code: "EAUTH", responseCode: 535 }],
    ["a greeting that refuses service", { code: "EPROTOCOL", responseCode: 554 }],
    ["an error with nothing to go on", {}],
    ["a reply code that is not a number", { code: "EENVELOPE", responseCode: "550" }],
  ])("tries again after %s", (_label, failure) => {
    expect(isPermanentFailure(failure)).toBe(false);
  });
});
