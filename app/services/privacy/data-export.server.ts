import { recordingQuestionId } from "~/services/monitoring/check-in-files.server";
import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";
import { storage } from "~/services/platform/storage.server";
import { zipStream, type ZipEntry } from "./zip-stream.server";

/**
 * Everything Withfund holds about one person, as a ZIP: `data.json` and the files she uploaded.
 * Her own account, where she belongs, and what she wrote or did: applications she started or
 * sent (with their answers), check-ins she sent or saved photos or a recording to (with the
 * funder's replies), reviews, panel notes, conflicts, community rankings, suggestions on
 * forms, the emails sent to her (subjects, not bodies) and the audit entries where she acted.
 * Other people's details (names and addresses of those she invited, who replied to her
 * check-in, for example) are left out: they are theirs to ask for.
 */

const PAGE = 500;
const encoder = new TextEncoder();
const text = (value: string) => encoder.encode(value);

type Section = {
  key: string;
  /** Read one page at a time, so a long history never sits in memory whole. */
  rows: () => AsyncIterable<unknown>;
};

async function* paged<T extends { id: string }>(
  page: (after: string | undefined) => Promise<T[]>,
  shape: (row: T) => unknown = (row) => row,
): AsyncGenerator<unknown> {
  let after: string | undefined;
  for (;;) {
    const rows = await page(after);
    for (const row of rows) yield shape(row);
    if (rows.length < PAGE) return;
    after = rows.at(-1)!.id;
  }
}

/** One page of `where`'s rows, in id order, after the last one read. */
const pageOf = <Where extends object>(where: Where, after: string | undefined) => ({
  where: { ...where, ...(after ? { id: { gt: after } } : {}) },
  orderBy: { id: "asc" as const },
  take: PAGE,
});
const withReference = { application: { select: { reference: true } } };

function sections(userId: string, email: string): Section[] {
  const mine = { userId };
  return [
    {
      key: "account",
      rows: async function* () {
        const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
        yield {
          id: user.id,
          email: user.email,
          name: user.name,
          language: user.locale,
          hasPassword: user.passwordHash !== null,
          twoFactorSince: user.totpEnabledAt,
          isPlatformAdmin: user.isPlatformAdmin,
          createdAt: user.createdAt,
          lastSignInAt: user.lastSignInAt,
        };
      },
    },
    {
      key: "signedInDevices",
      rows: () =>
        paged((after) =>
          db().session.findMany({
            ...pageOf(mine, after),
            select: {
              id: true,
              userAgent: true,
              createdAt: true,
              lastSeenAt: true,
              expiresAt: true,
            },
          }),
        ),
    },
    {
      key: "groups",
      rows: () =>
        paged(
          (after) =>
            db().organisationMember.findMany({
              ...pageOf(mine, after),
              include: { organisation: { select: { id: true, name: true } } },
            }),
          (row) => ({ group: row.organisation, role: row.role, since: row.createdAt }),
        ),
    },
    {
      key: "funderTeams",
      rows: () =>
        paged(
          (after) =>
            db().funderMember.findMany({
              ...pageOf(mine, after),
              include: { funder: { select: { id: true, name: true } } },
            }),
          (row) => ({ funder: row.funder, role: row.role, since: row.createdAt }),
        ),
    },
    {
      key: "panels",
      rows: () =>
        paged(
          (after) =>
            db().panelMember.findMany({
              ...pageOf(mine, after),
              include: { panel: { select: { id: true, name: true } } },
            }),
          (row) => ({
            panel: row.panel,
            role: row.role,
            since: row.createdAt,
            removedAt: row.removedAt,
          }),
        ),
    },
    {
      key: "workingGroups",
      rows: () =>
        paged(
          (after) =>
            db().workingGroupMember.findMany({
              ...pageOf(mine, after),
              include: { scheme: { select: { id: true, title: true } } },
            }),
          (row) => ({
            scheme: row.scheme,
            invitedEmail: row.email,
            joinedAt: row.acceptedAt,
            revokedAt: row.revokedAt,
          }),
        ),
    },
    {
      key: "applications",
      rows: () =>
        paged(
          (after) =>
            db().application.findMany({
              ...pageOf({ OR: [{ createdById: userId }, { submittedById: userId }] }, after),
              include: { organisation: { select: { id: true, name: true } } },
            }),
          (row) => ({
            reference: row.reference,
            group: row.organisation,
            youStartedIt: row.createdById === userId,
            youSentIt: row.submittedById === userId,
            status: row.status,
            requestedMinor: row.requestedMinor,
            answerLanguage: row.answerLanguage,
            answers: row.answers,
            createdAt: row.createdAt,
            submittedAt: row.submittedAt,
            answersRemovedAt: row.personalDataRemovedAt,
          }),
        ),
    },
    {
      key: "checkIns",
      rows: async function* () {
        yield* paged(await checkInsPage(userId), (row) => ({
          grant: row.grant.application.reference,
          group: row.grant.application.organisation,
          kind: row.kind,
          youSentIt: row.kind === "CHECK_IN" && row.submittedById === userId,
          youLoggedIt: row.loggedById === userId,
          dueOn: row.dueOn,
          sentAt: row.submittedAt,
          lastSavedAt: row.updatedAt,
          answerLanguage: row.answerLanguage,
          answers: row.answers,
          storyConsent: row.storyConsent,
          domainOfChange: row.changeDomain?.name ?? null,
          yourAddition: row.addedByHer ? row.groupAddition : null,
          funderReply: row.reply,
          repliedAt: row.repliedAt,
          yourFiles: row.files.map((file) => ({
            inThisZip: zipName(file),
            kind: file.questionId === recordingQuestionId ? "recording" : "photo",
            mimeType: file.mimeType,
            consent: file.consent,
            caption: file.caption,
            uploadedAt: file.createdAt,
          })),
        }));
      },
    },
    {
      key: "filesYouUploaded",
      rows: () => paged(filesPage(userId), (row) => ({ ...row, inThisZip: zipName(row) })),
    },
    {
      key: "reviews",
      rows: () =>
        paged(
          (after) =>
            db().review.findMany({
              ...pageOf(mine, after),
              include: withReference,
            }),
          (row) => ({
            application: row.application.reference,
            panelId: row.panelId,
            status: row.status,
            scores: row.scores,
            comments: row.comments,
            overallComment: row.overallComment,
            recommendation: row.recommendation,
            submittedAt: row.submittedAt,
          }),
        ),
    },
    {
      key: "panelNotes",
      rows: () =>
        paged(
          (after) =>
            db().panelComment.findMany({
              ...pageOf(mine, after),
              include: withReference,
            }),
          (row) => ({
            application: row.application.reference,
            panelId: row.panelId,
            note: row.body,
            writtenAt: row.createdAt,
          }),
        ),
    },
    {
      key: "conflictsDeclared",
      rows: () =>
        paged(
          (after) =>
            db().conflictDeclaration.findMany({
              ...pageOf(mine, after),
              include: withReference,
            }),
          (row) => ({
            application: row.application.reference,
            panelId: row.panelId,
            kind: row.kind,
            note: row.note,
            declaredAt: row.createdAt,
          }),
        ),
    },
    {
      key: "communityRankings",
      rows: () =>
        paged(
          (after) => db().communityRanking.findMany(pageOf(mine, after)),
          (row) => ({
            panelId: row.panelId,
            applicationIds: row.applicationIds,
            savedAt: row.updatedAt,
          }),
        ),
    },
    {
      key: "formSuggestions",
      rows: () =>
        paged(
          (after) => db().formSuggestion.findMany(pageOf({ authorId: userId }, after)),
          (row) => ({
            formVersionId: row.formVersionId,
            kind: row.kind,
            language: row.locale,
            text: row.text,
            showYourName: row.showName,
            status: row.status,
            reply: row.reply,
            writtenAt: row.createdAt,
          }),
        ),
    },
    {
      key: "emailsSentToYou",
      rows: () =>
        paged(
          (after) =>
            db().outboundEmail.findMany({
              ...pageOf({ to: email }, after),
              select: {
                id: true,
                template: true,
                subject: true,
                status: true,
                createdAt: true,
                sentAt: true,
              },
            }),
          ({ id: _id, ...row }) => row,
        ),
    },
    {
      key: "yourActions",
      rows: () =>
        paged(
          (after) =>
            db().auditEvent.findMany({
              ...pageOf({ actorId: userId }, after),
              select: { id: true, action: true, entityType: true, entityId: true, createdAt: true },
            }),
          ({ id: _id, ...row }) => row,
        ),
    },
  ];
}

/**
 * Check-ins she sent (or, as staff, logged as a conversation), saved a photo or a recording
 * to, or added her words to after staff logged a conversation. A draft's typed answers are not
 * tied to whoever saved them, so an unsent draft is hers only through her files.
 */
async function checkInsPage(userId: string) {
  const addedTo = await db().auditEvent.findMany({
    where: { actorId: userId, action: "monitoring.conversation-added-to", entityType: "CheckIn" },
    select: { entityId: true },
  });
  const addedIds = new Set(addedTo.map((event) => event.entityId));
  return async (after: string | undefined) => {
    const rows = await db().checkIn.findMany({
      ...pageOf(
        {
          OR: [
            { submittedById: userId },
            { files: { some: { createdById: userId } } },
            ...(addedIds.size > 0 ? [{ id: { in: [...addedIds] } }] : []),
          ],
        },
        after,
      ),
      include: {
        grant: {
          select: {
            application: {
              select: { reference: true, organisation: { select: { id: true, name: true } } },
            },
          },
        },
        changeDomain: { select: { name: true } },
        files: {
          where: { createdById: userId, deletedAt: null },
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            originalName: true,
            questionId: true,
            mimeType: true,
            consent: true,
            caption: true,
            createdAt: true,
          },
        },
      },
    });
    return rows.map((row) => ({ ...row, addedByHer: addedIds.has(row.id) }));
  };
}

function filesPage(userId: string) {
  return (after: string | undefined) =>
    db().storedFile.findMany({
      ...pageOf({ createdById: userId, deletedAt: null }, after),
      select: {
        id: true,
        originalName: true,
        mimeType: true,
        sizeBytes: true,
        createdAt: true,
        application: { select: { reference: true } },
      },
    });
}

/** Her file's own name, made safe for every unzip program, after its id so no two clash. */
function zipName(file: { id: string; originalName: string }) {
  const safe = file.originalName.replace(/[^\p{L}\p{N}._ -]+/gu, "_").slice(-100) || "file";
  return `files/${file.id}-${safe}`;
}

const indentBy = (json: string, spaces: string) => json.replace(/\n/g, `\n${spaces}`);

async function* dataJson(list: Section[], exportedAt: Date): AsyncGenerator<Uint8Array> {
  yield text(`{\n  "exportedAt": ${JSON.stringify(exportedAt)}`);
  for (const section of list) {
    yield text(`,\n  ${JSON.stringify(section.key)}: [`);
    let first = true;
    for await (const row of section.rows()) {
      yield text(`${first ? "" : ","}\n    ${indentBy(JSON.stringify(row, null, 2), "    ")}`);
      first = false;
    }
    yield text(first ? "]" : "\n  ]");
  }
  yield text("\n}\n");
}

async function* entries(userId: string, email: string, now: Date): AsyncGenerator<ZipEntry> {
  yield {
    name: "data.json",
    compress: true,
    chunks: () => dataJson(sections(userId, email), now),
  };
  for await (const file of paged(filesPage(userId))) {
    const { id, originalName } = file as { id: string; originalName: string };
    yield {
      name: zipName({ id, originalName }),
      compress: false,
      chunks: async function* () {
        const row = await db().storedFile.findUnique({
          where: { id },
          select: { storageKey: true },
        });
        const bytes = row ? await storage().get(row.storageKey) : null;
        if (bytes) yield bytes;
      },
    };
  }
}

/** Audited when asked for; the ZIP is written while it downloads. */
export async function personalDataZip(user: { id: string; email: string }, now = new Date()) {
  await db().$transaction((tx) =>
    audit(tx, {
      actorId: user.id,
      action: "privacy.data-downloaded",
      entity: { type: "User", id: user.id },
    }),
  );
  return zipStream(entries(user.id, user.email, now));
}
