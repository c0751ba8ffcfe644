import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMoney, parseMoney, shareOf, toInputValue } from "./money";

describe("money", () => {
  it("never sets aside more than the budget when pots take shares of it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000_000 }),
        fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 8 }).filter((shares) => shares.reduce((a, b) => a + b, 0) <= 10_000),
        (budget, shares) => {
          const total = shares.reduce((sum, share) => sum + shareOf(budget, share), 0);
          expect(total).toBeLessThanOrEqual(budget);
          expect(budget - total).toBeLessThanOrEqual(Math.ceil((budget * (10_000 - shares.reduce((a, b) => a + b, 0))) / 10_000) + shares.length);
        },
      ),
    );
  });

  it.each([
    ["1250", 125_000],
    ["1 250", 125_000],
    ["1,250", 125_000],
    ["1.250", 125_000],
    ["1,250.50", 125_050],
    ["1.250,50", 125_050],
    ["12.5", 1_250],
    ["€ 300", 30_000],
    ["١٢٥٠", 125_000],
    ["۱۲۵۰٫۵", 125_050],
  ])("reads %s as %i cents", (typed, minor) => {
    expect(parseMoney(typed, "EUR")).toBe(minor);
  });

  it.each(["", "abc", "12.345.6x", "-5", "1.2.3,4,5", "99999999999"])("refuses %j", (typed) => {
    expect(parseMoney(typed, "EUR")).toBeNull();
  });

  it("round-trips what it shows in a form", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), (minor) => {
        expect(parseMoney(toInputValue(minor, "EUR"), "EUR")).toBe(minor);
      }),
    );
  });

  it("formats for the reader's locale", () => {
    expect(formatMoney(5_000_000, "EUR", "en")).toBe("€50,000");
    expect(formatMoney(125_050, "EUR", "fr")).toBe("1\u202f250,50\u00a0€");
  });
});
