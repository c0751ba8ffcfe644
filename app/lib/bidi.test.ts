import { describe, expect, it } from "vitest";
import { isolate } from "./bidi";

describe("isolate", () => {
  it("wraps a value in first-strong isolate marks, leaving the text itself alone", () => {
    expect(isolate("amina@example.org")).toBe("\u2068amina@example.org\u2069");
    expect(isolate("حلقة النور").slice(1, -1)).toBe("حلقة النور");
  });
});
