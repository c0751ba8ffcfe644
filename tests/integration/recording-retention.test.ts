import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../support/demo-world";
import { deleteExpiredRecordings } from "~/services/applications/recording-retention.server";
import { scheduledJobs } from "~/services/platform/job-list.server";
import { db } from "~/services/platform/db.server";
import { storage, storageKeyFor } from "~/services/platform/storage.server";
import { useTestDatabase } from "../support/database";
import { testReference } from "../support/fixtures";

useTestDatabase();

const DAY = 24 * 60 * 60 * 1000;
const decidedAt = new Date("2027-06-01T09:00:00Z");
const bytes = new TextEncoder().encode("a recorded answer");

/** A decided application answering one question by recording and attaching one letter. */
async function decidedApplication(confirmedAt: Date | null) {
  const pot = await db().pot.findFirstOrThrow({
    where: { round: { scheme: { slug: { not: "" } } } },
  });
  const organisation = await db().organisation.findFirstOrThrow({
    where: { name: "Amal Women's Circle" },
  });
  const application = await db().application.create({
    data: {
      reference: testReference(),
      potId: pot.id,
      organisationId: organisation.id,
      status: confirmedAt ? "DECLINED" : "IN_REVIEW",
      submittedAt: new Date("2027-03-01T09:00:00Z"),
    },
  });
  const file = async (questionId: string, summary: string | null) => {
    const row = await db().storedFile.create({
      data: {
        applicationId: application.id,
        questionId,
        storageKey: `pending-${questionId}-${application.id}`,
        mimeType: "audio/mp4",
        sizeBytes: bytes.length,
        originalName: `${questionId}.m4a`,
        summary,
      },
    });
    const storageKey = storageKeyFor(application.id, row.id);
    await storage().put(storageKey, bytes, row.mimeType);
    return db().storedFile.update({ where: { id: row.id }, data: { storageKey } });
  };
  const recording = await file("story", "Runs a Saturday Arabic club for 40 children.");
  const letter = await file("letter", null);
  await db().application.update({
    where: { id: application.id },
    data: {
      answers: { story: { recordingFileId: recording.id }, letter: letter.id },
    },
  });
  await db().decision.create({
    data: {
      applicationId: application.id,
      potId: pot.id,
      outcome: "DECLINE",
      feedback: { en: "Not this time." },
      confirmedAt,
    },
  });
  return { application, recording, letter, funderId: (await funderOf(pot.roundId)).id };
}

async function funderOf(roundId: string) {
  const round = await db().round.findUniqueOrThrow({
    where: { id: roundId },
    include: { scheme: { include: { funder: true } } },
  });
  return round.scheme.funder;
}

beforeAll(async () => {
  await seedDemo(db());
});

describe("deleting recordings after the decision", () => {
  it("keeps them until the funder's days have passed, then deletes the bytes and keeps the summary", async () => {
    const { recording, letter, funderId } = await decidedApplication(decidedAt);
    await db().funder.update({ where: { id: funderId }, data: { recordingRetentionDays: 30 } });

    const justBefore = new Date(decidedAt.getTime() + 30 * DAY - 1000);
    expect(await deleteExpiredRecordings(justBefore)).toEqual({ deleted: 0 });
    expect(await storage().get(recording.storageKey)).not.toBeNull();

    const due = new Date(decidedAt.getTime() + 30 * DAY);
    expect(await deleteExpiredRecordings(due)).toEqual({ deleted: 1 });
    expect(await storage().get(recording.storageKey)).toBeNull();
    expect(await db().storedFile.findUniqueOrThrow({ where: { id: recording.id } })).toMatchObject({
      deletedAt: due,
      summary: "Runs a Saturday Arabic club for 40 children.",
    });
    // An attached letter is not a recording: it stays.
    expect(await storage().get(letter.storageKey)).not.toBeNull();
    expect(
      (await db().storedFile.findUniqueOrThrow({ where: { id: letter.id } })).deletedAt,
    ).toBeNull();

    const audits = await db().auditEvent.findMany({
      where: { action: "applications.recording-deleted", entityId: recording.id },
    });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: null, funderId });

    // A second run finds nothing more to do.
    expect(await deleteExpiredRecordings(new Date(due.getTime() + DAY))).toEqual({ deleted: 0 });
  });

  it("never deletes a recording while the decision is only a draft", async () => {
    const { recording } = await decidedApplication(null);
    expect(await deleteExpiredRecordings(new Date(decidedAt.getTime() + 4000 * DAY))).toEqual({
      deleted: 0,
    });
    expect(await storage().get(recording.storageKey)).not.toBeNull();
  });

  it("runs as a scheduled job", () => {
    expect(scheduledJobs.map((job) => job.name)).toContain("applications.recording-deletion");
  });
});
