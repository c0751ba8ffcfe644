import { delay, http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import { resetConfigForTests } from "~/services/platform/env.server";

/**
 * A stand-in LibreTranslate for tests: `translationService` answers POST /translate the way
 * the real one does, prefixing each text with its target ("[en] …"), and records what it was
 * asked. The `refuses`, `slow` and `garbled` handlers replace it for one test.
 */
export const TRANSLATION_URL = "http://translate.test";

type Asked = { q: string | string[]; source: string; target: string; api_key?: string };
export const asked: Asked[] = [];

export const translatedAs = (target: string, text: string) => `[${target}] ${text}`;

const translate = http.post(`${TRANSLATION_URL}/translate`, async ({ request }) => {
  const body = (await request.json()) as Asked;
  asked.push(body);
  const answer = (text: string) => translatedAs(body.target, text);
  return HttpResponse.json({
    translatedText: Array.isArray(body.q) ? body.q.map(answer) : answer(body.q),
  });
});

export const refuses = http.post(`${TRANSLATION_URL}/translate`, () =>
  HttpResponse.json({ error: "Too many requests" }, { status: 500 }),
);
export const slow = http.post(`${TRANSLATION_URL}/translate`, async () => {
  await delay(1_000);
  return HttpResponse.json({ translatedText: ["too late"] });
});
export const garbled = http.post(`${TRANSLATION_URL}/translate`, () =>
  HttpResponse.text("<html>Bad gateway</html>", { headers: { "Content-Type": "text/html" } }),
);
export const wrongShape = http.post(`${TRANSLATION_URL}/translate`, () =>
  HttpResponse.json({ translations: [{ text: "hola" }] }),
);

export const translationService = setupServer(translate);

/**
 * Call at the top of a test file: starts the stand-in and configures the app to use it, with a
 * time-out short enough that the `slow` handler runs into it without a test waiting 4 seconds.
 */
export function useTranslationService() {
  beforeAll(() => {
    translationService.listen({ onUnhandledRequest: "error" });
    configureTranslation(true);
  });
  afterEach(() => {
    translationService.resetHandlers();
    asked.length = 0;
  });
  afterAll(() => {
    translationService.close();
    configureTranslation(false);
  });
}

/** Turns the translation service setting on or off for the rest of the test file. */
export function configureTranslation(on: boolean) {
  if (on) {
    process.env.TRANSLATION_URL = TRANSLATION_URL;
    process.env.TRANSLATION_API_KEY = "test-key";
    process.env.TRANSLATION_TIMEOUT_MS = "100";
  } else {
    delete process.env.TRANSLATION_URL;
    delete process.env.TRANSLATION_API_KEY;
    delete process.env.TRANSLATION_TIMEOUT_MS;
  }
  resetConfigForTests();
}
