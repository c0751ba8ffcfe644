import { describe, expect, it } from "vitest";
import { funderSlugBase, isCurrencyCode, uniqueSlug } from "./funder-form";

describe("a new funder", () => {
  it("gets an address name from its name, accents and all", () => {
    expect(funderSlugBase("Conseil départemental du Val-d'Oise")).toBe(
      "conseil-departemental-du-val-d-oise",
    );
    expect(funderSlugBase("  Riverside   City Council ")).toBe("riverside-city-council");
    expect(funderSlugBase("مجلس المدينة")).toBe("funder");
  });

  it("never takes an address name already in use", () => {
    expect(uniqueSlug("riverside", new Set())).toBe("riverside");
    expect(uniqueSlug("riverside", new Set(["riverside", "riverside-2"]))).toBe("riverside-3");
  });

  it("takes ISO 4217 currency codes only", () => {
    expect(isCurrencyCode("EUR")).toBe(true);
    expect(isCurrencyCode("UAH")).toBe(true);
    expect(isCurrencyCode("EURO")).toBe(false);
    expect(isCurrencyCode("XYZ")).toBe(false);
    expect(isCurrencyCode("eur")).toBe(false);
  });
});
