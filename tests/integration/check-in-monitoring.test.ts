import { beforeAll, describe, expect, it } from "vitest";
import * as schedule from "~/routes/fund.$funderId.grants.$grantId_.check-ins";
import * as conversation from "~/routes/fund.$funderId.grants.$grantId_.conversations.new";
import * as roundMonitoring from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.monitoring";
import * as groupPage from "~/routes/grants.$grantId_.check-ins.$checkInId";
import { queueCheckInReminders } from "~/services/monitoring/reminders.server";
import { scheduledJobs } from "~/services/platform/job-list.server";
import { db } from "~/services/platform/db.server";
import { seedDemo } from "../support/demo-world";
import { useTestDatabase } from "../support/database";
import { signIns } from "../support/panels";
import { makeRequest, run, unwrap } from "../support/requests";

useTestDatabase();

const DAY = 24 * 60 * 60 * 1000;
const cookieOf = signIns();
let grant: { id: string; funderId: string; applicationId: string };

beforeAll(async () => {
  await seedDemo(db());
  grant = await db().grant.findFirstOrThrow({ where: { status: "ACTIVE" } });
});

const location = (response: unknown) => (response as Response).headers.get("Location");
const reminders = (checkInId: string) =>
  db().outboundEmail.findMany({
    where: { dedupeKey: { startsWith: `check-in-reminder:${checkInId}:` } },
    orderBy: { createdAt: "asc" },
  });

describe("check-in reminders", () => {
  const now = new Date("2027-05-01T09:00:00Z");
  async function checkInDue(days: number) {
    return db().checkIn.create({
      data: { grantId: grant.id, position: 70, dueOn: new Date(now.getTime() + days * DAY) },
    });
  }

  it("reminds each member in her language before the due date, and never twice", async () => {
    const checkIn = await checkInDue(5);
    expect(await queueCheckInReminders(now)).toBeGreaterThanOrEqual(2);
    const sent = await reminders(checkIn.id);
    expect(sent.map((email) => email.to).sort()).toEqual([
      "iryna@example.org",
      "olena@example.org",
    ]);
    expect(sent.every((email) => email.template === "check-in-reminder")).toBe(true);
    // Both members use Ukrainian in the demo: the email is written in it.
    expect(sent[0]!.subject).toMatch(/звіт/i);
    await queueCheckInReminders(new Date(now.getTime() + 60 * 60 * 1000));
    expect(await reminders(checkIn.id)).toHaveLength(2);
    await db().checkIn.update({ where: { id: checkIn.id }, data: { submittedAt: now } });
  });

  it("reminds once after the date when still not sent, and again for a moved date", async () => {
    const checkIn = await checkInDue(-4);
    await queueCheckInReminders(now);
    const after = await reminders(checkIn.id);
    expect(after.every((email) => email.dedupeKey.includes(":after:"))).toBe(true);
    expect(after).toHaveLength(2);
    await queueCheckInReminders(new Date(now.getTime() + DAY));
    expect(await reminders(checkIn.id)).toHaveLength(2);

    // Staff move the date: the new date earns its own reminder before it.
    await db().checkIn.update({
      where: { id: checkIn.id },
      data: { dueOn: new Date(now.getTime() + 3 * DAY) },
    });
    await queueCheckInReminders(now);
    const all = await reminders(checkIn.id);
    expect(all).toHaveLength(4);
    expect(all.filter((email) => email.dedupeKey.includes(":before:"))).toHaveLength(2);
    await db().checkIn.update({ where: { id: checkIn.id }, data: { submittedAt: now } });
  });

  it("sends none for a sent check-in or a grant that ended early or was revoked", async () => {
    const sent = await checkInDue(2);
    await db().checkIn.update({ where: { id: sent.id }, data: { submittedAt: now } });
    const open = await checkInDue(2);
    await db().grant.update({ where: { id: grant.id }, data: { status: "ENDED_EARLY" } });
    await queueCheckInReminders(now);
    await db().grant.update({ where: { id: grant.id }, data: { status: "REVOKED" } });
    await queueCheckInReminders(now);
    await db().grant.update({ where: { id: grant.id }, data: { status: "ACTIVE" } });
    expect(await reminders(sent.id)).toHaveLength(0);
    expect(await reminders(open.id)).toHaveLength(0);
    await db().checkIn.delete({ where: { id: open.id } });
  });

  it("runs as a scheduled job", () => {
    expect(scheduledJobs.map((job) => job.name)).toContain("monitoring.reminders");
  });
});

describe("a grant's check-in dates", () => {
  const path = () => `/fund/${grant.funderId}/grants/${grant.id}/check-ins`;
  const params = () => ({ funderId: grant.funderId, grantId: grant.id });
  async function change(fields: Record<string, string>, email = "tomas@example.org") {
    const cookie = await cookieOf(email);
    return run(schedule.action, makeRequest(path(), { cookie, form: fields }), params());
  }

  it("lets an officer add, move and remove check-ins not yet sent", async () => {
    const before = await db().checkIn.count({ where: { grantId: grant.id } });
    const start = grant && (await db().grant.findUniqueOrThrow({ where: { id: grant.id } }));
    const day = new Date(start.startsOn.getTime() + 100 * DAY).toISOString().slice(0, 10);
    expect(location(await change({ intent: "add", newDueOn: day }))).toContain("notice=add");
    const added = await db().checkIn.findFirstOrThrow({
      where: { grantId: grant.id, dueOn: new Date(`${day}T12:00:00Z`) },
    });
    const later = new Date(start.startsOn.getTime() + 120 * DAY).toISOString().slice(0, 10);
    await change({ intent: "move", checkInId: added.id, [`dueOn.${added.id}`]: later });
    expect((await db().checkIn.findUniqueOrThrow({ where: { id: added.id } })).dueOn).toEqual(
      new Date(`${later}T12:00:00Z`),
    );
    expect(location(await change({ intent: "remove", checkInId: added.id }))).toContain(
      "notice=remove",
    );
    expect(await db().checkIn.count({ where: { grantId: grant.id } })).toBe(before);
    expect(
      await db().auditEvent.count({
        where: { action: "monitoring.schedule-changed", entityId: grant.id },
      }),
    ).toBe(3);
  });

  it("refuses to remove one the group started, or change one already sent, saying why", async () => {
    const started = await db().checkIn.create({
      data: { grantId: grant.id, position: 80, dueOn: new Date(), answers: { hard: "Час" } },
    });
    const removal = unwrap<{ errors: Record<string, { key: string }> }>(
      await change({ intent: "remove", checkInId: started.id }),
    );
    expect(removal.status).toBe(409);
    expect(removal.data.errors.form?.key).toBe("monitoring:schedule.errors.started");
    await db().checkIn.update({ where: { id: started.id }, data: { submittedAt: new Date() } });
    const move = unwrap<{ errors: Record<string, { key: string }> }>(
      await change({
        intent: "move",
        checkInId: started.id,
        [`dueOn.${started.id}`]: new Date().toISOString().slice(0, 10),
      }),
    );
    expect(move.data.errors[`dueOn.${started.id}`]?.key).toBe(
      "monitoring:schedule.errors.alreadySent",
    );
  });

  it("is refused to a funder viewer and to the group itself", async () => {
    expect(
      ((await change({ intent: "add", newDueOn: "2027-01-01" }, "helen@example.org")) as Response)
        .status,
    ).toBe(403);
    expect(
      ((await change({ intent: "add", newDueOn: "2027-01-01" }, "olena@example.org")) as Response)
        .status,
    ).toBe(403);
  });
});

describe("conversations in place of a check-in", () => {
  it("are logged by staff, seen by the group, and added to by it", async () => {
    const open = await db().checkIn.create({
      data: { grantId: grant.id, position: 90, dueOn: new Date(Date.now() + 5 * DAY) },
    });
    const cookie = await cookieOf("tomas@example.org");
    const params = { funderId: grant.funderId, grantId: grant.id };
    const path = `/fund/${grant.funderId}/grants/${grant.id}/conversations/new`;
    const invalid = unwrap<{ errors: Record<string, unknown>; values: Record<string, string> }>(
      await run(
        conversation.action,
        makeRequest(path, {
          cookie,
          form: { via: "call", heldOn: "2026-01-10", change: "Вона знайшла роботу" },
        }),
        params,
      ),
    );
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.data.errors).sort()).toEqual(["storyConsent", "whatHappened"]);
    expect(invalid.data.values.change).toBe("Вона знайшла роботу");

    const logged = await run(
      conversation.action,
      makeRequest(path, {
        cookie,
        form: {
          via: "visit",
          heldOn: new Date().toISOString().slice(0, 10),
          replaces: open.id,
          whatHappened: "Говорили про літній табір.",
          change: "Вона знайшла роботу",
          storyConsent: "FUNDER_ONLY",
        },
      }),
      params,
    );
    expect(location(logged)).toContain("notice=logged");
    const stored = await db().checkIn.findUniqueOrThrow({ where: { id: open.id } });
    expect(stored).toMatchObject({ kind: "CONVERSATION", storyConsent: "FUNDER_ONLY" });
    expect(stored.submittedAt).not.toBeNull();

    const olena = await cookieOf("olena@example.org");
    const groupPath = `/grants/${grant.id}/check-ins/${open.id}`;
    const groupParams = { grantId: grant.id, checkInId: open.id };
    const shown = unwrap<Awaited<ReturnType<typeof groupPage.loader>>>(
      await run(groupPage.loader, makeRequest(groupPath, { cookie: olena }), groupParams),
    ).data;
    expect(shown.checkIn.kind).toBe("CONVERSATION");
    expect(shown.checkIn.via).toBe("visit");
    expect(shown.draft.answers.whatHappened).toBe("Говорили про літній табір.");

    const added = await run(
      groupPage.action,
      makeRequest(groupPath, {
        cookie: olena,
        form: { intent: "add-to-conversation", groupAddition: "Табір буде в липні." },
      }),
      groupParams,
    );
    expect(location(added)).toContain("notice=added");
    expect((await db().checkIn.findUniqueOrThrow({ where: { id: open.id } })).groupAddition).toBe(
      "Табір буде в липні.",
    );
  });
});

describe("a round's monitoring defaults", () => {
  it("are saved by an officer and shown again", async () => {
    const round = await db().round.findFirstOrThrow({
      where: { pots: { some: { applications: { some: { id: grant.applicationId } } } } },
      include: { scheme: true },
    });
    const params = { funderId: grant.funderId, schemeId: round.schemeId, roundId: round.id };
    const path = `/fund/${grant.funderId}/schemes/${round.schemeId}/rounds/${round.id}/monitoring`;
    const cookie = await cookieOf("tomas@example.org");
    const refused = unwrap<{ errors: Record<string, unknown> }>(
      await run(
        roundMonitoring.action,
        makeRequest(path, { cookie, form: { plan: "custom", customPlan: "150" } }),
        params,
      ),
    );
    expect(Object.keys(refused.data.errors)).toEqual(["customPlan"]);
    const saved = await run(
      roundMonitoring.action,
      makeRequest(path, {
        cookie,
        form: {
          plan: "quarterly",
          "number.0.en": "Sessions held",
          "number.0.uk": "Проведені заняття",
          msc: "on",
        },
      }),
      params,
    );
    expect(location(saved)).toContain("notice=saved");
    const stored = await db().round.findUniqueOrThrow({ where: { id: round.id } });
    expect(stored.checkInPlan).toEqual([2500, 5000, 7500, 10000]);
    expect(stored.mscEnabled).toBe(true);
    const shown = unwrap<Awaited<ReturnType<typeof roundMonitoring.loader>>>(
      await run(roundMonitoring.loader, makeRequest(path, { cookie }), params),
    ).data;
    expect(shown.values).toMatchObject({ plan: "quarterly", "number.0.uk": "Проведені заняття" });
  });
});
