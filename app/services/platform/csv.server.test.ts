import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.server";

describe("a CSV file", () => {
  it("quotes commas, quotes and line breaks, and neutralises formulas inside quoted cells too", () => {
    const csv = toCsv([
      ["name", "note", "amount"],
      ['Circle, "Amal"', "line one\nline two", 1500],
      ["=1+1", null, -5],
      ['=HYPERLINK("http://x","y")', "", 0],
    ]);
    expect(csv).toBe(
      '\uFEFFname,note,amount\r\n"Circle, ""Amal""","line one\nline two",1500\r\n\'=1+1,,-5\r\n"\'=HYPERLINK(""http://x"",""y"")",,0\r\n',
    );
  });
});
