import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../support/demo-world";
import { loader as panelPage } from "~/routes/panels.$panelId";
import {
  action as conflictsAction,
  loader as conflictsPage,
} from "~/routes/panels.$panelId_.conflicts";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { call, demoPanel, expectStatus, payload, signIns } from "../support/panels";
import { translatorFor } from "~/services/platform/i18n.server";

useTestDatabase();

const as = signIns();
let demo: Awaited<ReturnType<typeof demoPanel>>;
const association = "Ukrainian Women's Association Riverside";
const centre = "Riverside Community Centre";

type ConflictsPage = Awaited<ReturnType<typeof conflictsPage>>;
type PanelPage = Awaited<ReturnType<typeof panelPage>>;
type Errors = { errors: Record<string, { key: string }> };

const path = () => `/panels/${demo.panel.id}/conflicts`;
const openConflicts = async (email: string | null, panelId = demo.panel.id) =>
  call(conflictsPage, `/panels/${panelId}/conflicts`, { panelId }, await as(email));
const declare = async (
  email: string | null,
  form: Record<string, string>,
  panelId = demo.panel.id,
) => call(conflictsAction, `/panels/${panelId}/conflicts`, { panelId }, await as(email), form);
const openPanel = async (email: string) =>
  (await call(
    panelPage,
    `/panels/${demo.panel.id}`,
    { panelId: demo.panel.id },
    await as(email),
  )) as PanelPage;

beforeAll(async () => {
  await seedDemo(db());
  demo = await demoPanel();
});

describe("declaring conflicts of interest", () => {
  it("asks a new member to declare her conflicts before anything else", async () => {
    const page = await openPanel("nadia@example.org");
    expect(page.member).toEqual({ conflictsChecked: false, queue: [] });
    const t = await translatorFor("fa");
    expect(t("panels:queue.conflictsFirstTitle")).not.toBe("queue.conflictsFirstTitle");
  });

  it("lists the names of the groups whose sent applications the panel reviews, and no drafts", async () => {
    const page = (await openConflicts("nadia@example.org")) as ConflictsPage;
    expect(page.organisations.map((organisation) => organisation.name)).toEqual([
      centre,
      association,
    ]);
    expect(page.organisations.every((organisation) => organisation.declared === null)).toBe(true);
    expect(page.checkedAt).toBeNull();
  });

  it("shows the names even when the panel reviews blind", async () => {
    await db().panel.update({ where: { id: demo.panel.id }, data: { blindReview: true } });
    const page = (await openConflicts("maria@example.org")) as ConflictsPage;
    expect(page.organisations.map((organisation) => organisation.name)).toContain(association);
    await db().panel.update({ where: { id: demo.panel.id }, data: { blindReview: false } });
  });

  it("says what is missing when she chooses no group or no kind", async () => {
    const result = payload<Errors>(await declare("nadia@example.org", { intent: "declare" }));
    expect(result.status).toBe(400);
    expect(result.data.errors.organisationId!.key).toBe("panels:conflicts.errors.organisation");
    expect(result.data.errors.kind!.key).toBe("panels:conflicts.errors.kind");
  });

  it("refuses a group that is not on the panel's list, such as one with only a draft", async () => {
    const amal = await db().organisation.findFirstOrThrow({
      where: { name: "Amal Women's Circle" },
    });
    const result = payload<Errors>(
      await declare("nadia@example.org", {
        intent: "declare",
        organisationId: amal.id,
        kind: "FAMILY",
      }),
    );
    expect(result.status).toBe(400);
    expect(result.data.errors.organisationId!.key).toBe(
      "panels:conflicts.errors.unknown-organisation",
    );
  });

  it("records a conflict, shows it, and does not take the same one twice", async () => {
    const form = {
      intent: "declare",
      organisationId: demo.byGroup(association).organisationId,
      kind: "TRUSTEE",
      note: "I chaired their committee until last year",
    };
    const saved = await declare("nadia@example.org", form);
    expectStatus(saved, 302);
    expect((saved as Response).headers.get("Location")).toBe(`${path()}?declared=1`);
    const page = (await openConflicts("nadia@example.org")) as ConflictsPage;
    expect(page.organisations.find((o) => o.name === association)!.declared).toEqual({
      kind: "TRUSTEE",
      note: "I chaired their committee until last year",
    });
    const again = payload<Errors>(await declare("nadia@example.org", form));
    expect(again.data.errors.organisationId!.key).toBe("panels:conflicts.errors.already-declared");
    expect(
      await db().conflictDeclaration.count({
        where: { userId: await demo.userId("nadia@example.org") },
      }),
    ).toBe(1);
  });

  it("takes 'no other conflicts' as done, and the panel page stops asking", async () => {
    const done = await declare("nadia@example.org", { intent: "none" });
    expectStatus(done, 302);
    expect((done as Response).headers.get("Location")).toBe(
      `/panels/${demo.panel.id}?conflicts=checked`,
    );
    const page = await openPanel("nadia@example.org");
    expect(page.member!.conflictsChecked).toBe(true);
    const member = await db().panelMember.findFirstOrThrow({
      where: { panelId: demo.panel.id, userId: await demo.userId("nadia@example.org") },
    });
    expect(member.conflictsCheckedAt).not.toBeNull();
  });
});

describe("a conflict declared after scoring", () => {
  it("leaves her review out, flags it, and takes the application back", async () => {
    const fatima = await demo.userId("fatima@example.org");
    const application = demo.byGroup(centre);
    const rubric =
      (await db().rubricVersion.findFirst({ where: { panelId: demo.panel.id } })) ??
      (await db().rubricVersion.create({
        data: { panelId: demo.panel.id, version: 1, criteria: [] },
      }));
    await db().reviewAssignment.create({
      data: { panelId: demo.panel.id, applicationId: application.id, userId: fatima },
    });
    const review = await db().review.create({
      data: {
        panelId: demo.panel.id,
        applicationId: application.id,
        userId: fatima,
        rubricVersionId: rubric.id,
        status: "SUBMITTED",
        submittedAt: new Date(),
      },
    });
    expect((await openPanel("fatima@example.org")).member!.queue).toEqual([
      expect.objectContaining({ reference: application.reference, state: "done" }),
    ]);

    const saved = await declare("fatima@example.org", {
      intent: "declare",
      organisationId: application.organisationId,
      kind: "COLLABORATION",
    });
    expectStatus(saved, 302);
    expect(
      (await db().review.findUniqueOrThrow({ where: { id: review.id } })).excludedAt,
    ).not.toBeNull();
    expect(
      await db().reviewAssignment.count({
        where: { applicationId: application.id, userId: fatima },
      }),
    ).toBe(0);
    expect(
      await db().auditEvent.count({
        where: { action: "panels.conflict-declared-after-scoring", entityId: review.id },
      }),
    ).toBe(1);
    expect((await openPanel("fatima@example.org")).member!.queue).toEqual([]);
  });
});

describe("the reviewer's queue", () => {
  it("lists her applications with their state, and the group's name only when not blind", async () => {
    const maria = await demo.userId("maria@example.org");
    const application = demo.byGroup(association);
    await db().panelMember.updateMany({
      where: { panelId: demo.panel.id, userId: maria },
      data: { conflictsCheckedAt: new Date() },
    });
    await db().reviewAssignment.create({
      data: { panelId: demo.panel.id, applicationId: application.id, userId: maria },
    });
    const open = (await openPanel("maria@example.org")).member!;
    expect(open.queue).toEqual([
      expect.objectContaining({
        reference: application.reference,
        organisation: association,
        state: "to-do",
      }),
    ]);
    await db().panel.update({ where: { id: demo.panel.id }, data: { blindReview: true } });
    const blind = (await openPanel("maria@example.org")).member!;
    expect(blind.queue[0]!.organisation).toBeNull();
    await db().panel.update({ where: { id: demo.panel.id }, data: { blindReview: false } });
  });
});

describe("who may open the conflicts page", () => {
  let otherPanelId = "";
  beforeAll(async () => {
    const other = await db().panel.create({
      data: {
        roundId: demo.panel.roundId,
        name: "Another panel",
        members: { create: [{ userId: await demo.userId("helen@example.org"), role: "MEMBER" }] },
      },
    });
    otherPanelId = other.id;
    await db().user.upsert({
      where: { email: "otto@other.example" },
      update: {},
      create: { email: "otto@other.example", name: "Otto Admin", locale: "en" },
    });
  });

  it.each(["tomas@example.org", "grace@example.org", "amina@example.org", "otto@other.example"])(
    "refuses %s, who is not on the panel, to read or declare",
    async (email) => {
      expectStatus(await openConflicts(email), 403);
      expectStatus(await declare(email, { intent: "none" }), 403);
    },
  );

  it("refuses a member of another panel, with the panel ids swapped", async () => {
    expectStatus(await openConflicts("helen@example.org"), 403);
    expectStatus(await openConflicts("nadia@example.org", otherPanelId), 403);
    expectStatus(await declare("nadia@example.org", { intent: "none" }, otherPanelId), 403);
  });

  it("refuses a removed member", async () => {
    const maria = await demo.userId("maria@example.org");
    await db().panelMember.updateMany({
      where: { panelId: demo.panel.id, userId: maria },
      data: { removedAt: new Date() },
    });
    expectStatus(await openConflicts("maria@example.org"), 403);
    await db().panelMember.updateMany({
      where: { panelId: demo.panel.id, userId: maria },
      data: { removedAt: null },
    });
  });

  it("sends a signed-out visitor to sign in", async () => {
    const result = await openConflicts(null);
    expectStatus(result, 302);
    expect((result as Response).headers.get("Location")).toBe(
      `/sign-in?redirectTo=${encodeURIComponent(path())}`,
    );
    expectStatus(await declare(null, { intent: "none" }), 302);
  });
});
