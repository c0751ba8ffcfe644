import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { readingScenario, readingVisits, type ReadingPage } from "../support/panel-reading";
import {
  asked,
  refuses,
  translatedAs,
  translationService,
  useTranslationService,
} from "../support/translation-service";

useTestDatabase();
useTranslationService();

const { read } = readingVisits();
let s: Awaited<ReturnType<typeof readingScenario>>;
const ukrainianAnswer = "Нас 40 жінок";

beforeAll(async () => {
  s = await readingScenario();
});

const textRows = (page: ReadingPage) =>
  page.sections.flatMap((section) => section.rows).filter((row) => row.value.kind === "text");

describe("reading an application with a machine translation", () => {
  it("offers a translation into the reader's language and shows none until she asks", async () => {
    const page = (await read("maria@example.org", s.panelId, s.association.id)) as ReadingPage;
    expect(page.machineTranslation).toMatchObject({ active: false, failure: null });
    expect(Object.values(page.translatedAnswers).every((text) => text === null)).toBe(true);
  });

  it("translates the written answers from the application's language, keeps the originals, and audits it", async () => {
    asked.length = 0;
    const page = (await read(
      "maria@example.org",
      s.panelId,
      s.association.id,
      "?translate=es",
    )) as ReadingPage;
    expect(page.machineTranslation).toMatchObject({ target: "es", active: true, failure: null });
    const people = textRows(page).find((row) => row.questionId === "group-people")!;
    expect(people.value).toMatchObject({ kind: "text" });
    const original = (people.value as { text: string }).text;
    expect(original).toContain(ukrainianAnswer);
    expect(page.translatedAnswers["group-people"]).toBe(translatedAs("es", original));
    expect(asked.every((request) => request.source === "uk" && request.target === "es")).toBe(true);
    const audit = await db().auditEvent.findFirst({
      where: { action: "common.machine-translation-shown", entityId: s.association.id },
    });
    expect(audit?.detail).toMatchObject({ purpose: "application-answers", target: "es" });
  });

  it("fetches each answer once: a second reader in the same language gets the cached text", async () => {
    asked.length = 0;
    await read("maria@example.org", s.panelId, s.association.id, "?translate=es");
    expect(asked).toEqual([]);
  });

  it("says so when the service refuses, and shows the originals", async () => {
    translationService.use(refuses);
    const page = (await read(
      "maria@example.org",
      s.panelId,
      s.association.id,
      "?translate=fr",
    )) as ReadingPage;
    expect(page.machineTranslation).toMatchObject({ active: true, failure: "unavailable" });
    expect(Object.values(page.translatedAnswers).every((text) => text === null)).toBe(true);
    expect(textRows(page).length).toBeGreaterThan(0);
  });
});
