import {
  checkInErrors,
  draftFromForm,
  readAnswers,
  sentNumbers,
  otherDomain,
  textFields,
  isShareConsent,
  type CheckInDraft,
  type CheckInAnswers,
} from "~/domain/monitoring/check-in-form";
import { isCheckInWritable } from "~/domain/monitoring/check-in-status";
import { readLightNumbers } from "~/domain/monitoring/round-settings";
import type { FieldErrors } from "~/domain/shared/validation";
import type { GrantForPage } from "~/services/grants/grant-access.server";
import { completeAfterChange } from "~/services/grants/grant-completion.server";
import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";
import {
  checkInFiles,
  fileErrorKey,
  limitsOf,
  maxCaptionLength,
  maxPhotos,
  photoQuestionId,
  recordingQuestionId,
  removeCheckInFile,
  storeCheckInFile,
  type CheckInUpload,
} from "./check-in-files.server";

/**
 * A group's check-in: reading it, saving what was typed (the page's own save, with or
 * without JavaScript, and autosave share one save), and sending it. Each save names the
 * revision it was made from; a save from an older copy is refused and what it carried is
 * handed back, so nothing typed is lost and nothing newer is overwritten.
 */

export async function loadCheckIn(grantId: string, checkInId: string) {
  return db().checkIn.findFirst({
    where: { id: checkInId, grantId },
    include: { changeDomain: { select: { id: true, name: true } } },
  });
}
export type LoadedCheckIn = NonNullable<Awaited<ReturnType<typeof loadCheckIn>>>;

/** What the round asks in its check-ins: its light numbers and its domains of change. */
export async function roundAsks(roundId: string) {
  const round = await db().round.findUniqueOrThrow({
    where: { id: roundId },
    select: {
      lightNumbers: true,
      mscEnabled: true,
      changeDomains: { orderBy: { position: "asc" }, select: { id: true, name: true } },
    },
  });
  return {
    lightNumbers: readLightNumbers(round.lightNumbers),
    domains: round.mscEnabled ? round.changeDomains : [],
  };
}
export type RoundAsks = Awaited<ReturnType<typeof roundAsks>>;

export type CheckInForPage = GrantForPage & { checkIn: LoadedCheckIn; asks: RoundAsks };

export function draftOf(checkIn: LoadedCheckIn): CheckInDraft {
  return {
    answers: readAnswers(checkIn.answers),
    storyConsent: checkIn.storyConsent,
    domain:
      checkIn.changeDomainId ?? (checkIn.answers && otherChosen(checkIn) ? otherDomain : null),
  };
}

/** "Any other change" has no domain row; it is kept in the answers. */
function otherChosen(checkIn: { answers: unknown }) {
  return (checkIn.answers as { domain?: unknown } | null)?.domain === otherDomain;
}

export function contextOf(page: CheckInForPage, hasRecording: boolean) {
  return {
    numberIds: page.asks.lightNumbers.map((n) => n.id),
    domainsAsked: page.asks.domains.length > 0,
    hasRecording,
  };
}

export type SaveInput = {
  form: FormData;
  uploads: CheckInUpload[];
  tooLarge: CheckInUpload["kind"][];
  /** An autosave carries only typed text. */
  autosave: boolean;
};

export type FileProblem = { field: "photo" | "recording"; reason: string };

export type SaveOutcome =
  | { outcome: "saved"; revision: number; errors: FieldErrors; savedAt: string }
  | { outcome: "conflict"; revision: number; copies: { field: string; text: string }[] }
  | { outcome: "not-editable"; sent: boolean }
  | { outcome: "bad-request" };

function storedAnswers(draft: CheckInDraft) {
  return {
    ...draft.answers,
    ...(draft.domain === otherDomain ? { domain: otherDomain } : {}),
  };
}

/** Saves a draft: the typed answers, photo captions and consents, new or removed files. */
export async function saveCheckIn(page: CheckInForPage, input: SaveInput): Promise<SaveOutcome> {
  const { checkIn, user, grant } = page;
  const revision = Number(input.form.get("revision"));
  if (!Number.isInteger(revision) || revision < 0) return { outcome: "bad-request" };
  if (!isCheckInWritable(checkIn, grant.status))
    return { outcome: "not-editable", sent: checkIn.submittedAt !== null };
  const draft = draftFromForm(input.form, {
    numberIds: page.asks.lightNumbers.map((n) => n.id),
    domainIds: page.asks.domains.map((d) => d.id),
  });
  const updated = await db().checkIn.updateMany({
    where: { id: checkIn.id, revision, submittedAt: null },
    data: {
      answers: storedAnswers(draft),
      storyConsent: draft.storyConsent,
      changeDomainId: draft.domain && draft.domain !== otherDomain ? draft.domain : null,
      answerLanguage: input.form.get("language")?.toString().slice(0, 10) || undefined,
      revision: { increment: 1 },
    },
  });
  if (updated.count === 0) {
    const fresh = await loadCheckIn(grant.id, checkIn.id);
    if (!fresh || fresh.submittedAt) return { outcome: "not-editable", sent: true };
    return {
      outcome: "conflict",
      revision: fresh.revision,
      copies: conflictCopies(draft.answers, readAnswers(fresh.answers)),
    };
  }

  const fileErrors: FieldErrors = {};
  // Captions and consents are typed like answers, so autosave keeps them too.
  await updatePhotoDetails(checkIn.id, input.form);
  if (!input.autosave) {
    const intent = String(input.form.get("intent") ?? "");
    const removing = /^remove-file:([a-z0-9]{1,40})$/.exec(intent);
    if (removing) await removeCheckInFile(checkIn.id, removing[1]!);
    for (const kind of input.tooLarge)
      fileErrors[kind] = {
        key: fileErrorKey(kind, "too-large"),
        values: { max: megabytes(limitsOf[kind].maxBytes) },
      };
    for (const upload of input.uploads) {
      const consent = input.form.get("newPhotoConsent");
      if (upload.kind === "photo" && !isShareConsent(consent)) {
        fileErrors.newPhotoConsent = { key: "monitoring:form.errors.photoConsent" };
        continue;
      }
      const before =
        upload.kind === "recording"
          ? await db().storedFile.findMany({
              where: { checkInId: checkIn.id, questionId: recordingQuestionId },
              select: { id: true },
            })
          : [];
      const stored = await storeCheckInFile({
        actorId: user.id,
        applicationId: grant.applicationId,
        checkInId: checkIn.id,
        upload,
        consent: upload.kind === "photo" && isShareConsent(consent) ? consent : undefined,
        caption: upload.kind === "photo" ? String(input.form.get("newPhotoCaption") ?? "") : "",
      });
      if (!stored.ok) {
        fileErrors[upload.kind] = {
          key: fileErrorKey(upload.kind, stored.reason),
          values: { max: megabytes(limitsOf[upload.kind].maxBytes), photos: maxPhotos },
        };
        continue;
      }
      // One recording per check-in: a new one takes the old one's place.
      for (const old of before) await removeCheckInFile(checkIn.id, old.id);
    }
  }
  const hasRecording = await hasRecordingFile(checkIn.id);
  const errors = { ...checkInErrors(draft, contextOf(page, hasRecording), "save"), ...fileErrors };
  return { outcome: "saved", revision: revision + 1, errors, savedAt: new Date().toISOString() };
}

async function updatePhotoDetails(checkInId: string, form: FormData) {
  const photos = await db().storedFile.findMany({
    where: { checkInId, questionId: photoQuestionId },
    select: { id: true, consent: true, caption: true },
  });
  for (const photo of photos) {
    const consent = form.get(`photo.${photo.id}.consent`);
    const caption = form.get(`photo.${photo.id}.caption`);
    if (consent === null && caption === null) continue;
    await db().storedFile.update({
      where: { id: photo.id },
      data: {
        consent: isShareConsent(consent) ? consent : photo.consent,
        caption:
          typeof caption === "string"
            ? caption.trim().slice(0, maxCaptionLength) || null
            : photo.caption,
      },
    });
  }
}

export async function hasRecordingFile(checkInId: string) {
  return (
    (await db().storedFile.count({
      where: { checkInId, questionId: recordingQuestionId, deletedAt: null },
    })) > 0
  );
}

function conflictCopies(typed: CheckInAnswers, stored: CheckInAnswers) {
  return textFields.flatMap((field) => {
    const text = typed[field];
    return text && text !== stored[field] ? [{ field, text }] : [];
  });
}

export type SendOutcome =
  | { outcome: "sent" }
  | { outcome: "already-sent" }
  | { outcome: "incomplete"; errors: FieldErrors }
  | { outcome: "changed" }
  | { outcome: "not-editable" };

/**
 * Sends the check-in as saved. Sending twice (a double tap, a second device) leaves one sent
 * check-in and tells the second press it is already with the funder.
 */
export async function sendCheckIn(page: CheckInForPage, revision: number): Promise<SendOutcome> {
  const { checkIn, user, grant } = page;
  if (checkIn.submittedAt) return { outcome: "already-sent" };
  if (!isCheckInWritable(checkIn, grant.status)) return { outcome: "not-editable" };
  if (checkIn.revision !== revision) return { outcome: "changed" };
  const draft = draftOf(checkIn);
  const errors = checkInErrors(draft, contextOf(page, await hasRecordingFile(checkIn.id)), "send");
  if (Object.keys(errors).length > 0) return { outcome: "incomplete", errors };
  const now = new Date();
  const sent = await db().$transaction(async (tx) => {
    const updated = await tx.checkIn.updateMany({
      where: { id: checkIn.id, revision, submittedAt: null },
      data: {
        submittedAt: now,
        submittedById: user.id,
        answers: { ...storedAnswers(draft), numbers: sentNumbers(draft.answers) },
        revision: { increment: 1 },
      },
    });
    if (updated.count === 0) return false;
    await audit(tx, {
      actorId: user.id,
      action: "monitoring.check-in-sent",
      entity: { type: "CheckIn", id: checkIn.id },
      funderId: grant.funderId,
      detail: { grantId: grant.id },
    });
    return true;
  });
  if (sent) {
    // The last check-in of a grant past its end and fully paid completes it.
    await completeAfterChange(grant.id);
    return { outcome: "sent" };
  }
  const fresh = await loadCheckIn(grant.id, checkIn.id);
  return fresh?.submittedAt ? { outcome: "already-sent" } : { outcome: "changed" };
}

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

export const maxAdditionLength = 3000;

/** The group's own words added to a conversation staff logged. */
export async function addToConversation(page: CheckInForPage, text: string) {
  const { checkIn, user, grant } = page;
  if (checkIn.kind !== "CONVERSATION") return { ok: false as const, error: "not-conversation" };
  const trimmed = text.trim();
  if (!trimmed)
    return { ok: false as const, error: "monitoring:conversation.errors.additionEmpty" };
  if (trimmed.length > maxAdditionLength)
    return { ok: false as const, error: "monitoring:conversation.errors.additionTooLong" };
  await db().$transaction(async (tx) => {
    await tx.checkIn.update({ where: { id: checkIn.id }, data: { groupAddition: trimmed } });
    await audit(tx, {
      actorId: user.id,
      action: "monitoring.conversation-added-to",
      entity: { type: "CheckIn", id: checkIn.id },
      funderId: grant.funderId,
      detail: { grantId: grant.id },
    });
  });
  return { ok: true as const };
}

export { checkInFiles };
