import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { db } from "~/services/platform/db.server";
import {
  machineTranslationAvailable,
  translateTexts,
  type TranslateInput,
} from "~/services/platform/machine-translation.server";
import { useTestDatabase } from "../support/database";
import { createUser } from "../support/fixtures";
import {
  asked,
  configureTranslation,
  garbled,
  refuses,
  slow,
  translatedAs,
  TRANSLATION_URL,
  translationService,
  useTranslationService,
  wrongShape,
} from "../support/translation-service";

useTestDatabase();
useTranslationService();

let counter = 0;
/** A fresh text each time, so one test's cached translations never answer another's. */
const fresh = (words: string) => `${words} #${(counter += 1)}`;

async function input(texts: TranslateInput["texts"], target = "en"): Promise<TranslateInput> {
  const reader = await createUser("Reader");
  return {
    texts,
    target,
    actorId: reader.id,
    purpose: "form-suggestions",
    entity: { type: "FormVersion", id: `version-${counter}` },
    funderId: null,
  };
}

const auditRows = (entityId: string) =>
  db().auditEvent.findMany({
    where: { action: "common.machine-translation-shown", entityId },
  });

describe("translating texts", () => {
  it("translates each text once, leaves texts already in the reader's language alone, and records one audit event", async () => {
    const arabic = fresh("مرحبا");
    const ukrainian = fresh("Привіт");
    const english = fresh("Hello");
    const request = await input([
      { text: arabic, language: "ar" },
      { text: english, language: "en" },
      { text: ukrainian, language: "uk" },
      { text: arabic, language: "ar" },
    ]);

    const result = await translateTexts(request);

    expect(result).toEqual({
      ok: true,
      texts: [
        translatedAs("en", arabic),
        null,
        translatedAs("en", ukrainian),
        translatedAs("en", arabic),
      ],
    });
    // One call per source language, each text asked once, with the configured key.
    expect(asked).toHaveLength(2);
    expect(asked).toContainEqual({
      q: [arabic],
      source: "ar",
      target: "en",
      format: "text",
      api_key: "test-key",
    });
    const rows = await auditRows(request.entity.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actorId).toBe(request.actorId);
    expect(rows[0]!.detail).toEqual({ purpose: "form-suggestions", count: 3, target: "en" });
  });

  it("answers a text it has translated before from the cache, without asking the service", async () => {
    const text = fresh("Дякую");
    await translateTexts(await input([{ text, language: "uk" }]));
    asked.length = 0;

    const again = await translateTexts(await input([{ text, language: "uk" }]));

    expect(again).toEqual({ ok: true, texts: [translatedAs("en", text)] });
    expect(asked).toEqual([]);
    expect(
      await db().machineTranslation.count({ where: { translatedText: translatedAs("en", text) } }),
    ).toBe(1);
  });

  it("keeps a translation per language pair: the same text into another language is fetched", async () => {
    const text = fresh("Gracias");
    await translateTexts(await input([{ text, language: "es" }], "en"));
    const intoFrench = await translateTexts(await input([{ text, language: "es" }], "fr"));
    expect(intoFrench).toEqual({ ok: true, texts: [translatedAs("fr", text)] });
    expect(asked.map((a) => a.target)).toEqual(["en", "fr"]);
  });

  it("sends each text of unknown language alone with 'auto', and shows nothing for one that comes back unchanged", async () => {
    const changed = fresh("شكرا");
    const alreadyEnglish = fresh("Thank you");
    translationService.use(
      // The service recognises English and gives it back as it was.
      http.post(`${TRANSLATION_URL}/translate`, async ({ request }) => {
        const body = (await request.json()) as { q: string[]; source: string };
        asked.push(body as never);
        return HttpResponse.json({
          translatedText: body.q.map((q) => (q === alreadyEnglish ? q : `translated ${q}`)),
        });
      }),
    );

    const result = await translateTexts(
      await input([
        { text: changed, language: null },
        { text: alreadyEnglish, language: null },
      ]),
    );

    // The service recognises one language per call, so mixed languages must not share one.
    expect(asked.map((a) => [a.source, a.q])).toEqual([
      ["auto", [changed]],
      ["auto", [alreadyEnglish]],
    ]);
    expect(result).toEqual({ ok: true, texts: [`translated ${changed}`, null] });
  });

  it("translates every text of a long page, a few calls at a time", async () => {
    const texts = Array.from({ length: 9 }, () => ({ text: fresh("Hola"), language: null }));
    const result = await translateTexts(await input(texts));
    expect(result).toEqual({ ok: true, texts: texts.map(({ text }) => translatedAs("en", text)) });
    expect(asked).toHaveLength(9);
  });

  it("asks nothing and audits nothing when every text is already in the reader's language", async () => {
    const request = await input([
      { text: fresh("Hello"), language: "en-GB" },
      { text: " ", language: null },
    ]);
    expect(await translateTexts(request)).toEqual({ ok: true, texts: [null, null] });
    expect(asked).toEqual([]);
    expect(await auditRows(request.entity.id)).toEqual([]);
  });
});

describe("when the service cannot help", () => {
  it("says it is unavailable when the service answers with an error", async () => {
    translationService.use(refuses);
    const request = await input([{ text: fresh("مرحبا"), language: "ar" }]);
    expect(await translateTexts(request)).toEqual({
      ok: false,
      reason: "unavailable",
      texts: [null],
    });
    expect(await auditRows(request.entity.id)).toEqual([]);
  });

  it("says it timed out when the service is slower than the time-out", async () => {
    translationService.use(slow);
    const started = Date.now();
    const result = await translateTexts(await input([{ text: fresh("مرحبا"), language: "ar" }]));
    expect(result).toEqual({ ok: false, reason: "timed-out", texts: [null] });
    expect(Date.now() - started).toBeLessThan(900);
  });

  it.each([
    ["the body is not JSON", garbled],
    ["the JSON is not a translation", wrongShape],
  ])("says the answer was unreadable when %s", async (_, handler) => {
    translationService.use(handler);
    expect(await translateTexts(await input([{ text: fresh("مرحبا"), language: "ar" }]))).toEqual({
      ok: false,
      reason: "bad-response",
      texts: [null],
    });
  });

  it("still shows what the cache holds while the service is down, and nothing is cached from a failure", async () => {
    const known = fresh("Привіт");
    const unknown = fresh("Добрий день");
    await translateTexts(await input([{ text: known, language: "uk" }]));
    translationService.use(refuses);

    const request = await input([
      { text: known, language: "uk" },
      { text: unknown, language: "uk" },
    ]);
    const result = await translateTexts(request);

    expect(result).toEqual({
      ok: false,
      reason: "unavailable",
      texts: [translatedAs("en", known), null],
    });
    expect((await auditRows(request.entity.id))[0]!.detail).toMatchObject({ count: 1 });
    expect(
      await db().machineTranslation.count({ where: { translatedText: { contains: unknown } } }),
    ).toBe(0);
  });

  it("keeps what one call brought back when another call fails", async () => {
    const arabic = fresh("مرحبا");
    const ukrainian = fresh("Привіт");
    translationService.use(
      http.post(`${TRANSLATION_URL}/translate`, async ({ request }) => {
        const body = (await request.json()) as { q: string[]; source: string; target: string };
        if (body.source === "uk") return HttpResponse.json({ error: "no model" }, { status: 500 });
        return HttpResponse.json({
          translatedText: body.q.map((q) => translatedAs(body.target, q)),
        });
      }),
    );

    const result = await translateTexts(
      await input([
        { text: arabic, language: "ar" },
        { text: ukrainian, language: "uk" },
      ]),
    );

    expect(result).toEqual({
      ok: false,
      reason: "unavailable",
      texts: [translatedAs("en", arabic), null],
    });
    expect(
      await db().machineTranslation.count({
        where: { translatedText: translatedAs("en", arabic) },
      }),
    ).toBe(1);
  });

  it("is not offered, and asks nothing, when no service is configured", async () => {
    configureTranslation(false);
    try {
      expect(machineTranslationAvailable()).toBe(false);
      expect(await translateTexts(await input([{ text: fresh("مرحبا"), language: "ar" }]))).toEqual(
        {
          ok: false,
          reason: "not-configured",
          texts: [null],
        },
      );
      expect(asked).toEqual([]);
    } finally {
      configureTranslation(true);
    }
    expect(machineTranslationAvailable()).toBe(true);
  });
});
