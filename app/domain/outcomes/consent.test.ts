import { describe, expect, it } from "vitest";
import { mayAppear } from "./consent";

describe("how far a story or photo may travel", () => {
  it("keeps content without recorded consent to the funder's own reading", () => {
    expect(mayAppear(null, "staff")).toBe(true);
    expect(mayAppear(null, "reports")).toBe(false);
    expect(mayAppear(undefined, "public")).toBe(false);
  });

  it("lets each consent reach its audience and no further", () => {
    expect(mayAppear("FUNDER_ONLY", "reports")).toBe(false);
    expect(mayAppear("FUNDER_REPORTS", "reports")).toBe(true);
    expect(mayAppear("FUNDER_REPORTS", "public")).toBe(false);
    expect(mayAppear("PUBLIC", "public")).toBe(true);
  });
});
