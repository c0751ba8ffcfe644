import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { highlightedForReports } from "~/domain/outcomes/coding";
import * as checkInPage from "~/routes/fund.$funderId.check-ins.$checkInId._index";
import * as checkInsPage from "~/routes/fund.$funderId.check-ins._index";
import * as themePage from "~/routes/fund.$funderId.themes.$themeId._index";
import * as mergePage from "~/routes/fund.$funderId.themes.$themeId.merge";
import * as themesPage from "~/routes/fund.$funderId.themes._index";
import { defaultThemes } from "~/domain/outcomes/default-themes";
import { createFunder } from "~/services/admin/funders.server";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { seedDemo } from "../support/demo-world";
import { call, expectStatus, payload, signIns } from "../support/panels";
import { startTestServer, type TestServer } from "../support/request-handler";
import { makeRequest, run } from "../support/requests";

useTestDatabase();

const as = signIns();
const tomas = "tomas@example.org";
const helen = "helen@example.org";
let funderId = "";
let grantId = "";
let olenaId = "";

type Errors = { errors: Record<string, { key: string }>; values: Record<string, string> };

const themesPath = () => `/fund/${funderId}/themes`;
async function themeNamed(en: string) {
  const themes = await db().theme.findMany({ where: { funderId } });
  const theme = themes.find((candidate) => (candidate.name as { en?: string }).en === en);
  if (!theme) throw new Error(`no theme called ${en}`);
  return theme;
}

/** Posts a form whose fields may repeat (ticked checkboxes), as a browser does. */
async function post(
  handler: typeof checkInPage.action,
  path: string,
  params: Record<string, string>,
  fields: [string, string][],
  email = tomas,
) {
  const request = makeRequest(path, { method: "POST", cookie: await as(email) });
  const body = new Request(request, { body: new URLSearchParams(fields) });
  return run(handler, body, params);
}

/** A check-in the Ukrainian association sent, as monitoring stores it. */
async function sentCheckIn(
  options: { consent?: "FUNDER_ONLY" | "FUNDER_REPORTS" | null; daysAgo?: number } = {},
) {
  const position = 10 + (await db().checkIn.count({ where: { grantId } }));
  const sentAt = new Date(Date.now() - (options.daysAgo ?? 1) * 86_400_000);
  return db().checkIn.create({
    data: {
      grantId,
      position,
      dueOn: sentAt,
      answers: {
        whatHappened: "Ми зустрічалися щотижня.",
        change: "Жінки почали говорити англійською в магазині.",
        quote: "Тепер я не боюся дзвонити лікарю.",
      },
      answerLanguage: "uk",
      storyConsent: options.consent === undefined ? "FUNDER_REPORTS" : options.consent,
      submittedAt: sentAt,
      submittedById: olenaId,
    },
  });
}

beforeAll(async () => {
  await seedDemo(db());
  funderId = (await db().funder.findFirstOrThrow({ where: { name: "Riverside City Council" } })).id;
  const grant = await db().grant.findFirstOrThrow({
    where: {
      application: {
        organisation: { members: { some: { user: { email: "olena@example.org" } } } },
      },
    },
  });
  grantId = grant.id;
  olenaId = (await db().user.findUniqueOrThrow({ where: { email: "olena@example.org" } })).id;
});

describe("the codebook", () => {
  it("lists the funder's default themes with how many stories each tags", async () => {
    const page = (await call(
      themesPage.loader,
      themesPath(),
      { funderId },
      await as(helen),
    )) as Awaited<ReturnType<typeof themesPage.loader>>;
    expect(page.live.map((theme) => (theme.name as { en: string }).en)).toContain("Confidence");
    for (const theme of page.live)
      expect(theme.tagCount).toBe(await db().checkInTheme.count({ where: { themeId: theme.id } }));
    expect(page.canEdit).toBe(false);
  });

  it("gives a funder created later the default codebook", async () => {
    const grace = await db().user.findUniqueOrThrow({ where: { email: "grace@example.org" } });
    const funder = await createFunder({
      name: "Coding Test Council",
      defaultLocale: "ar",
      currency: "GBP",
      timeZone: "Europe/London",
      adminEmail: "coding-admin@example.org",
      inviteLocale: "ar",
      inviter: { id: grace.id, name: grace.name, email: grace.email },
    });
    const themes = await db().theme.findMany({
      where: { funderId: funder.id },
      orderBy: { position: "asc" },
    });
    expect(themes.map((theme) => theme.name)).toEqual(defaultThemes);
  });

  it("adds a theme, audited, and refuses a name another theme has, keeping what was typed", async () => {
    const added = await call(themesPage.action, themesPath(), { funderId }, await as(tomas), {
      name_en: "Housing",
      name_ar: "السكن",
    });
    expectStatus(added, 302);
    const housing = await themeNamed("Housing");
    expect(housing.name).toEqual({ en: "Housing", ar: "السكن" });
    expect(
      await db().auditEvent.count({
        where: { action: "outcomes.theme-added", entityId: housing.id },
      }),
    ).toBe(1);

    const again = payload<Errors>(
      await call(themesPage.action, themesPath(), { funderId }, await as(tomas), {
        name_en: "housing",
        name_fr: "Logement",
      }),
    );
    expect(again.status).toBe(400);
    expect(again.data.errors.name_en?.key).toBe("outcomes:themes.errors.nameTaken");
    expect(again.data.values.name_fr).toBe("Logement");

    const blank = payload<Errors>(
      await call(themesPage.action, themesPath(), { funderId }, await as(tomas), { name_en: " " }),
    );
    expect(blank.data.errors.name_en?.key).toBe("outcomes:themes.errors.nameRequired");
  });

  it("renames and translates in one save", async () => {
    const housing = await themeNamed("Housing");
    const path = `${themesPath()}/${housing.id}`;
    const saved = await call(
      themePage.action,
      path,
      { funderId, themeId: housing.id },
      await as(tomas),
      {
        name_en: "Housing and home",
        name_ar: "السكن",
        name_uk: "Житло",
        name_fa: "مسکن",
        name_es: "Vivienda",
        name_fr: "Logement",
      },
    );
    expectStatus(saved, 302);
    const renamed = await db().theme.findUniqueOrThrow({ where: { id: housing.id } });
    expect(renamed.name).toEqual({
      en: "Housing and home",
      ar: "السكن",
      uk: "Житло",
      fa: "مسکن",
      es: "Vivienda",
      fr: "Logement",
    });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "outcomes.theme-renamed", entityId: housing.id },
    });
    expect(audit.detail).toMatchObject({ name: { from: { en: "Housing" } } });
  });

  it("deletes an unused theme, and refuses one in use, even one that became used meanwhile", async () => {
    const spare = await call(themesPage.action, themesPath(), { funderId }, await as(tomas), {
      name_en: "Spare",
    });
    expectStatus(spare, 302);
    const unused = await themeNamed("Spare");
    expectStatus(
      await call(themePage.action, "/", { funderId, themeId: unused.id }, await as(tomas), {
        intent: "delete",
      }),
      302,
    );
    expect(await db().theme.findUnique({ where: { id: unused.id } })).toBeNull();

    // Staff opened the theme while nothing used it; a colleague tags a story before she deletes.
    expectStatus(
      await call(themesPage.action, themesPath(), { funderId }, await as(tomas), {
        name_en: "Belonging",
      }),
      302,
    );
    const safety = await themeNamed("Belonging");
    const opened = (await call(
      themePage.loader,
      "/",
      { funderId, themeId: safety.id },
      await as(tomas),
    )) as Awaited<ReturnType<typeof themePage.loader>>;
    expect(opened.theme.tagCount).toBe(0);
    const checkIn = await sentCheckIn();
    await db().checkInTheme.create({ data: { checkInId: checkIn.id, themeId: safety.id } });
    const refused = payload<Errors>(
      await call(themePage.action, "/", { funderId, themeId: safety.id }, await as(tomas), {
        intent: "delete",
      }),
    );
    expect(refused.status).toBe(409);
    expect(refused.data.errors.form?.key).toBe("outcomes:themes.errors.inUse");
    expect(await db().theme.findUnique({ where: { id: safety.id } })).not.toBeNull();
  });

  it("merges A into B after a confirm step naming both and how many stories move", async () => {
    const language = await themeNamed("Language");
    const housing = await themeNamed("Housing and home");
    const both = await sentCheckIn();
    const onlyLanguage = await sentCheckIn();
    const taggedBefore = await db().checkInTheme.count({ where: { themeId: language.id } });
    await db().checkInTheme.createMany({
      data: [
        { checkInId: both.id, themeId: language.id },
        { checkInId: both.id, themeId: housing.id },
        { checkInId: onlyLanguage.id, themeId: language.id },
      ],
    });
    const path = `${themesPath()}/${language.id}/merge?into=${housing.id}`;
    const confirm = (await call(
      mergePage.loader,
      path,
      { funderId, themeId: language.id },
      await as(tomas),
    )) as Awaited<ReturnType<typeof mergePage.loader>>;
    expect(confirm.refusal).toBeNull();
    expect(confirm.from.tagCount).toBe(taggedBefore + 2);
    expect(confirm.into?.id).toBe(housing.id);

    expectStatus(
      await call(mergePage.action, path, { funderId, themeId: language.id }, await as(tomas), {
        intoId: housing.id,
      }),
      302,
    );
    const tags = await db().checkInTheme.findMany({
      where: { checkInId: { in: [both.id, onlyLanguage.id] } },
    });
    expect(tags.map((tag) => tag.themeId)).toEqual([housing.id, housing.id]);
    const merged = await db().theme.findUniqueOrThrow({ where: { id: language.id } });
    expect(merged.mergedIntoId).toBe(housing.id);

    const list = (await call(
      themesPage.loader,
      themesPath(),
      { funderId },
      await as(tomas),
    )) as Awaited<ReturnType<typeof themesPage.loader>>;
    expect(list.live.some((theme) => theme.id === language.id)).toBe(false);
    expect(list.merged.map((theme) => theme.id)).toContain(language.id);
    const offered = (await call(
      checkInPage.loader,
      "/",
      { funderId, checkInId: onlyLanguage.id },
      await as(tomas),
    )) as Awaited<ReturnType<typeof checkInPage.loader>>;
    expect(offered.themes.some((theme) => theme.id === language.id)).toBe(false);

    // Merging it again, or into itself, is refused with a message.
    const again = payload<Errors>(
      await call(mergePage.action, path, { funderId, themeId: language.id }, await as(tomas), {
        intoId: housing.id,
      }),
    );
    expect(again.data.errors.form?.key).toBe("outcomes:themes.mergeRefused.already-merged");
  });
});

describe("reading and coding a check-in", () => {
  it("lists sent check-ins newest first, filtered by whether they are coded", async () => {
    const newest = await sentCheckIn({ daysAgo: 0 });
    const page = (await call(
      checkInsPage.loader,
      `/fund/${funderId}/check-ins?coded=no`,
      { funderId },
      await as(helen),
    )) as Awaited<ReturnType<typeof checkInsPage.loader>>;
    expect(page.rows[0]?.id).toBe(newest.id);
    expect(page.rows[0]?.group).toMatch(/^Ukrainian Women/);
    const unsent = await db().checkIn.findMany({ where: { submittedAt: null } });
    expect(page.rows.some((row) => unsent.some((checkIn) => checkIn.id === row.id))).toBe(false);
    const coded = (await call(
      checkInsPage.loader,
      `/fund/${funderId}/check-ins?coded=yes`,
      { funderId },
      await as(helen),
    )) as Awaited<ReturnType<typeof checkInsPage.loader>>;
    expect(coded.rows.some((row) => row.id === newest.id)).toBe(false);
    expect(coded.rows.every((row) => row.themes.length > 0)).toBe(true);
  });

  it("shows the story in its language, and tags it: saving replaces the set, audited", async () => {
    const checkIn = await sentCheckIn();
    const params = { funderId, checkInId: checkIn.id };
    const page = (await call(checkInPage.loader, "/", params, await as(helen))) as Awaited<
      ReturnType<typeof checkInPage.loader>
    >;
    expect(page.checkIn.language).toBe("uk");
    expect(page.story.map((answer) => answer.field)).toEqual(["whatHappened", "change", "quote"]);
    expect(page.canEdit).toBe(false);

    const confidence = await themeNamed("Confidence");
    const wellbeing = await themeNamed("Wellbeing");
    const safety = await themeNamed("Safety");
    const tag = (ids: string[]) =>
      post(checkInPage.action, "/", params, [
        ["intent", "tag"],
        ...ids.map((id): [string, string] => ["themeId", id]),
      ]);
    expectStatus(await tag([confidence.id, wellbeing.id]), 302);
    expectStatus(await tag([wellbeing.id, safety.id]), 302);
    const tags = await db().checkInTheme.findMany({ where: { checkInId: checkIn.id } });
    expect(tags.map((t) => t.themeId).sort()).toEqual([safety.id, wellbeing.id].sort());
    expect(
      await db().auditEvent.count({
        where: { action: "outcomes.check-in-tagged", entityId: checkIn.id },
      }),
    ).toBe(2);

    // The same form sent twice at once (a double click without JavaScript): one set of tags.
    const twice = await Promise.all([tag([confidence.id]), tag([confidence.id])]);
    for (const result of twice) expectStatus(result, 302);
    expect(
      (await db().checkInTheme.findMany({ where: { checkInId: checkIn.id } })).map(
        (t) => t.themeId,
      ),
    ).toEqual([confidence.id]);
    expectStatus(await tag([wellbeing.id, safety.id]), 302);

    // A theme deleted while the form was open: refused with a message, nothing changed.
    const refused = payload<Errors>(await tag([confidence.id, "deleted-theme"]));
    expect(refused.status).toBe(409);
    expect(refused.data.errors.form?.key).toBe("outcomes:reading.errors.theme-gone");
    expect(await db().checkInTheme.count({ where: { checkInId: checkIn.id } })).toBe(2);

    // A viewer reads but does not tag.
    expectStatus(await post(checkInPage.action, "/", params, [["intent", "tag"]], helen), 403);
  });

  it("offers highlights only within consent, refuses a post without it, and drops a highlight whose consent narrowed", async () => {
    const private_ = await sentCheckIn({ consent: "FUNDER_ONLY" });
    const page = (await call(
      checkInPage.loader,
      "/",
      { funderId, checkInId: private_.id },
      await as(tomas),
    )) as Awaited<ReturnType<typeof checkInPage.loader>>;
    expect(page.highlights.allowed).toBe(false);
    const refused = payload<Errors>(
      await post(checkInPage.action, "/", { funderId, checkInId: private_.id }, [
        ["intent", "highlight"],
        ["story", "yes"],
      ]),
    );
    expect(refused.status).toBe(409);
    expect(refused.data.errors.form?.key).toBe("outcomes:reading.errors.no-consent");
    const unchanged = await db().checkIn.findUniqueOrThrow({ where: { id: private_.id } });
    expect(unchanged.storyHighlightedAt).toBeNull();

    const shared = await sentCheckIn({ consent: "FUNDER_REPORTS" });
    const params = { funderId, checkInId: shared.id };
    expectStatus(
      await post(checkInPage.action, "/", params, [
        ["intent", "highlight"],
        ["story", "yes"],
        ["quote", "yes"],
      ]),
      302,
    );
    const marked = await db().checkIn.findUniqueOrThrow({ where: { id: shared.id } });
    expect(marked.storyHighlightedAt).not.toBeNull();
    expect(highlightedForReports(marked)).toBe(true);

    // The group narrows its consent: the highlight no longer counts anywhere beyond staff.
    const narrowed = await db().checkIn.update({
      where: { id: shared.id },
      data: { storyConsent: "FUNDER_ONLY" },
    });
    expect(highlightedForReports(narrowed)).toBe(false);
    const after = (await call(checkInPage.loader, "/", params, await as(tomas))) as Awaited<
      ReturnType<typeof checkInPage.loader>
    >;
    expect(after.highlights.forReports).toEqual({ story: false, quote: false });
  });

  it("emails the reply once, in the group's language, and keeps it on the check-in", async () => {
    const checkIn = await sentCheckIn();
    const params = { funderId, checkInId: checkIn.id };
    const empty = payload<Errors>(
      await post(checkInPage.action, "/", params, [
        ["intent", "reply"],
        ["reply", "  "],
      ]),
    );
    expect(empty.data.errors.reply?.key).toBe("outcomes:reading.errors.replyRequired");

    const reply = "Дякуємо! Це чудова історія.";
    const send = () =>
      post(checkInPage.action, "/", params, [
        ["intent", "reply"],
        ["reply", reply],
      ]);
    // Sent twice at once, then once more: one reply, one email.
    for (const result of await Promise.all([send(), send()])) expectStatus(result, 302);
    expectStatus(await send(), 302);
    const emails = await db().outboundEmail.findMany({
      where: { dedupeKey: `check-in-reply:${checkIn.id}` },
    });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.to).toBe("olena@example.org");
    expect(emails[0]!.locale).toBe("uk");
    expect(emails[0]!.textBody).toContain(reply);
    expect(emails[0]!.subject).toContain("грантодавець");
    const saved = await db().checkIn.findUniqueOrThrow({ where: { id: checkIn.id } });
    expect(saved.reply).toBe(reply);
    expect(saved.repliedAt).not.toBeNull();

    const other = payload<Errors>(
      await post(checkInPage.action, "/", params, [
        ["intent", "reply"],
        ["reply", "A second, different reply"],
      ]),
    );
    expect(other.data.errors.form?.key).toBe("outcomes:reading.errors.already-replied");
    expect(other.data.values.reply).toBe("A second, different reply");
  });
});

describe("the pages as a browser gets them", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const html = async (path: string, email: string, language = "en") => {
    const response = await fetch(new URL(path, server.url), {
      headers: { Cookie: `${await as(email)}; lng=${language}` },
    });
    return { status: response.status, body: await response.text() };
  };

  it("renders the codebook, a theme, the list and a check-in, in Arabic too", async () => {
    const checkIn = await sentCheckIn();
    const safety = await themeNamed("Safety");
    const base = `/fund/${funderId}`;
    for (const [path, language] of [
      [`${base}/themes`, "ar"],
      [`${base}/themes/${safety.id}`, "en"],
      [`${base}/check-ins`, "fa"],
      [`${base}/check-ins/${checkIn.id}`, "en"],
    ] as const) {
      const page = await html(path, tomas, language);
      expect(page.status, path).toBe(200);
    }
    // A viewer reads the theme's names in every language, with nothing to change.
    const viewed = await html(`${base}/themes/${safety.id}`, helen, "uk");
    expect(viewed.status).toBe(200);
    expect(viewed.body).toContain("Безпека");
    expect(viewed.body).not.toContain('name="intent"');
    const reading = await html(`${base}/check-ins/${checkIn.id}`, tomas);
    // The group's words keep their language, so screen readers and fonts treat them as Ukrainian.
    expect(reading.body).toContain('lang="uk"');
    expect(reading.body).toContain("Тепер я не боюся дзвонити лікарю.");
    const codebook = await html(`${base}/themes`, tomas, "ar");
    expect(codebook.body).toContain("الأمان");
    expect(codebook.body).toContain('dir="rtl"');
  });

  it("answers another funder's staff with 403 on the check-in and its files", async () => {
    const checkIn = await sentCheckIn();
    const otto = await db().user.create({
      data: { email: "otto-coding@other.example", name: "Otto", locale: "en" },
    });
    await db().funder.create({
      data: {
        slug: "coding-other-council",
        name: "Other Council",
        members: { create: [{ userId: otto.id, role: "ADMIN" }] },
      },
    });
    const page = await html(`/fund/${funderId}/check-ins/${checkIn.id}`, otto.email);
    expect(page.status).toBe(403);
  });
});
