import { describe, expect, it } from "vitest";
import * as editScheme from "~/routes/fund.$funderId.schemes.$schemeId.edit";
import * as checkPage from "~/routes/applications.$applicationId.check";
import * as taskList from "~/routes/applications.$applicationId._index";
import { scheduledJobs } from "~/services/platform/job-list.server";
import { db } from "~/services/platform/db.server";
import { storage, storageKeyFor } from "~/services/platform/storage.server";
import { applyRetention } from "~/services/privacy/retention.server";
import { useTestDatabase } from "../support/database";
import { createOpenRound, testReference } from "../support/fixtures";
import { makeRequest, run, signedInCookie, unwrap } from "../support/requests";

useTestDatabase();

const DAY = 24 * 60 * 60 * 1000;
const bytes = new TextEncoder().encode("our constitution, signed");

/** A round that closed on `closesAt`, with one application of each kind that retention meets. */
async function closedRound(closesAt: Date) {
  const setup = await createOpenRound();
  await db().round.update({
    where: { id: setup.round.id },
    data: { opensAt: new Date(closesAt.getTime() - 30 * DAY), closesAt },
  });
  const application = async (
    status: "DRAFT" | "DECLINED" | "WITHDRAWN" | "INELIGIBLE" | "AWARDED",
  ) => {
    const sent = status !== "DRAFT";
    const row = await db().application.create({
      data: {
        reference: testReference(),
        potId: setup.pot.id,
        organisationId: setup.organisation.id,
        status,
        requestedMinor: 250_000,
        awardedMinor: status === "AWARDED" ? 200_000 : null,
        answers: { about: "We run a Saturday Arabic club for 40 children.", registered: "no" },
        completedSections: ["group"],
        ineligibleNote: status === "INELIGIBLE" ? "Spoke to Huda on the phone" : null,
        submittedAt: sent ? new Date(closesAt.getTime() - DAY) : null,
        createdById: setup.owner.id,
      },
    });
    const file = await db().storedFile.create({
      data: {
        applicationId: row.id,
        questionId: "about",
        storageKey: `pending-${row.id}`,
        mimeType: "application/pdf",
        sizeBytes: bytes.length,
        originalName: "constitution.pdf",
        createdById: setup.owner.id,
      },
    });
    const storageKey = storageKeyFor(row.id, file.id);
    await storage().put(storageKey, bytes, file.mimeType);
    await db().storedFile.update({ where: { id: file.id }, data: { storageKey } });
    return { ...row, storageKey };
  };
  return {
    ...setup,
    draft: await application("DRAFT"),
    declined: await application("DECLINED"),
    withdrawn: await application("WITHDRAWN"),
    ineligible: await application("INELIGIBLE"),
    awarded: await application("AWARDED"),
  };
}

const retentionAudits = (roundId: string) =>
  db().auditEvent.findMany({ where: { action: "privacy.retention-applied", entityId: roundId } });

describe("retention of applications that came to nothing", () => {
  it("waits for the scheme's months after the round closed, then removes answers and files", async () => {
    const closesAt = new Date("2025-03-31T22:59:00Z");
    const round = await closedRound(closesAt);

    // A day short of 24 months: nothing changes.
    await applyRetention(new Date("2027-03-30T23:00:00Z"));
    expect(await db().application.count({ where: { potId: round.pot.id } })).toBe(5);
    expect(await retentionAudits(round.round.id)).toHaveLength(0);

    const now = new Date("2027-04-01T09:00:00Z");
    const result = await applyRetention(now);
    expect(result).toMatchObject({ draftsDeleted: 1, applicationsCleared: 3, filesDeleted: 4 });

    // The draft nobody sent is gone, with its file.
    expect(await db().application.findUnique({ where: { id: round.draft.id } })).toBeNull();
    expect(await storage().get(round.draft.storageKey)).toBeNull();

    // The others keep what the ledger and the figures need, and lose what the group wrote.
    for (const kept of [round.declined, round.withdrawn, round.ineligible]) {
      const after = await db().application.findUniqueOrThrow({
        where: { id: kept.id },
        include: { files: true },
      });
      expect(after).toMatchObject({
        reference: kept.reference,
        status: kept.status,
        requestedMinor: 250_000,
        organisationId: round.organisation.id,
        potId: round.pot.id,
        answers: null,
        completedSections: null,
        ineligibleNote: null,
        personalDataRemovedAt: now,
      });
      expect(after.files).toEqual([]);
      expect(await storage().get(kept.storageKey)).toBeNull();
    }

    // A funded application is not touched.
    const awarded = await db().application.findUniqueOrThrow({
      where: { id: round.awarded.id },
      include: { files: true },
    });
    expect(awarded.answers).toEqual(round.awarded.answers);
    expect(awarded.personalDataRemovedAt).toBeNull();
    expect(awarded.files).toHaveLength(1);
    expect(await storage().get(round.awarded.storageKey)).not.toBeNull();

    const audits = await retentionAudits(round.round.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: null, funderId: round.funder.id });
    expect(audits[0]!.detail).toMatchObject({
      draftsDeleted: 1,
      applicationsCleared: 3,
      filesDeleted: 4,
      retentionMonths: 24,
    });

    // A second run changes nothing and records nothing.
    expect(await applyRetention(new Date(now.getTime() + DAY))).toMatchObject({
      draftsDeleted: 0,
      applicationsCleared: 0,
      filesDeleted: 0,
    });
    expect(await retentionAudits(round.round.id)).toHaveLength(1);
  });

  it("follows a shorter period set on the scheme", async () => {
    const round = await closedRound(new Date(Date.now() - 200 * DAY));
    await applyRetention(new Date());
    expect(await db().application.count({ where: { potId: round.pot.id } })).toBe(5);

    await db().scheme.update({ where: { id: round.scheme.id }, data: { retentionMonths: 6 } });
    await applyRetention(new Date());
    expect(await db().application.count({ where: { potId: round.pot.id } })).toBe(4);
  });

  it("tells the group and the funder's staff the answers were removed, and when", async () => {
    const round = await closedRound(new Date("2024-01-15T12:00:00Z"));
    await applyRetention(new Date("2026-06-02T10:00:00Z"));
    const params = { applicationId: round.declined.id };
    for (const cookie of [
      await signedInCookie(round.owner.id),
      await signedInCookie(round.staff.id),
    ]) {
      const check = unwrap<Awaited<ReturnType<typeof checkPage.loader>>>(
        await run(
          checkPage.loader,
          makeRequest(`/applications/${round.declined.id}/check`, { cookie }),
          params,
        ),
      ).data;
      expect(check.removedAt).toBe("2026-06-02T10:00:00.000Z");
      expect(check.files).toEqual({});
      const tasks = unwrap<Awaited<ReturnType<typeof taskList.loader>>>(
        await run(
          taskList.loader,
          makeRequest(`/applications/${round.declined.id}`, { cookie }),
          params,
        ),
      ).data;
      expect(tasks.removedAt).toBe("2026-06-02T10:00:00.000Z");
    }
  });

  it("runs every day as a scheduled job", () => {
    const job = scheduledJobs.find((candidate) => candidate.name === "privacy.retention");
    expect(job?.everyMs).toBe(24 * 60 * 60 * 1000);
  });
});

describe("the retention setting on the scheme", () => {
  it("is saved from the edit page, and a number out of range is refused next to the field", async () => {
    const { funder, scheme, staff } = await createOpenRound();
    const cookie = await signedInCookie(staff.id);
    const path = `/fund/${funder.id}/schemes/${scheme.id}/edit`;
    const params = { funderId: funder.id, schemeId: scheme.id };
    const form = unwrap<Awaited<ReturnType<typeof editScheme.loader>>>(
      await run(editScheme.loader, makeRequest(path, { cookie }), params),
    ).data;
    expect(form.values.retentionMonths).toBe("24");

    const refused = unwrap<{
      errors: Record<string, { key: string }>;
      values: Record<string, string>;
    }>(
      await run(
        editScheme.action,
        makeRequest(path, { cookie, form: { ...form.values, retentionMonths: "3" } }),
        params,
      ),
    );
    expect(refused.status).toBe(400);
    expect(refused.data.errors.retentionMonths?.key).toBe("schemes:errors.retentionInvalid");
    expect(refused.data.values.retentionMonths).toBe("3");

    const saved = (await run(
      editScheme.action,
      makeRequest(path, { cookie, form: { ...form.values, retentionMonths: "36" } }),
      params,
    )) as Response;
    expect(saved.status).toBe(302);
    expect(
      (await db().scheme.findUniqueOrThrow({ where: { id: scheme.id } })).retentionMonths,
    ).toBe(36);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { entityId: scheme.id, action: "schemes.scheme-updated" },
    });
    expect(Object.keys((event.detail as { changes: object }).changes)).toEqual(["retentionMonths"]);
  });
});
