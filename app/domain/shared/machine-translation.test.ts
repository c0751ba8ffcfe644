import { describe, expect, it } from "vitest";
import {
  cacheKeyMaterial,
  isUnchanged,
  largestBatch,
  needsTranslation,
  requestedTranslation,
  translationBatches,
  translationCacheKey,
  translationRequests,
} from "./machine-translation";

describe("which texts need translating", () => {
  it("skips texts already in the target language, whatever the region", () => {
    expect(needsTranslation({ text: "Hello", language: "en" }, "en")).toBe(false);
    expect(needsTranslation({ text: "Hello", language: "en-GB" }, "en")).toBe(false);
    expect(needsTranslation({ text: "Hola", language: "es" }, "en")).toBe(true);
  });

  it("skips blank texts, and translates a text whose language nobody recorded", () => {
    expect(needsTranslation({ text: "  \n", language: "ar" }, "en")).toBe(false);
    expect(needsTranslation({ text: "Thanks", language: null }, "en")).toBe(true);
  });

  it("asks each distinct text once, in order, with 'auto' for an unknown language", () => {
    expect(
      translationRequests(
        [
          { text: "مرحبا", language: "ar" },
          { text: "Hello", language: "en" },
          { text: "مرحبا", language: "ar" },
          { text: "Привіт", language: null },
          { text: "مرحبا", language: null },
        ],
        "en",
      ),
    ).toEqual([
      { source: "ar", text: "مرحبا" },
      { source: "auto", text: "Привіт" },
      { source: "auto", text: "مرحبا" },
    ]);
  });
});

describe("the cache key", () => {
  it("is a SHA-256 in hex of source, target and text", async () => {
    const key = await translationCacheKey("ar", "en", "مرحبا");
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await translationCacheKey("ar", "en", "مرحبا")).toBe(key);
  });

  it("differs when any part differs, and no text can pass for a language", async () => {
    const keys = await Promise.all([
      translationCacheKey("ar", "en", "مرحبا"),
      translationCacheKey("ar", "fr", "مرحبا"),
      translationCacheKey("auto", "en", "مرحبا"),
      translationCacheKey("ar", "en", "مرحبا!"),
    ]);
    expect(new Set(keys).size).toBe(4);
    expect(cacheKeyMaterial("en", "fr|x", "y")).not.toBe(cacheKeyMaterial("en|fr", "x", "y"));
  });
});

describe("reading the result", () => {
  it("treats a text given back as it was as needing no translation", () => {
    expect(isUnchanged("Thank you", " Thank you\n")).toBe(true);
    expect(isUnchanged("Gracias", "Thank you")).toBe(false);
  });

  it("accepts ?translate= only for a language the app speaks", () => {
    expect(requestedTranslation("ar")).toBe("ar");
    expect(requestedTranslation("xx")).toBeNull();
    expect(requestedTranslation("")).toBeNull();
    expect(requestedTranslation(null)).toBeNull();
  });
});

describe("sending the requests", () => {
  it("groups texts by source language, sends unknown ones alone, and keeps calls small", () => {
    const requests = [
      { source: "ar", text: "a" },
      { source: "auto", text: "b" },
      { source: "uk", text: "c" },
      { source: "ar", text: "d" },
      { source: "auto", text: "e" },
    ];
    expect(translationBatches(requests)).toEqual([[0, 3], [1], [2], [4]]);

    const many = Array.from({ length: largestBatch + 1 }, (_, index) => ({
      source: "ar",
      text: `${index}`,
    }));
    expect(translationBatches(many).map((batch) => batch.length)).toEqual([largestBatch, 1]);
  });
});
