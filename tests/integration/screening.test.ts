import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../support/demo-world";
import {
  action as screenAction,
  loader as screenPage,
} from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.screening.$applicationId";
import {
  action as bulkAction,
  loader as listPage,
} from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.screening._index";
import { loader as applicantPage } from "~/routes/applications.$applicationId._index";
import { loader as assignmentsPage } from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.assignments";
import { db } from "~/services/platform/db.server";
import { translatorFor } from "~/services/platform/i18n.server";
import { useTestDatabase } from "../support/database";
import { BASE_URL, run } from "../support/requests";
import { createEarlierApplication, createOpenRound } from "../support/fixtures";
import {
  assignmentsPath,
  call,
  demoPanel,
  expectStatus,
  payload,
  signIns,
} from "../support/panels";

useTestDatabase();

const as = signIns();
let demo: Awaited<ReturnType<typeof demoPanel>>;
let other: Awaited<ReturnType<typeof createOpenRound>>;
let otherFundersApplication: string;
let otherRoundsApplication: string;
const association = "Ukrainian Women's Association Riverside";
const centre = "Riverside Community Centre";

type Params = { funderId: string; schemeId: string; roundId: string };
type ListPage = Awaited<ReturnType<typeof listPage>>;
type OnePage = Awaited<ReturnType<typeof screenPage>>;
type Refusal = {
  errors?: Record<string, { key: string }>;
  values?: Record<string, string>;
  changed?: boolean;
};

const roundParams = (): Params => ({
  funderId: demo.params.funderId,
  schemeId: demo.params.schemeId,
  roundId: demo.params.roundId,
});
const listPath = (p: Params) =>
  `/fund/${p.funderId}/schemes/${p.schemeId}/rounds/${p.roundId}/screening`;
const openList = async (email: string | null, params = roundParams(), query = "") =>
  call(listPage, `${listPath(params)}${query}`, params, await as(email));
/** The bulk form sends one `applicationId` per ticked box, as a browser does. */
const postBulk = async (email: string | null, ids: string[], params = roundParams()) => {
  const headers = new Headers();
  const cookie = await as(email);
  if (cookie) headers.set("Cookie", cookie);
  const body = new URLSearchParams([
    ["intent", "mark-eligible"],
    ...ids.map((id) => ["applicationId", id]),
  ]);
  const request = new Request(new URL(listPath(params), BASE_URL), {
    method: "POST",
    headers,
    body,
  });
  return run(bulkAction, request, params);
};
const openOne = async (email: string | null, applicationId: string, params = roundParams()) =>
  call(
    screenPage,
    `${listPath(params)}/${applicationId}`,
    { ...params, applicationId },
    await as(email),
  );
const screen = async (
  email: string | null,
  applicationId: string,
  form: Record<string, string>,
  params = roundParams(),
) =>
  call(
    screenAction,
    `${listPath(params)}/${applicationId}`,
    { ...params, applicationId },
    await as(email),
    form,
  );

beforeAll(async () => {
  await seedDemo(db());
  demo = await demoPanel();
  other = await createOpenRound();
  otherFundersApplication = (await createEarlierApplication(other)).id;
  const olena = await db().user.findUniqueOrThrow({ where: { email: "olena@example.org" } });
  otherRoundsApplication = (
    await createEarlierApplication({
      scheme: { id: demo.params.schemeId },
      organisation: { id: demo.byGroup(association).organisationId },
      owner: olena,
    })
  ).id;
});

const statusOf = async (applicationId: string) =>
  (await db().application.findUniqueOrThrow({ where: { id: applicationId } })).status;
const ineligibleEmails = () =>
  db().outboundEmail.findMany({ where: { template: "application-ineligible" } });

describe("the screening page", () => {
  it("lists the round's sent applications to screen, with what the checker says about each group", async () => {
    const page = (await openList("tomas@example.org")) as ListPage;
    expect(page.counts).toEqual({ "to-screen": 2, eligible: 0, "not-eligible": 0 });
    expect(page.applications.map((a) => a.organisation).sort()).toEqual([centre, association]);
    const row = page.applications.find((a) => a.organisation === association)!;
    expect(row.pot.text).toBe("Language and peer support");
    expect(row.requestedMinor).toBe(285_000);
    expect(row.checker.eligible).toBe(true);
    expect(page.canEdit).toBe(true);
  });

  it("asks staff to choose at least one application before marking any", async () => {
    const refused = payload<Refusal>(await postBulk("tomas@example.org", []));
    expect(refused.status).toBe(400);
    expect(refused.data.errors).toEqual({
      applicationId: { key: "eligibility:screening.errors.chooseApplications" },
    });
  });

  it("refuses the whole batch when one id belongs to another round or another funder", async () => {
    for (const stranger of [otherRoundsApplication, otherFundersApplication]) {
      expectStatus(await postBulk("tomas@example.org", [demo.byGroup(centre).id, stranger]), 403);
    }
    expect(await statusOf(demo.byGroup(centre).id)).toBe("SUBMITTED");
    expect(await statusOf(otherRoundsApplication)).toBe("SUBMITTED");
    expect(await statusOf(otherFundersApplication)).toBe("SUBMITTED");
  });

  it("lets a viewer look, and nothing more", async () => {
    const page = (await openList("helen@example.org")) as ListPage;
    expect(page.canEdit).toBe(false);
    expectStatus(await postBulk("helen@example.org", [demo.byGroup(centre).id]), 403);
    const one = (await openOne("helen@example.org", demo.byGroup(centre).id)) as OnePage;
    expect(one.canEdit).toBe(false);
    expectStatus(
      await screen("helen@example.org", demo.byGroup(centre).id, { decision: "eligible" }),
      403,
    );
    expect(await statusOf(demo.byGroup(centre).id)).toBe("SUBMITTED");
  });
});

describe("screening one application", () => {
  const application = () => demo.byGroup(association).id;

  it("needs a choice, a reason when not eligible, and words of staff's own for 'another reason', keeping what was typed", async () => {
    const none = payload<Refusal>(
      await screen("tomas@example.org", application(), { intent: "screen" }),
    );
    expect(none.status).toBe(400);
    expect(none.data.errors).toEqual({
      decision: { key: "eligibility:screening.errors.chooseDecision" },
    });

    const noReason = payload<Refusal>(
      await screen("tomas@example.org", application(), {
        intent: "screen",
        decision: "ineligible",
        note: "Kept",
      }),
    );
    expect(noReason.data.errors).toEqual({
      reason: { key: "eligibility:screening.errors.chooseReason" },
    });
    expect(noReason.data.values).toMatchObject({ decision: "ineligible", note: "Kept" });

    const other = payload<Refusal>(
      await screen("tomas@example.org", application(), {
        intent: "screen",
        decision: "ineligible",
        reason: "other",
        note: "  ",
      }),
    );
    expect(other.data.errors).toEqual({
      note: { key: "eligibility:screening.errors.explainOther" },
    });
    expect(await statusOf(application())).toBe("SUBMITTED");
    expect(await ineligibleEmails()).toHaveLength(0);
  });

  it("marks it not eligible, records why and who, and queues one kind email in the group's language", async () => {
    const note = "Ваша група працює в Гіллсайді.";
    const done = await screen("tomas@example.org", application(), {
      intent: "screen",
      decision: "ineligible",
      reason: "outside-area",
      note,
    });
    expectStatus(done, 302);
    expect((done as Response).headers.get("Location")).toBe(
      `${listPath(roundParams())}?saved=ineligible&show=not-eligible`,
    );
    const tomas = await demo.userId("tomas@example.org");
    const saved = await db().application.findUniqueOrThrow({ where: { id: application() } });
    expect(saved).toMatchObject({
      status: "INELIGIBLE",
      screenedById: tomas,
      ineligibleReason: "outside-area",
      ineligibleNote: note,
    });
    expect(saved.screenedAt).toBeInstanceOf(Date);
    const audited = await db().auditEvent.findMany({
      where: { entityId: application(), action: "eligibility.screened-ineligible" },
    });
    expect(audited).toHaveLength(1);
    expect(audited[0]!.actorId).toBe(tomas);

    const emails = await ineligibleEmails();
    expect(emails).toHaveLength(1);
    const email = emails[0]!;
    // Olena sent it and reads Ukrainian.
    expect(email.to).toBe("olena@example.org");
    expect(email.locale).toBe("uk");
    const t = await translatorFor("uk");
    expect(email.subject).toBe(
      t("emails:applicationIneligible.subject", {
        scheme: "Ріверсайд разом: гранти на інтеграцію громад",
      }),
    );
    expect(email.textBody).toContain(t("eligibility:screening.told.outside-area"));
    expect(email.textBody).toContain(note);
    // The other pots of the open round that the group's profile does not rule out.
    expect(email.textBody).toContain("Місцеві групи жінок-мігранток");
    expect(email.textBody).toContain("/schemes/riverside-together");
    expect(email.textBody).not.toContain("Language and peer support");

    const list = (await openList(
      "tomas@example.org",
      roundParams(),
      "?show=not-eligible",
    )) as ListPage;
    expect(list.applications.map((a) => [a.organisation, a.ineligibleReason])).toEqual([
      [association, "outside-area"],
    ]);
  });

  it("tells a second screening of the same application that someone got there first, and sends nothing more", async () => {
    const again = payload<Refusal>(
      await screen("grace@example.org", application(), {
        intent: "screen",
        decision: "ineligible",
        reason: "duplicate",
      }),
    );
    expect(again.status).toBe(409);
    expect(again.data.changed).toBe(true);
    expect(await ineligibleEmails()).toHaveLength(1);
  });

  it("shows the group, on its own page, why and where it could apply instead", async () => {
    const page = (await call(
      applicantPage,
      `/applications/${application()}?lng=uk`,
      { applicationId: application() },
      await as("olena@example.org"),
    )) as Awaited<ReturnType<typeof applicantPage>>;
    expect(page.turnedAway).toMatchObject({
      reason: "outside-area",
      note: "Ваша група працює в Гіллсайді.",
    });
    expect(page.turnedAway!.otherPots.map((pot) => pot.pot.text)).toContain(
      "Місцеві групи жінок-мігранток",
    );
    expect(
      page.turnedAway!.otherPots.every((pot) => pot.href === "/schemes/riverside-together"),
    ).toBe(true);
  });

  it("can be reconsidered: back with those to screen, the earlier screening forgotten and logged", async () => {
    const done = await screen("grace@example.org", application(), { intent: "reconsider" });
    expectStatus(done, 302);
    const saved = await db().application.findUniqueOrThrow({ where: { id: application() } });
    expect(saved).toMatchObject({
      status: "SUBMITTED",
      screenedAt: null,
      screenedById: null,
      ineligibleReason: null,
      ineligibleNote: null,
    });
    expect(
      await db().auditEvent.count({
        where: { entityId: application(), action: "eligibility.screening-reconsidered" },
      }),
    ).toBe(1);
  });

  it("marks a batch eligible, which the panel then shares out", async () => {
    const before = (await call(
      assignmentsPage,
      assignmentsPath(demo.params),
      demo.params,
      await as("tomas@example.org"),
    )) as Awaited<ReturnType<typeof assignmentsPage>>;
    expect(before.applications).toHaveLength(0);
    expect(before.awaitingScreening).toBe(2);

    const ids = [demo.byGroup(association).id, demo.byGroup(centre).id];
    const done = await postBulk("tomas@example.org", ids);
    expectStatus(done, 302);
    expect((done as Response).headers.get("Location")).toBe(`${listPath(roundParams())}?marked=2`);
    for (const id of ids) expect(await statusOf(id)).toBe("IN_REVIEW");
    expect(
      await db().auditEvent.count({ where: { action: "eligibility.screened-eligible" } }),
    ).toBe(2);

    const after = (await call(
      assignmentsPage,
      assignmentsPath(demo.params),
      demo.params,
      await as("tomas@example.org"),
    )) as Awaited<ReturnType<typeof assignmentsPage>>;
    expect(after.applications.map((a) => a.id).sort()).toEqual([...ids].sort());
    expect(after.awaitingScreening).toBe(0);
  });

  it("turns an eligible one away while no review is in, and not once one is", async () => {
    const centreId = demo.byGroup(centre).id;
    const page = (await openOne("tomas@example.org", centreId)) as OnePage;
    expect(page.choices.screen).toEqual(["ineligible"]);

    const nadia = await demo.userId("nadia@example.org");
    const rubric = await db().rubricVersion.create({
      data: { panelId: demo.panel.id, version: 99, criteria: [] },
    });
    await db().review.create({
      data: {
        panelId: demo.panel.id,
        applicationId: centreId,
        userId: nadia,
        rubricVersionId: rubric.id,
        status: "SUBMITTED",
        submittedAt: new Date(),
      },
    });
    const refused = payload<Refusal>(
      await screen("tomas@example.org", centreId, {
        intent: "screen",
        decision: "ineligible",
        reason: "incomplete",
      }),
    );
    expect(refused.status).toBe(409);
    expect(refused.data.errors).toEqual({
      decision: { key: "eligibility:screening.reviewedLocked" },
    });
    expect(await statusOf(centreId)).toBe("IN_REVIEW");
    expect(((await openOne("tomas@example.org", centreId)) as OnePage).choices.screen).toEqual([]);

    const associationId = demo.byGroup(association).id;
    expectStatus(
      await screen("tomas@example.org", associationId, {
        intent: "screen",
        decision: "ineligible",
        reason: "duplicate",
      }),
      302,
    );
    expect(await statusOf(associationId)).toBe("INELIGIBLE");
    // A new screening is a new cause: one more email, not a repeat of the first.
    expect(await ineligibleEmails()).toHaveLength(2);
  });
});

describe("who may screen", () => {
  const outsiders = [
    "nadia@example.org",
    "fatima@example.org",
    "amina@example.org",
    "olena@example.org",
  ];

  it.each(outsiders)("refuses %s, who is not the funder's staff, on both pages", async (email) => {
    const id = demo.byGroup(centre).id;
    expectStatus(await openList(email), 403);
    expectStatus(await postBulk(email, [id]), 403);
    expectStatus(await openOne(email, id), 403);
    expectStatus(await screen(email, id, { intent: "screen", decision: "eligible" }), 403);
  });

  it("refuses another funder's staff, in their own funder's address too", async () => {
    const id = demo.byGroup(centre).id;
    const staff = other.staff.email;
    expectStatus(await openList(staff), 403);
    expectStatus(await openOne(staff, id), 403);
    const mixed = { ...roundParams(), funderId: other.funder.id };
    expectStatus(await openList(staff, mixed), 403);
    expectStatus(await openOne(staff, id, mixed), 403);
    expectStatus(await postBulk(staff, [id], mixed), 403);
  });

  it("refuses an application of another round or funder in the address", async () => {
    for (const id of [otherRoundsApplication, otherFundersApplication, "no-such-application"]) {
      expectStatus(await openOne("grace@example.org", id), 403);
      expectStatus(
        await screen("grace@example.org", id, { intent: "screen", decision: "eligible" }),
        403,
      );
      expectStatus(await screen("grace@example.org", id, { intent: "reconsider" }), 403);
    }
    expect(await statusOf(otherRoundsApplication)).toBe("SUBMITTED");
    expect(await statusOf(otherFundersApplication)).toBe("SUBMITTED");
  });

  it("refuses the round under another scheme or funder in the address", async () => {
    const id = demo.byGroup(centre).id;
    const swapped: Params[] = [
      { ...roundParams(), funderId: other.funder.id },
      { ...roundParams(), schemeId: other.scheme.id },
      { ...roundParams(), roundId: other.round.id },
    ];
    for (const params of swapped) {
      expectStatus(await openList("grace@example.org", params), 403);
      expectStatus(await postBulk("grace@example.org", [id], params), 403);
      expectStatus(await openOne("grace@example.org", id, params), 403);
    }
  });

  it("sends a signed-out visitor to sign in", async () => {
    const id = demo.byGroup(centre).id;
    for (const result of [
      await openList(null),
      await postBulk(null, [id]),
      await openOne(null, id),
      await screen(null, id, { intent: "screen", decision: "eligible" }),
    ]) {
      expectStatus(result, 302);
      expect((result as Response).headers.get("Location")).toMatch(/^\/sign-in\?redirectTo=/);
    }
  });
});
