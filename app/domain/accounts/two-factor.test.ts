import { describe, expect, it } from "vitest";
import {
  RECOVERY_CODE_BYTES,
  formatRecoveryCode,
  groupInFours,
  mustUseTwoFactor,
  normaliseRecoveryCode,
  readSecondFactor,
} from "./two-factor";

const bytes = (values: number[]) => Uint8Array.from(values);

describe("the key shown for typing by hand", () => {
  it("is grouped in fours", () => {
    expect(groupInFours("JBSWY3DPEHPK3PXPJBSWY3DP")).toBe("JBSW Y3DP EHPK 3PXP JBSW Y3DP");
    expect(groupInFours("ABCDEF")).toBe("ABCD EF");
  });
});

describe("recovery codes", () => {
  it("are three groups of four characters none of which can be misread", () => {
    const code = formatRecoveryCode(
      bytes(Array.from({ length: RECOVERY_CODE_BYTES }, (_, i) => i * 21)),
    );
    expect(code).toMatch(/^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$/);
    expect(code).not.toMatch(/[ilou]/);
  });

  it("use every byte value evenly: 256 values over 32 characters", () => {
    const all = formatRecoveryCode(bytes([0, 31, 32, 63, 255, 224, 1, 33, 2, 34, 3, 35]));
    expect(all).toBe("0z0z-z011-2233");
  });

  it("refuse too few random bytes rather than make a short code", () => {
    expect(() => formatRecoveryCode(bytes([1, 2, 3]))).toThrow();
  });

  it("are read back however she types them", () => {
    expect(normaliseRecoveryCode(" K7MP-2XQR 9HDW ")).toBe("k7mp2xqr9hdw");
    expect(normaliseRecoveryCode("k7mp-2xqr-9hdO")).toBe("k7mp2xqr9hd0");
    expect(normaliseRecoveryCode("IL00")).toBe("1100");
  });
});

describe("reading what she typed in the code field", () => {
  it("takes six digits as a code from the app, in any digits and with spaces", () => {
    expect(readSecondFactor("123 456")).toEqual({ kind: "app", code: "123456" });
    expect(readSecondFactor("١٢٣٤٥٦")).toEqual({ kind: "app", code: "123456" });
    expect(readSecondFactor("۱۲۳۴۵۶")).toEqual({ kind: "app", code: "123456" });
  });

  it("takes twelve letters and digits as a recovery code", () => {
    expect(readSecondFactor("K7MP-2XQR-9HDW")).toEqual({ kind: "recovery", code: "k7mp2xqr9hdw" });
  });

  it("says when it is neither", () => {
    for (const typed of ["", "12345", "1234567", "k7mp-2xqr", "hello"])
      expect(readSecondFactor(typed), typed).toEqual({ kind: "unreadable" });
  });
});

describe("who must use two-factor sign-in", () => {
  it("is platform admins outside demo mode, and anyone a funder requires it of", () => {
    expect(mustUseTwoFactor({ isPlatformAdmin: true, requiredByFunders: 0 }, false)).toBe(true);
    expect(mustUseTwoFactor({ isPlatformAdmin: true, requiredByFunders: 0 }, true)).toBe(false);
    expect(mustUseTwoFactor({ isPlatformAdmin: false, requiredByFunders: 1 }, true)).toBe(true);
    expect(mustUseTwoFactor({ isPlatformAdmin: false, requiredByFunders: 0 }, false)).toBe(false);
  });
});
