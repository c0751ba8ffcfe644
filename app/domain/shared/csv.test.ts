import { describe, expect, it } from "vitest";
import { neutralisedCell, toCsv } from "./csv";

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
});

describe("the file", () => {
  it("quotes commas, quotes and line breaks, and neutralises formulas inside quotes too", () => {
    const csv = toCsv([
      ["name", "note", "amount"],
      ['Circle, "Amal"', "line one\nline two", 1500],
      ["=1+1", null, -5],
    ]);
    expect(csv).toBe(
      '\uFEFFname,note,amount\r\n"Circle, ""Amal""","line one\nline two",1500\r\n\'=1+1,,-5\r\n',
    );
  });

  it("keeps leading spaces by quoting them", () => {
    expect(toCsv([[" indented"]])).toBe('\uFEFF" indented"\r\n');
  });
});
