import { seedDemo } from "./demo-world";
import { loader as readingPage } from "~/routes/panels.$panelId_.applications.$applicationId._index";
import { loader as panelFile } from "~/routes/panels.$panelId_.applications.$applicationId.files.$fileId";
import { db } from "~/services/platform/db.server";
import { storage, storageKeyFor } from "~/services/platform/storage.server";
import { createOpenRound, testReference } from "./fixtures";
import { call, demoPanel, signIns } from "./panels";

/**
 * The demo panel set up for reading: María assigned to the Ukrainian association's application
 * (which has a recording), Fatima conflicted with it and assigned to the centre's, Nadia the
 * chair; everyone has been through their conflicts. Another funder has its own panel, member
 * and application, for the tests that swap ids across funders.
 */
export async function readingScenario() {
  await seedDemo(db());
  const demo = await demoPanel();
  const association = demo.byGroup("Ukrainian Women's Association Riverside");
  const centre = demo.byGroup("Riverside Community Centre");
  const maria = await demo.userId("maria@example.org");
  const fatima = await demo.userId("fatima@example.org");
  await db().panelMember.updateMany({
    where: { panelId: demo.panel.id },
    data: { conflictsCheckedAt: new Date() },
  });
  await db().reviewAssignment.createMany({
    data: [
      { panelId: demo.panel.id, applicationId: association.id, userId: maria },
      { panelId: demo.panel.id, applicationId: centre.id, userId: fatima },
    ],
  });
  await db().conflictDeclaration.create({
    data: {
      panelId: demo.panel.id,
      applicationId: association.id,
      userId: fatima,
      kind: "FAMILY",
    },
  });

  const recording = await storedFile(association.id, "project-what", {
    name: "Olena Kovalenko interview.webm",
    mimeType: "audio/webm",
    bytes: new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3]),
  });
  const centreLetter = await storedFile(centre.id, "project-what", {
    name: "Centre letter.pdf",
    mimeType: "application/pdf",
    bytes: new TextEncoder().encode("%PDF-1.4\n%%EOF\n"),
  });
  // A recording stands in for the written answer: the group spoke it instead of typing it.
  const { "project-what": _written, ...answers } = association.answers as Record<string, unknown>;
  await db().application.update({
    where: { id: association.id },
    data: {
      answers: {
        ...answers,
        "project-what.recording": recording.id,
        "group-people": `${String(answers["group-people"])} Пишіть на uwa.riverside@example.net або телефонуйте 087 123 4567.`,
      },
    },
  });

  const other = await createOpenRound();
  const otherApplication = await db().application.create({
    data: {
      reference: testReference(),
      potId: other.pot.id,
      organisationId: other.organisation.id,
      formVersionId: other.form.id,
      status: "SUBMITTED",
      answers: { about: "Other funder's group" },
      submittedAt: new Date(),
    },
  });
  const otherFile = await storedFile(otherApplication.id, "about", {
    name: "other.pdf",
    mimeType: "application/pdf",
    bytes: new TextEncoder().encode("%PDF-1.4\n%%EOF\n"),
  });
  const otherPanel = await db().panel.create({
    data: {
      roundId: other.round.id,
      name: "Other panel",
      members: {
        create: [{ userId: other.colleague.id, role: "MEMBER", conflictsCheckedAt: new Date() }],
      },
      assignments: { create: [{ applicationId: otherApplication.id, userId: other.colleague.id }] },
    },
  });

  return {
    demo,
    panelId: demo.panel.id,
    association,
    centre,
    recording,
    centreLetter,
    other: { ...other, application: otherApplication, file: otherFile, panel: otherPanel },
  };
}

export async function storedFile(
  applicationId: string,
  questionId: string,
  file: { name: string; mimeType: string; bytes: Uint8Array },
) {
  const id = `file${Math.random().toString(36).slice(2, 12)}`;
  const storageKey = storageKeyFor(applicationId, id);
  await storage().put(storageKey, file.bytes, file.mimeType);
  return db().storedFile.create({
    data: {
      id,
      applicationId,
      questionId,
      storageKey,
      mimeType: file.mimeType,
      sizeBytes: file.bytes.byteLength,
      originalName: file.name,
    },
  });
}

export type ReadingPage = Awaited<ReturnType<typeof readingPage>>;

/** Opening the reading page and a file on it, as someone (by email) or signed out. */
export function readingVisits() {
  const as = signIns();
  const read = async (email: string | null, panelId: string, applicationId: string, query = "") =>
    call(
      readingPage,
      `/panels/${panelId}/applications/${applicationId}${query}`,
      { panelId, applicationId },
      await as(email),
    );
  const download = async (
    email: string | null,
    panelId: string,
    applicationId: string,
    fileId: string,
  ) =>
    call(
      panelFile,
      `/panels/${panelId}/applications/${applicationId}/files/${fileId}`,
      { panelId, applicationId, fileId },
      await as(email),
    );
  return { as, read, download };
}
