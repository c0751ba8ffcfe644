import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { loader as consultationPage } from "~/routes/consultations.$versionId";
import {
  action as answerSuggestion,
  loader as suggestionsPage,
} from "~/routes/fund.$funderId.schemes.$schemeId.forms.$versionId.suggestions";
import { loader as youSaidWeDidPage } from "~/routes/schemes.$slug.forms.$version";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { createOpenRound, createUser } from "../support/fixtures";
import { expectStatus } from "../support/panels";
import { makeRequest, run, signedInCookie } from "../support/requests";
import {
  asked,
  configureTranslation,
  refuses,
  translatedAs,
  translationService,
  useTranslationService,
} from "../support/translation-service";

useTestDatabase();
useTranslationService();

const arabic = "أقترح أن يكون السؤال أقصر";
const ukrainian = "Додайте питання про догляд за дітьми";
const englishReply = "Thank you, we shortened it.";

let setup: Awaited<ReturnType<typeof createOpenRound>>;
let staffCookie: string;
let aminaCookie: string;

beforeAll(async () => {
  setup = await createOpenRound();
  staffCookie = await signedInCookie(setup.staff.id);
  aminaCookie = await signedInCookie(setup.owner.id);
  await db().workingGroupMember.create({
    data: {
      schemeId: setup.scheme.id,
      email: setup.owner.email,
      userId: setup.owner.id,
      tokenHash: randomBytes(16).toString("hex"),
      locale: "ar",
      expiresAt: new Date(Date.now() + 86_400_000),
      acceptedAt: new Date(),
    },
  });
  await db().formSuggestion.createMany({
    data: [
      {
        formVersionId: setup.form.id,
        authorId: setup.owner.id,
        kind: "COMMENT",
        locale: "ar",
        text: arabic,
        status: "ACCEPTED",
        reply: englishReply,
        repliedById: setup.staff.id,
        repliedAt: new Date(),
        createdAt: new Date(Date.now() - 2000),
      },
      {
        formVersionId: setup.form.id,
        authorId: setup.colleague.id,
        kind: "NEW_QUESTION",
        locale: "uk",
        text: ukrainian,
        createdAt: new Date(Date.now() - 1000),
      },
    ],
  });
});

const suggestionsPath = (query = "") =>
  `/fund/${setup.funder.id}/schemes/${setup.scheme.id}/forms/${setup.form.id}/suggestions${query}`;
const suggestionParams = () => ({
  funderId: setup.funder.id,
  schemeId: setup.scheme.id,
  versionId: setup.form.id,
});
type SuggestionsPage = Awaited<ReturnType<typeof suggestionsPage>>;
type PublicPage = Awaited<ReturnType<typeof youSaidWeDidPage>>;
type ConsultationPage = Awaited<ReturnType<typeof consultationPage>>;

async function staffReads(query: string, cookie = staffCookie) {
  return run(
    suggestionsPage as never,
    makeRequest(suggestionsPath(query), { cookie }),
    suggestionParams(),
  ) as Promise<SuggestionsPage | Response>;
}

const shownEvents = () =>
  db().auditEvent.findMany({
    where: { action: "common.machine-translation-shown", entityId: setup.form.id },
    orderBy: { createdAt: "asc" },
  });

describe("staff reading co-design suggestions", () => {
  it("shows originals and offers a translation into the reader's language, without asking the service", async () => {
    const page = (await staffReads("")) as SuggestionsPage;
    expect(page.machineTranslation).toEqual({ target: "en", active: false, failure: null });
    expect(page.suggestions.map((s) => s.translation)).toEqual([null, null]);
    expect(asked).toEqual([]);
  });

  it("with ?translate=en, shows each suggestion translated and records who read them", async () => {
    const before = (await shownEvents()).length;
    const page = (await staffReads("?translate=en")) as SuggestionsPage;

    expect(page.machineTranslation).toEqual({ target: "en", active: true, failure: null });
    expect(page.suggestions.map((s) => [s.text, s.translation])).toEqual([
      [arabic, translatedAs("en", arabic)],
      [ukrainian, translatedAs("en", ukrainian)],
    ]);
    const events = await shownEvents();
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({
      actorId: setup.staff.id,
      funderId: setup.funder.id,
      entityType: "FormVersion",
      detail: { purpose: "form-suggestions", count: 2, target: "en" },
    });
  });

  it("says the service is not answering and still shows the originals when it fails", async () => {
    translationService.use(refuses);
    // A language nothing was cached in, so the page has to ask.
    const page = (await staffReads("?translate=fr")) as SuggestionsPage;
    expect(page.machineTranslation).toEqual({ target: "fr", active: true, failure: "unavailable" });
    expect(page.suggestions.map((s) => [s.text, s.translation])).toEqual([
      [arabic, null],
      [ukrainian, null],
    ]);
  });

  it("keeps the translations on after staff answer a suggestion", async () => {
    const open = await db().formSuggestion.findFirstOrThrow({ where: { text: ukrainian } });
    const answered = await run(
      answerSuggestion as never,
      makeRequest(suggestionsPath("?translate=en"), {
        cookie: staffCookie,
        form: { suggestionId: open.id, decision: "ACCEPTED", reply: "We will add it." },
      }),
      suggestionParams(),
    );
    expectStatus(answered, 302);
    expect((answered as Response).headers.get("Location")).toBe(
      suggestionsPath(`?done=answered&translate=en#suggestion-${open.id}`),
    );
    // Open again, so the pages below read the same two suggestions.
    await db().formSuggestion.update({
      where: { id: open.id },
      data: { status: "OPEN", reply: null, repliedById: null, repliedAt: null },
    });
  });

  it("ignores a ?translate= language the app does not speak", async () => {
    const page = (await staffReads("?translate=xx")) as SuggestionsPage;
    expect(page.machineTranslation).toMatchObject({ active: false });
    expect(asked).toEqual([]);
  });

  it("gives staff of another funder a 403 and translates nothing for them", async () => {
    const other = await createUser("Otto");
    await db().funder.create({
      data: {
        slug: `other-${randomBytes(3).toString("hex")}`,
        name: "Other Council",
        members: { create: { userId: other.id, role: "ADMIN" } },
      },
    });
    expectStatus(await staffReads("?translate=en", await signedInCookie(other.id)), 403);
    expect(asked).toEqual([]);
  });

  it("offers nothing when no translation service is configured", async () => {
    configureTranslation(false);
    try {
      const page = (await staffReads("?translate=en")) as SuggestionsPage;
      expect(page.machineTranslation).toBeNull();
      expect(page.suggestions.map((s) => s.translation)).toEqual([null, null]);
    } finally {
      configureTranslation(true);
    }
  });
});

describe('"You said, we did"', () => {
  const read = (query: string, cookie: string | null = null) =>
    run(
      youSaidWeDidPage as never,
      makeRequest(`/schemes/${setup.scheme.slug}/forms/1${query}`, {
        cookie,
        headers: { "Accept-Language": "ar" },
      }),
      { slug: setup.scheme.slug, version: "1" },
    ) as Promise<PublicPage>;

  it("offers an Arabic reader the funder's English reply in Arabic, and leaves her own Arabic words alone", async () => {
    const offered = await read("");
    expect(offered.machineTranslation).toEqual({ target: "ar", active: false, failure: null });

    const page = await read("?translate=ar");
    const mine = page.suggestions.find((s) => s.text === arabic)!;
    expect(mine.translation).toBeNull();
    expect(mine.replyTranslation).toBe(translatedAs("ar", englishReply));
    expect(page.suggestions.find((s) => s.text === ukrainian)!.translation).toBe(
      translatedAs("ar", ukrainian),
    );
    expect(asked).toContainEqual(expect.objectContaining({ source: "auto", q: [englishReply] }));
    expect((await shownEvents()).at(-1)).toMatchObject({
      actorId: null,
      detail: { purpose: "you-said-we-did", count: 2, target: "ar" },
    });
  });

  it("records the signed-in reader when there is one", async () => {
    await read("?translate=ar", aminaCookie);
    expect((await shownEvents()).at(-1)).toMatchObject({ actorId: setup.owner.id });
  });
});

describe("a working-group member reading the replies to her suggestions", () => {
  it("reads the funder's reply translated into Arabic", async () => {
    const page = (await run(
      consultationPage as never,
      makeRequest(`/consultations/${setup.form.id}?translate=ar`, {
        cookie: aminaCookie,
        headers: { "Accept-Language": "ar" },
      }),
      { versionId: setup.form.id },
    )) as ConsultationPage;
    expect(page.machineTranslation).toEqual({ target: "ar", active: true, failure: null });
    expect(page.mine.map((s) => [s.reply, s.replyTranslation])).toEqual([
      [englishReply, translatedAs("ar", englishReply)],
    ]);
    expect((await shownEvents()).at(-1)).toMatchObject({
      actorId: setup.owner.id,
      detail: { purpose: "suggestion-replies", count: 1, target: "ar" },
    });
  });
});
