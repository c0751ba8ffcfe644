import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  REFERENCE_ALPHABET,
  newReference,
  normaliseReference,
  referencePrefix,
  referenceYear,
} from "./reference";

const ambiguous = [..."0O1IL2Z5S8B"];

/** A random source that replays the indexes fast-check chose, wrapped into range. */
const replay = (indexes: number[]) => {
  let i = 0;
  return (n: number) => indexes[i++ % indexes.length]! % n;
};

const slugs = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

describe("application references", () => {
  it("are the scheme's letters, the round's year and a code of unambiguous characters", () => {
    fc.assert(
      fc.property(
        slugs,
        fc.integer({ min: 0, max: 99 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 4, max: 8 }),
        (slug, year, indexes, length) => {
          const reference = newReference(
            { prefix: referencePrefix(slug), year: String(year).padStart(2, "0"), length },
            replay(indexes),
          );
          expect(reference).toMatch(
            new RegExp(`^[A-Z]{2,3}-\\d{2}-[${REFERENCE_ALPHABET}]{${length}}$`),
          );
          const code = reference.split("-")[2]!;
          for (const character of ambiguous) expect(code).not.toContain(character);
        },
      ),
    );
  });

  it("can use every character of the alphabet", () => {
    const seen = new Set<string>();
    for (let i = 0; i < REFERENCE_ALPHABET.length; i++) {
      seen.add(newReference({ prefix: "RIV", year: "27", length: 1 }, () => i).slice(-1));
    }
    expect(seen.size).toBe(REFERENCE_ALPHABET.length);
    for (const character of ambiguous) expect(REFERENCE_ALPHABET).not.toContain(character);
  });

  it("take the first letters of the scheme's slug", () => {
    expect(referencePrefix("riverside-together")).toBe("RIV");
    expect(referencePrefix("2027-dublin-fund")).toBe("DUB");
    expect(referencePrefix("ab")).toBe("AB");
    expect(referencePrefix("123-x")).toBe("WF");
  });

  it("take the year in the scheme's time zone", () => {
    // 31 December 2026, 23:30 in Dublin is already 2027 in Sydney.
    const closes = new Date("2026-12-31T23:30:00Z");
    expect(referenceYear(closes, "Europe/Dublin")).toBe("26");
    expect(referenceYear(closes, "Australia/Sydney")).toBe("27");
  });

  it("are found however they are typed or read back", () => {
    fc.assert(
      fc.property(
        slugs,
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.constantFrom("", " ", "-", "  ", "."),
        fc.boolean(),
        (slug, indexes, separator, lower) => {
          const reference = newReference(
            { prefix: referencePrefix(slug), year: "27" },
            replay(indexes),
          );
          const typed = reference.split("-").join(separator);
          expect(normaliseReference(` ${lower ? typed.toLowerCase() : typed} `)).toBe(reference);
        },
      ),
    );
  });

  it("read Arabic-Indic and Persian digits, and turn away what cannot be a reference", () => {
    expect(normaliseReference("riv ٢٧ ٤kq٩")).toBe("RIV-27-4KQ9");
    expect(normaliseReference("RIV-۲۷-۴KQ۹")).toBe("RIV-27-4KQ9");
    expect(normaliseReference("Amal Women's Circle")).toBeNull();
    expect(normaliseReference("RIV-27-4KO9")).toBeNull();
    expect(normaliseReference("")).toBeNull();
  });
});
