import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMoney, parseMoney, shareOf, toInputValue } from "./money";

describe("money", () => {
  it("never sets aside more than the budget when pots take shares of it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000_000 }),
        fc
          .array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 8 })
          .filter((shares) => shares.reduce((a, b) => a + b, 0) <= 10_000),
        (budget, shares) => {
          const total = shares.reduce((sum, share) => sum + shareOf(budget, share), 0);
          expect(total).toBeLessThanOrEqual(budget);
          expect(budget - total).toBeLessThanOrEqual(
            Math.ceil((budget * (10_000 - shares.reduce((a, b) => a + b, 0))) / 10_000) +
              shares.length,
          );
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

  const shippedLocales = ["en", "ar", "fa", "uk", "es", "fr"];
  const amounts = fc.integer({ min: 0, max: 2_000_000_000 });

  it.each(shippedLocales)(
    "reads back any amount as %s shows it, with or without the currency",
    (locale) => {
      fc.assert(
        fc.property(amounts, fc.constantFrom("EUR", "GBP", "USD", "UAH"), (minor, currency) => {
          const digits = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
          const plain = new Intl.NumberFormat(locale, digits).format(minor / 100);
          expect(parseMoney(formatMoney(minor, currency, locale), currency, locale)).toBe(minor);
          expect(parseMoney(plain, currency, locale)).toBe(minor);
        }),
      );
    },
  );

  it.each(shippedLocales)("reads Latin, Arabic-Indic and Persian digits alike in %s", (locale) => {
    fc.assert(
      fc.property(amounts, (minor) => {
        const written = ["latn", "arab", "arabext"].map((numberingSystem) =>
          parseMoney(
            new Intl.NumberFormat(`${locale}-u-nu-${numberingSystem}`, {
              style: "currency",
              currency: "EUR",
            }).format(minor / 100),
            "EUR",
            locale,
          ),
        );
        expect(written).toEqual([minor, minor, minor]);
      }),
    );
  });

  it.each(shippedLocales)("reads 1.500,50 and 1,500.50 the same in %s", (locale) => {
    expect(parseMoney("1.500,50", "EUR", locale)).toBe(150_050);
    expect(parseMoney("1,500.50", "EUR", locale)).toBe(150_050);
    expect(parseMoney("١٬٥٠٠٫٥٠", "EUR", locale)).toBe(150_050);
  });

  it("lets the reader's locale decide only when both readings are amounts", () => {
    // Cents never have three digits, so "1.500" euros is fifteen hundred in every language…
    expect(shippedLocales.map((locale) => parseMoney("1.500", "EUR", locale))).toEqual(
      shippedLocales.map(() => 150_000),
    );
    // …but a dinar has a thousand fils, and then the reader's habit decides.
    expect(parseMoney("1.500", "KWD", "en")).toBe(1_500);
    expect(parseMoney("1.500", "KWD", "es")).toBe(1_500_000);
    expect(parseMoney("1,500", "KWD", "fr")).toBe(1_500);
  });

  it("never takes an Arabic mark for the other one", () => {
    expect(parseMoney("۱٫۵۰۰", "EUR", "fa")).toBeNull();
    expect(parseMoney("1٬50", "EUR", "ar")).toBeNull();
  });

  it("formats for the reader's locale", () => {
    expect(formatMoney(5_000_000, "EUR", "en")).toBe("€50,000");
    expect(formatMoney(125_050, "EUR", "fr")).toBe("1\u202f250,50\u00a0€");
  });
});
