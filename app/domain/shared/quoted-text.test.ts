import { describe, expect, it } from "vitest";
import { quotable } from "./quoted-text";

describe("text quoted in an email", () => {
  it("keeps a name as it was typed", () => {
    expect(quotable("Amal Women's Circle", 80)).toBe("Amal Women's Circle");
    expect(quotable("جمعية أمل", 80)).toBe("جمعية أمل");
  });

  it("is one line, so it cannot start a paragraph of its own", () => {
    expect(quotable("Amina\n\nYour account is locked.\r\nClick below", 80)).toBe(
      "Amina Your account is locked. Click below",
    );
  });

  it("drops invisible direction marks that could reorder the sentence around it", () => {
    expect(quotable("Eve\u202Egnp.exe\u202C", 80)).toBe("Eve gnp.exe");
    expect(quotable("\u2067name\u2069", 80)).toBe("name");
  });

  it("is cut short with an ellipsis, counting characters rather than code units", () => {
    expect(quotable("a".repeat(100), 10)).toBe(`${"a".repeat(9)}…`);
    expect([...quotable("😀".repeat(20), 10)]).toHaveLength(10);
  });
});
