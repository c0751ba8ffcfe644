import { describe, expect, it } from "vitest";
import { pseudonymCode, pseudonymEmail, pseudonymName } from "./pseudonym";

describe("the pseudonym of an erased account", () => {
  it("is the same every time for the same account", () => {
    expect(pseudonymName("cm4k2q0000abc")).toBe(pseudonymName("cm4k2q0000abc"));
    expect(pseudonymName("cm4k2q0000abc")).toMatch(/^Former user [0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it("differs between accounts", () => {
    const codes = new Set(
      Array.from({ length: 200 }, (_, index) => pseudonymCode(`user-${index}`)),
    );
    expect(codes.size).toBeGreaterThan(195);
  });

  it("gives every account its own address that can never receive mail", () => {
    expect(pseudonymEmail("cmA1")).toBe("erased-cma1@erased.invalid");
    expect(pseudonymEmail("cmA1")).not.toBe(pseudonymEmail("cmA2"));
  });
});
