import { beforeEach, describe, expect, it } from "vitest";
import { loader as storiesPage } from "~/routes/fund.$funderId.outcomes.stories";
import { loader as summaryPage } from "~/routes/fund.$funderId.outcomes.summary";
import { loader as outcomesPage } from "~/routes/fund.$funderId.outcomes._index";
import { action as checkInAction } from "~/routes/fund.$funderId.check-ins.$checkInId._index";
import { action as mergeAction } from "~/routes/fund.$funderId.themes.$themeId.merge";
import { action as themeAction } from "~/routes/fund.$funderId.themes.$themeId._index";
import { getUser, type SignedInUser } from "~/services/access/permissions.server";
import { endGrant, varyGrant } from "~/services/grants/grant-changes.server";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { addPhoto, createGrant, createPortfolio, type Portfolio } from "../support/outcomes";
import { call, expectStatus } from "../support/panels";
import { makeRequest, run, signedInCookie } from "../support/requests";

/**
 * The outcome views, the story wall and the printed summary are counted once and kept until
 * one of the funder's outcome records changes. Each test opens the pages, changes one kind of
 * record the way the app writes it, and opens them again: the change must show at once.
 */
useTestDatabase();

const DAY = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY);

let portfolio: Portfolio;
let cookie = "";
let amal: Awaited<ReturnType<typeof createGrant>>;
let spilka: Awaited<ReturnType<typeof createGrant>>;
let photoId = "";

beforeEach(async () => {
  portfolio = await createPortfolio();
  cookie = await signedInCookie(portfolio.staff.id);
  const { confidence, language } = portfolio.themes;
  const running = { startsOn: daysFromNow(-200), endsOn: daysFromNow(200) };
  amal = await createGrant(portfolio, {
    ...running,
    checkIns: [
      {
        dueOn: daysFromNow(-61),
        submittedAt: daysFromNow(-60),
        answers: { change: "We speak at the school gate", numbers: { women: "12" } },
        storyConsent: "FUNDER_REPORTS",
        storyHighlightedAt: daysFromNow(-50),
        themeIds: [confidence.id, language.id],
      },
      {
        dueOn: daysFromNow(-31),
        submittedAt: daysFromNow(-30),
        answers: { change: "We found a room of our own", numbers: { women: "5" } },
        storyConsent: "PUBLIC",
        themeIds: [language.id],
      },
      { dueOn: daysFromNow(5) },
      { dueOn: daysFromNow(90) },
    ],
  });
  photoId = await addPhoto(amal.application.id, amal.checkIns[0]!.id, "FUNDER_REPORTS");
  spilka = await createGrant(portfolio, {
    ...running,
    potId: portfolio.secondPot.id,
    groupName: "Спілка українських жінок",
    checkIns: [{ dueOn: daysFromNow(40) }],
  });
});

async function open<T>(handler: (args: never) => Promise<T>, page: string) {
  const path = `/fund/${portfolio.funder.id}/outcomes${page}`;
  const result = await call(handler as never, path, { funderId: portfolio.funder.id }, cookie);
  if (result instanceof Response) throw new Error(`status ${result.status}`);
  return result as T;
}
const views = () => open(outcomesPage, "?per=quarter");
const wall = () => open(storiesPage, "/stories");
const summary = () => open(summaryPage, "/summary");

/** Posts a form whose fields may repeat (ticked themes), as the browser does. */
async function post(
  handler: (args: never) => Promise<unknown>,
  params: Record<string, string>,
  fields: [string, string][],
) {
  const request = makeRequest("/", { method: "POST", cookie });
  const body = new Request(request, { body: new URLSearchParams(fields) });
  return run(handler as never, body, { funderId: portfolio.funder.id, ...params });
}
const tag = (checkInId: string, themeIds: string[]) =>
  post(checkInAction, { checkInId }, [
    ["intent", "tag"],
    ...themeIds.map((id): [string, string] => ["themeId", id]),
  ]);

type Named = { name: { text: string }; total: number };
const totals = (themes: Named[]) =>
  Object.fromEntries(themes.map((theme) => [theme.name.text, theme.total]));
const stories = (page: { stories: unknown[] }) => JSON.stringify(page.stories);

describe("the outcome pages after a change", () => {
  it("count a new tag at once", async () => {
    const { confidence, language } = portfolio.themes;
    expect(totals((await views()).overTime.themes)).toEqual({ Confidence: 1, Language: 2 });
    expect(totals((await summary()).themes)).toEqual({ Confidence: 1, Language: 2 });
    expectStatus(await tag(amal.checkIns[1]!.id, [language.id, confidence.id]), 302);
    expect(totals((await views()).overTime.themes)).toEqual({ Confidence: 2, Language: 2 });
    expect(totals((await summary()).themes)).toEqual({ Confidence: 2, Language: 2 });
  });

  it("stop counting a removed tag at once", async () => {
    expect(totals((await views()).byPot.themes)).toEqual({ Confidence: 1, Language: 2 });
    expectStatus(await tag(amal.checkIns[0]!.id, [portfolio.themes.confidence.id]), 302);
    expect(totals((await views()).byPot.themes)).toEqual({ Confidence: 1, Language: 1 });
  });

  it("name a renamed theme at once", async () => {
    const { language } = portfolio.themes;
    expect(totals((await views()).overTime.themes)).toHaveProperty("Language");
    expectStatus(
      await post(themeAction, { themeId: language.id }, [["name_en", "Speaking the language"]]),
      302,
    );
    expect(totals((await views()).overTime.themes)).toEqual({
      Confidence: 1,
      "Speaking the language": 2,
    });
  });

  it("count a merged theme's stories under the theme it joined at once", async () => {
    const { confidence, language } = portfolio.themes;
    expect(totals((await summary()).themes)).toEqual({ Confidence: 1, Language: 2 });
    expectStatus(
      await post(mergeAction, { themeId: language.id }, [["intoId", confidence.id]]),
      302,
    );
    expect(totals((await summary()).themes)).toEqual({ Confidence: 2 });
    expect(totals((await views()).overTime.themes)).toEqual({ Confidence: 2 });
  });

  it("count a check-in as soon as it is sent: the summary, the light numbers, the next due date", async () => {
    const before = await views();
    const amalRow = (page: typeof before) =>
      page.status.rows.find((row) => row.grantId === amal.grant.id)!;
    expect(amalRow(before).nextDue).toBe(amal.checkIns[2]!.dueOn.toISOString());
    expect(before.totals[0]!.numbers[0]!.total).toBe(17);
    expect((await summary()).figures.checkIns).toBe(2);
    // As sending does: the answers, the time and who sent it, the revision bumped.
    await db().checkIn.updateMany({
      where: { id: amal.checkIns[2]!.id, revision: 0, submittedAt: null },
      data: {
        submittedAt: new Date(),
        submittedById: portfolio.owner.id,
        answers: { whatHappened: "We met every week", numbers: { women: "7" } },
        revision: { increment: 1 },
      },
    });
    const after = await views();
    expect(amalRow(after).nextDue).toBe(amal.checkIns[3]!.dueOn.toISOString());
    expect(after.totals[0]!.numbers[0]!.total).toBe(24);
    expect((await summary()).figures.checkIns).toBe(3);
  });

  it("show a story on the wall as soon as it is highlighted", async () => {
    expect(stories(await wall())).not.toContain("We found a room of our own");
    expectStatus(
      await post(checkInAction, { checkInId: amal.checkIns[1]!.id }, [
        ["intent", "highlight"],
        ["story", "yes"],
      ]),
      302,
    );
    expect(stories(await wall())).toContain("We found a room of our own");
  });

  it("take a highlighted story off the wall and the summary as soon as consent is withdrawn", async () => {
    expect(stories(await wall())).toContain("We speak at the school gate");
    expect(stories(await summary())).toContain("We speak at the school gate");
    await db().checkIn.update({
      where: { id: amal.checkIns[0]!.id },
      data: { storyConsent: "FUNDER_ONLY" },
    });
    expect(stories(await wall())).not.toContain("We speak at the school gate");
    expect(stories(await summary())).not.toContain("We speak at the school gate");
  });

  it("take a photo off the wall as soon as its consent is narrowed", async () => {
    const photosOf = async () => (await wall()).stories.flatMap((story) => story.photos);
    expect((await photosOf()).map((photo) => photo.id)).toEqual([photoId]);
    // As saving the check-in's photo details does.
    await db().storedFile.update({ where: { id: photoId }, data: { consent: "FUNDER_ONLY" } });
    expect(await photosOf()).toEqual([]);
  });

  it("leave a grant ended early out of the check-in table at once", async () => {
    const before = (await views()).status;
    expect(before.rows.map((row) => row.grantId)).toContain(spilka.grant.id);
    const actor = (await getUser(makeRequest("/", { cookie }))) as SignedInUser;
    expect(
      await endGrant(actor, {
        grantId: spilka.grant.id,
        revision: spilka.grant.revision,
        kind: "end",
        reason: "The group closed",
      }),
    ).toEqual({ ok: true });
    const after = (await views()).status;
    expect(after.total).toBe(before.total - 1);
    expect(after.rows.map((row) => row.grantId)).not.toContain(spilka.grant.id);
  });

  it("add a payment to the summary at once", async () => {
    expect((await summary()).figures.money).toEqual([
      { currency: "EUR", awarded: 100_000, paid: 0 },
    ]);
    // As the ledger records a payment.
    await db().payment.create({
      data: {
        applicationId: amal.application.id,
        amountMinor: 20_000,
        paidAt: new Date(),
        recordedById: portfolio.staff.id,
      },
    });
    expect((await summary()).figures.money).toEqual([
      { currency: "EUR", awarded: 100_000, paid: 20_000 },
    ]);
  });

  it("count a grant no more in a period its new dates leave", async () => {
    expect((await summary()).figures.grants).toBe(2);
    const actor = (await getUser(makeRequest("/", { cookie }))) as SignedInUser;
    expect(
      await varyGrant(actor, {
        grantId: spilka.grant.id,
        revision: spilka.grant.revision,
        amountMinor: null,
        startsOn: daysFromNow(400),
        endsOn: daysFromNow(700),
        reason: "The group starts next year",
      }),
    ).toEqual({ ok: true });
    expect((await summary()).figures.grants).toBe(1);
  });

  it("use a group's new name at once", async () => {
    expect((await views()).status.rows.map((row) => row.group)).toContain("Amal Women's Circle");
    expect(stories(await wall())).toContain("Amal Women's Circle");
    await db().organisation.update({
      where: { id: amal.organisation.id },
      data: { name: "Amal Women's Centre" },
    });
    expect((await views()).status.rows.map((row) => row.group)).toContain("Amal Women's Centre");
    expect(stories(await wall())).toContain("Amal Women's Centre");
  });

  it("use a pot's new name at once", async () => {
    expect((await views()).byPot.pots.map((pot) => pot.name.text)).toContain("Small sparks");
    await db().pot.update({
      where: { id: portfolio.secondPot.id },
      data: { name: { en: "Bright sparks" } },
    });
    const after = await views();
    expect(after.byPot.pots.map((pot) => pot.name.text)).toContain("Bright sparks");
    expect(after.choices.pots.map((pot) => pot.text)).toContain("Bright sparks");
  });

  it("use a scheme's new title at once", async () => {
    expect((await summary()).choices.schemes.map((scheme) => scheme.text)).toEqual(["Together"]);
    await db().scheme.update({
      where: { id: portfolio.scheme.id },
      data: { title: { en: "Together again" } },
    });
    expect((await summary()).choices.schemes.map((scheme) => scheme.text)).toEqual([
      "Together again",
    ]);
  });

  it("add up a round's light numbers as it now defines them", async () => {
    const labels = async () =>
      (await views()).totals[0]!.numbers.map((number) => [number.label.text, number.total]);
    expect(await labels()).toEqual([
      ["Women taking part", 17],
      ["Sessions held", 0],
    ]);
    await db().round.update({
      where: { id: portfolio.round.id },
      data: { lightNumbers: [{ id: "women", label: { en: "Women who came" } }] },
    });
    expect(await labels()).toEqual([["Women who came", 17]]);
  });
});
