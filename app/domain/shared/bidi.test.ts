import { describe, expect, it } from "vitest";
import { isolate, isolateIn } from "./bidi";

describe("isolate", () => {
  it("wraps a value in first-strong isolate marks, leaving the text itself alone", () => {
    expect(isolate("amina@example.org")).toBe("\u2068amina@example.org\u2069");
    expect(isolate("حلقة النور").slice(1, -1)).toBe("حلقة النور");
  });
});

describe("isolating a value for a sentence", () => {
  it("isolates every value inside right-to-left text, Latin names and numbers included", () => {
    expect(isolateIn("2027 review panel", "rtl")).toBe("\u20682027 review panel\u2069");
    expect(isolateIn("۵", "rtl")).toBe("\u2068۵\u2069");
    expect(isolateIn("حلقة النور", "rtl")).toBe("\u2068حلقة النور\u2069");
  });

  it("isolates only right-to-left values inside left-to-right text, where nothing else can move", () => {
    expect(isolateIn("حلقة النور", "ltr")).toBe("\u2068حلقة النور\u2069");
    expect(isolateIn("٣ أيام", "ltr")).toBe("\u2068٣ أيام\u2069");
    expect(isolateIn("Amal Women's Circle", "ltr")).toBe("Amal Women's Circle");
    expect(isolateIn("amina@example.org", "ltr")).toBe("amina@example.org");
  });

  it("never isolates twice, and leaves a value that only starts and ends with isolates alone no longer", () => {
    expect(isolateIn(isolate("Amal"), "rtl")).toBe(isolate("Amal"));
    expect(isolateIn(`${isolate("a")} and ${isolate("b")}`, "rtl")).toBe(
      isolate(`${isolate("a")} and ${isolate("b")}`),
    );
  });

  it("keeps a web address bare, so mail programs do not take a mark into the link", () => {
    expect(isolateIn("https://grants.example.org/a/b?c=1", "rtl")).toBe(
      "https://grants.example.org/a/b?c=1",
    );
    expect(isolateIn("", "rtl")).toBe("");
  });
});
