import { describe, expect, it } from "vitest";
import { neutralisedCell, neutralisedRow } from "./csv";

describe("cells a spreadsheet could run as a formula", () => {
  it.each(['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])(
    "prefixes %j with an apostrophe",
    (value) => {
      expect(neutralisedCell(value)).toBe(`'${value}`);
    },
  );

  it("leaves ordinary text alone, in any script", () => {
    for (const value of ["Amal Women's Circle", "جمعية النساء", "Good idea = yes", "", "1-2"])
      expect(neutralisedCell(value)).toBe(value);
  });

  it("neutralises the text of a row and keeps numbers, negative ones included, as numbers", () => {
    expect(neutralisedRow(["=1+1", -5, null, "ok"])).toEqual(["'=1+1", -5, null, "ok"]);
  });
});
