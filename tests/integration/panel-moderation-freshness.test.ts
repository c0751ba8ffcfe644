import { beforeEach, describe, expect, it } from "vitest";
import { loader as moderationLoader } from "~/routes/panels.$panelId_.pots.$potId._index";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { moderationRound } from "../support/moderation";
import { call } from "../support/panels";

/**
 * The moderation table is worked out once and kept until one of the records behind it
 * changes (decision 0046). Each test opens the table, changes one kind of record the way the
 * app's own services write it, and opens the table again: the change must show at once.
 */
useTestDatabase();

type Setup = Awaited<ReturnType<typeof moderationRound>>;
type Page = Awaited<ReturnType<typeof moderationLoader>>;

let setup: Setup;
beforeEach(async () => {
  setup = await moderationRound();
});

const open = async (who: "staff" | "chair" = "staff") =>
  (await call(
    moderationLoader,
    `/panels/${setup.params.panelId}/pots/${setup.params.potId}`,
    { panelId: setup.params.panelId, potId: setup.params.potId },
    await setup.cookie(setup.people[who]),
  )) as Page;
const rowOf = (page: Page, id: string) => page.rows.find((row) => row.id === id);

describe("the moderation table after a change", () => {
  it("follows a reopened review scored again", async () => {
    const { a } = setup.applications;
    expect(rowOf(await open(), a.id)!.score).toBe(50);
    await db().review.updateMany({
      where: { applicationId: a.id, userId: setup.people.community.id },
      data: { scores: { c1: 4, c2: 4 }, revision: { increment: 1 } },
    });
    expect(rowOf(await open(), a.id)!.score).toBe(75);
  });

  it("follows a review submitted for the first time", async () => {
    const { c } = setup.applications;
    expect(rowOf(await open(), c.id)!.reviewsIn).toBe(2);
    await db().review.updateMany({
      where: { applicationId: c.id, userId: setup.people.community.id },
      data: { status: "SUBMITTED", submittedAt: new Date(), revision: { increment: 1 } },
    });
    expect(rowOf(await open(), c.id)!.reviewsIn).toBe(3);
  });

  it("hides a row from the chair as soon as she declares a conflict with it", async () => {
    const { b } = setup.applications;
    const before = await open("chair");
    expect(rowOf(before, b.id)).toBeDefined();
    await db().conflictDeclaration.create({
      data: {
        panelId: setup.panel.id,
        userId: setup.people.chair.id,
        applicationId: b.id,
        kind: "FAMILY",
      },
    });
    const after = await open("chair");
    expect(rowOf(after, b.id)).toBeUndefined();
    expect(after.hidden).toBe(before.hidden + 1);
  });

  it("shows a drafted decision and what it would leave in the pot", async () => {
    const { b } = setup.applications;
    const before = await open();
    expect(rowOf(before, b.id)!.decision).toBeNull();
    await db().decision.create({
      data: {
        applicationId: b.id,
        potId: setup.params.potId,
        panelId: setup.panel.id,
        outcome: "AWARD",
        amountMinor: 40_000,
      },
    });
    const after = await open();
    expect(rowOf(after, b.id)!.decision).toEqual({
      outcome: "AWARD",
      amountMinor: 40_000,
      confirmed: false,
    });
    expect(after.ifDrafted.draftedMinor).toBe(before.ifDrafted.draftedMinor + 40_000);
  });

  it("judges the floor rule on the group's profile as it is now", async () => {
    const { d } = setup.applications;
    expect(rowOf(await open(), d.id)!.meetsFloorRule).toBe(true);
    await db().organisation.update({
      where: { id: d.organisationId },
      data: { byAndFor: false },
    });
    expect(rowOf(await open(), d.id)!.meetsFloorRule).toBe(false);
  });

  it("shows the pot's new budget and the panel's new disagreement threshold", async () => {
    const { a } = setup.applications;
    const before = await open();
    expect(before.money.budgetMinor).toBe(100_000);
    expect(rowOf(before, a.id)!.disagreement).toBe(true);
    await db().pot.update({ where: { id: setup.params.potId }, data: { amountMinor: 120_000 } });
    await db().panel.update({ where: { id: setup.panel.id }, data: { disagreementThreshold: 60 } });
    const after = await open();
    expect(after.money.budgetMinor).toBe(120_000);
    expect(rowOf(after, a.id)!.disagreement).toBe(false);
  });

  it("leaves out an application no longer in review", async () => {
    const { d } = setup.applications;
    const count = (await open()).rowCount;
    await db().application.update({
      where: { id: d.id },
      data: { status: "SUBMITTED", revision: { increment: 1 } },
    });
    expect((await open()).rowCount).toBe(count - 1);
  });
});
