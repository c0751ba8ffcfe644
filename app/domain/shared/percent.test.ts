import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePercent, percentInputValue } from "./percent";

describe("percentages typed by funders", () => {
  it.each([
    ["60", 6000],
    ["60%", 6000],
    ["60 %", 6000],
    ["12.5", 1250],
    ["12,5", 1250],
    ["0.25", 25],
    ["100", 10_000],
    ["٦٠", 6000],
    ["۱۲٫۵", 1250],
    ["٪٦٠", 6000],
  ])("reads %j as %i basis points", (typed, basisPoints) => {
    expect(parsePercent(typed)).toBe(basisPoints);
  });

  it.each(["", "abc", "-5", "12.345", "1,000", "5000", "1.2.3"])("refuses %j", (typed) => {
    expect(parsePercent(typed)).toBeNull();
  });

  it("reads back what it writes into a form", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (basisPoints) => {
        expect(parsePercent(percentInputValue(basisPoints))).toBe(basisPoints);
      }),
    );
  });
});
