import { z } from "zod";
import type { Prisma } from "~/generated/client-sqlite/client";
import type { Locale } from "~/domain/shared/locales";
import {
  cacheKeyMaterial,
  isUnchanged,
  needsTranslation,
  requestedTranslation,
  translationBatches,
  translationCacheKey,
  translationRequests,
  unknownLanguage,
  type MachineTranslationFailure,
  type MachineTranslationPurpose,
  type MachineTranslationView,
  type SourceText,
  type TranslationRequest,
} from "~/domain/shared/machine-translation";
import { audit } from "./audit.server";
import { db, isUniqueViolation } from "./db.server";
import { config } from "./env.server";

/**
 * Machine translation through a LibreTranslate-compatible API (TRANSLATION_URL). Every text is
 * fetched once per source and target language and kept in the MachineTranslation table, which
 * also answers while the service is down. Nothing here throws to a route: a failure is a
 * reason the page turns into a message, and the page shows the originals.
 *
 * Public API: machineTranslationAvailable(), translateTexts() and keptTranslations() (the
 * cache alone). Pages that offer the `?translate=<lng>` link use translationsForPage().
 */

export type TranslateInput = {
  /** The texts, each with the language it was written in (null when unknown). */
  texts: SourceText[];
  /** The reader's language. */
  target: string;
  /** Who is reading (null for a signed-out visitor); recorded in the audit log. */
  actorId: string | null;
  purpose: MachineTranslationPurpose;
  /** The record whose texts are shown, for the audit log. */
  entity: { type: string; id: string };
  funderId?: string | null;
  /**
   * Set when the caller saves the translation and records that in its own audit event, in the
   * same transaction as the save: one action is one event in the log. Otherwise a translation
   * shown to a reader is recorded here.
   */
  auditedByCaller?: boolean;
};

/**
 * `texts` follows the input's order: a translation, or null where the text needed none
 * (blank, already in the target language, or given back unchanged). On failure it still
 * holds every translation the cache had, so a page can show those beside the message.
 */
export type TranslateResult =
  | { ok: true; texts: (string | null)[] }
  | { ok: false; reason: MachineTranslationFailure; texts: (string | null)[] };

/** Whether pages should offer machine translation at all. */
export function machineTranslationAvailable(): boolean {
  return config().translation !== null;
}

export async function translateTexts(input: TranslateInput): Promise<TranslateResult> {
  const service = config().translation;
  if (!service) return { ok: false, reason: "not-configured", texts: input.texts.map(() => null) };

  const requests = translationRequests(input.texts, input.target);
  const keyed = await Promise.all(
    requests.map(async (request) => ({
      ...request,
      key: await translationCacheKey(request.source, input.target, request.text),
    })),
  );
  const found = await cachedTranslations(keyed.map((request) => request.key));
  const missing = keyed.filter((request) => !found.has(request.key));

  let failure: MachineTranslationFailure | null = null;
  if (missing.length > 0) {
    const fetched = await fetchTranslations(service, missing, input.target);
    failure = fetched.failure;
    const arrived = missing.flatMap((request, index) => {
      const translatedText = fetched.texts[index];
      return translatedText === undefined ? [] : [{ ...request, translatedText }];
    });
    await remember(arrived, input.target);
    for (const { key, translatedText } of arrived) found.set(key, translatedText);
  }

  const byText = new Map(
    keyed.map((request) => [
      cacheKeyMaterial(request.source, input.target, request.text),
      found.get(request.key),
    ]),
  );
  const texts = input.texts.map((source) => {
    const material = cacheKeyMaterial(
      source.language ?? unknownLanguage,
      input.target,
      source.text,
    );
    const translation = byText.get(material);
    return translation === undefined || isUnchanged(source.text, translation) ? null : translation;
  });

  const shown = texts.filter((text) => text !== null).length;
  if (shown > 0 && !input.auditedByCaller) await recordUse(input, shown);
  return failure ? { ok: false, reason: failure, texts } : { ok: true, texts };
}

/**
 * What each text was machine-translated into `target` before, from the cache alone: the service
 * is not asked and nothing is recorded, as no one is shown a translation. Null where the cache
 * holds none, or the text needs no translation.
 */
export async function keptTranslations(
  texts: SourceText[],
  target: string,
): Promise<(string | null)[]> {
  const keys = await Promise.all(
    texts.map((source) =>
      needsTranslation(source, target)
        ? translationCacheKey(source.language ?? unknownLanguage, target, source.text)
        : null,
    ),
  );
  const found = await cachedTranslations(keys.filter((key) => key !== null));
  return keys.map((key) => (key === null ? null : (found.get(key) ?? null)));
}

/**
 * For a page that shows originals and offers "Show in <language> (machine translation)": reads
 * `?translate=<lng>` from the address, translates only when it is there, and returns what the
 * shared MachineTranslationToggle and TranslatableText components need.
 */
export async function translationsForPage(
  request: Request,
  input: Omit<TranslateInput, "target"> & { readerLocale: Locale },
): Promise<{ machineTranslation: MachineTranslationView; translations: (string | null)[] }> {
  const none = input.texts.map(() => null);
  const asked = requestedTranslation(new URL(request.url).searchParams.get("translate"));
  const target = asked ?? input.readerLocale;
  if (!machineTranslationAvailable() || translationRequests(input.texts, target).length === 0)
    return { machineTranslation: null, translations: none };
  if (!asked)
    return { machineTranslation: { target, active: false, failure: null }, translations: none };
  const result = await translateTexts({ ...input, target });
  return {
    machineTranslation: { target, active: true, failure: result.ok ? null : result.reason },
    translations: result.texts,
  };
}

async function cachedTranslations(keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await db().machineTranslation.findMany({
    where: { key: { in: keys } },
    select: { key: true, translatedText: true },
  });
  return new Map(rows.map((row) => [row.key, row.translatedText]));
}

async function remember(
  translations: { key: string; source: string; translatedText: string }[],
  target: string,
) {
  for (const { key, source, translatedText } of translations) {
    try {
      await db().machineTranslation.create({
        data: { key, sourceLanguage: source, targetLanguage: target, translatedText },
      });
    } catch (error) {
      // Another page view fetched the same text meanwhile; its copy is as good as ours.
      if (!isUniqueViolation(error)) throw error;
    }
  }
}

async function recordUse(input: TranslateInput, count: number) {
  const detail: Prisma.InputJsonValue = { purpose: input.purpose, count, target: input.target };
  await db().$transaction((tx) =>
    audit(tx, {
      actorId: input.actorId,
      action: "common.machine-translation-shown",
      entity: input.entity,
      funderId: input.funderId ?? null,
      detail,
    }),
  );
}

// LibreTranslate answers a list of texts with a list, and a single text with a string.
const answer = z.object({ translatedText: z.union([z.string(), z.array(z.string())]) });

type Fetched = { ok: true; texts: string[] } | { ok: false; reason: MachineTranslationFailure };

/** Calls at once to the service, so a page with many texts of unknown language does not flood it. */
const parallelCalls = 4;

/**
 * Sends the batches, a few at a time, under one time-out for the whole page. A batch that
 * fails leaves its texts undefined; the others still count, and the first failure is reported.
 */
async function fetchTranslations(
  service: { url: string; apiKey: string | null; timeoutMs: number },
  requests: TranslationRequest[],
  target: string,
): Promise<{ texts: (string | undefined)[]; failure: MachineTranslationFailure | null }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), service.timeoutMs);
  const texts = new Array<string | undefined>(requests.length);
  let failure: MachineTranslationFailure | null = null;
  const queue = translationBatches(requests);
  const worker = async () => {
    for (let indexes = queue.shift(); indexes; indexes = queue.shift()) {
      const result = await fetchBatch(
        service,
        requests[indexes[0]!]!.source,
        target,
        indexes.map((index) => requests[index]!.text),
        controller.signal,
      );
      if (result.ok) indexes.forEach((index, position) => (texts[index] = result.texts[position]));
      else failure ??= result.reason;
    }
  };
  try {
    await Promise.all(Array.from({ length: parallelCalls }, worker));
  } finally {
    clearTimeout(timer);
  }
  return { texts, failure };
}

async function fetchBatch(
  service: { url: string; apiKey: string | null },
  source: string,
  target: string,
  texts: string[],
  signal: AbortSignal,
): Promise<Fetched> {
  let body: unknown;
  try {
    const response = await fetch(`${service.url}/translate`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({
        q: texts,
        source,
        target,
        format: "text",
        ...(service.apiKey ? { api_key: service.apiKey } : {}),
      }),
      signal,
    });
    if (!response.ok) return { ok: false, reason: "unavailable" };
    body = await response.json();
  } catch (error) {
    if (signal.aborted) return { ok: false, reason: "timed-out" };
    return { ok: false, reason: error instanceof SyntaxError ? "bad-response" : "unavailable" };
  }
  const parsed = answer.safeParse(body);
  if (!parsed.success) return { ok: false, reason: "bad-response" };
  const translated = parsed.data.translatedText;
  const list = typeof translated === "string" ? [translated] : translated;
  if (list.length !== texts.length) return { ok: false, reason: "bad-response" };
  return { ok: true, texts: list };
}
