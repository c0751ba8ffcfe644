import { describe, expect, it } from "vitest";
import {
  CODE_LENGTH,
  MAX_ATTEMPTS,
  checkCode,
  formatCode,
  looksLikeCode,
  normaliseCode,
  type CodeState,
} from "./one-time-code";

describe("formatting a code", () => {
  it.each([
    [0, "000000"],
    [42, "000042"],
    [123456, "123456"],
    [999999, "999999"],
  ])("shows %i as %s, always six digits", (random, code) => {
    expect(formatCode(random)).toBe(code);
    expect(formatCode(random)).toHaveLength(CODE_LENGTH);
  });
});

describe("reading a typed or pasted code", () => {
  it.each([
    ["123456", "123456"],
    ["123 456", "123456"],
    [" 123-456 ", "123456"],
    ["12 34 56", "123456"],
    ["١٢٣٤٥٦", "123456"],
    ["۱۲۳ ۴۵۶", "123456"],
    ["۰۰۰٠٠٠", "000000"],
  ])("reads %j as %s", (typed, digits) => {
    expect(normaliseCode(typed)).toBe(digits);
    expect(looksLikeCode(normaliseCode(typed))).toBe(true);
  });

  it.each(["", "12345", "1234567", "12a456", "12.456", "١٢٣٤٥٦"])(
    "does not take %j as a code",
    (typed) => {
      expect(looksLikeCode(typed)).toBe(false);
    },
  );
});

describe("checking an attempt", () => {
  const now = new Date("2027-03-01T12:00:00Z");
  const fresh: CodeState = {
    expiresAt: new Date(now.getTime() + 60_000),
    usedAt: null,
    attempts: 0,
  };

  it("accepts the right code while it is fresh", () => {
    expect(checkCode(fresh, true, now)).toBe("valid");
  });

  it("calls a mismatch wrong", () => {
    expect(checkCode(fresh, false, now)).toBe("wrong");
  });

  it("refuses the right code once it has expired, from the expiry moment on", () => {
    expect(checkCode({ ...fresh, expiresAt: now }, true, now)).toBe("expired");
    expect(checkCode({ ...fresh, expiresAt: new Date(now.getTime() - 1) }, true, now)).toBe(
      "expired",
    );
    expect(checkCode({ ...fresh, expiresAt: new Date(now.getTime() + 1) }, true, now)).toBe(
      "valid",
    );
  });

  it("refuses a code that was already used, even when it matches and is fresh", () => {
    expect(checkCode({ ...fresh, usedAt: new Date(now.getTime() - 1000) }, true, now)).toBe("used");
  });

  it(`allows ${MAX_ATTEMPTS} tries in total, then refuses even the right code`, () => {
    expect(checkCode({ ...fresh, attempts: MAX_ATTEMPTS - 1 }, true, now)).toBe("valid");
    expect(checkCode({ ...fresh, attempts: MAX_ATTEMPTS }, true, now)).toBe("too-many-attempts");
    expect(checkCode({ ...fresh, attempts: MAX_ATTEMPTS + 3 }, false, now)).toBe(
      "too-many-attempts",
    );
  });

  it("says 'used' before 'too many attempts' before 'expired'", () => {
    const past = new Date(now.getTime() - 1);
    expect(checkCode({ expiresAt: past, usedAt: past, attempts: MAX_ATTEMPTS }, true, now)).toBe(
      "used",
    );
    expect(checkCode({ expiresAt: past, usedAt: null, attempts: MAX_ATTEMPTS }, true, now)).toBe(
      "too-many-attempts",
    );
  });
});
