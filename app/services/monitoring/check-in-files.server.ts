import { randomUUID } from "node:crypto";
import { recordingAccept } from "~/domain/forms/file-types";
import { recordingMaxBytes } from "~/domain/applications/file-types";
import type { ShareConsent } from "~/domain/outcomes/consent";
import { db } from "~/services/platform/db.server";
import { storage, storageKeyFor } from "~/services/platform/storage.server";
import { checkUpload } from "~/services/platform/uploads.server";
import { cleanName } from "~/services/applications/application-files.server";

/**
 * Photos and a voice recording sent with a check-in. They go through the same checks as an
 * application's files (type read from the bytes, size limit, photos re-encoded without their
 * metadata, which removes the place they were taken) and are kept as the grant's
 * application's files, marked with the check-in and, for a photo, the consent given for it.
 */

export const photoQuestionId = "check-in-photo";
export const recordingQuestionId = "check-in-recording";
export const photoAccept = ["image/jpeg", "image/png", "image/webp", "image/heic", "image/heif"];
export const photoMaxBytes = 10 * 1024 * 1024;
export const maxPhotos = 6;
export const maxCaptionLength = 300;

export type CheckInFileKind = "photo" | "recording";
export const limitsOf = {
  photo: { accept: photoAccept, maxBytes: photoMaxBytes },
  recording: { accept: recordingAccept, maxBytes: recordingMaxBytes },
} as const;

export type CheckInUpload = { kind: CheckInFileKind; bytes: Uint8Array; originalName: string };
export type CheckInFileRefusal =
  "empty" | "too-large" | "type-not-allowed" | "unreadable" | "too-many-pixels" | "photo-limit";
export type StoredCheckInFile =
  { ok: true; fileId: string } | { ok: false; reason: CheckInFileRefusal };

/** The translation key of why a file was refused, per field, for t(). */
export function fileErrorKey(kind: CheckInFileKind, reason: CheckInFileRefusal) {
  const words = {
    empty: "empty",
    "too-large": "tooLarge",
    "type-not-allowed": "wrongType",
    unreadable: "unreadable",
    "too-many-pixels": "tooManyPixels",
    "photo-limit": "limit",
  } as const;
  return `monitoring:form.fileErrors.${kind}.${words[reason]}`;
}

export async function storeCheckInFile(input: {
  actorId: string;
  applicationId: string;
  checkInId: string;
  upload: CheckInUpload;
  consent?: ShareConsent;
  caption?: string;
}): Promise<StoredCheckInFile> {
  const { upload } = input;
  if (upload.kind === "photo") {
    const held = await db().storedFile.count({
      where: { checkInId: input.checkInId, questionId: photoQuestionId, deletedAt: null },
    });
    if (held >= maxPhotos) return { ok: false, reason: "photo-limit" };
  }
  const checked = await checkUpload(upload.bytes, limitsOf[upload.kind]);
  if (!checked.ok) return { ok: false, reason: checked.reason };
  const fileId = randomUUID().replace(/-/g, "");
  const storageKey = storageKeyFor(input.applicationId, fileId);
  await storage().put(storageKey, checked.bytes, checked.mimeType);
  await db().storedFile.create({
    data: {
      id: fileId,
      applicationId: input.applicationId,
      checkInId: input.checkInId,
      questionId: upload.kind === "photo" ? photoQuestionId : recordingQuestionId,
      storageKey,
      mimeType: checked.mimeType,
      sizeBytes: checked.bytes.byteLength,
      originalName: cleanName(upload.originalName),
      createdById: input.actorId,
      consent: input.consent ?? null,
      caption: input.caption?.trim() ? input.caption.trim().slice(0, maxCaptionLength) : null,
    },
  });
  return { ok: true, fileId };
}

/** Forgets a file of a check-in: its row and its bytes. */
export async function removeCheckInFile(checkInId: string, fileId: string) {
  const file = await db().storedFile.findFirst({ where: { id: fileId, checkInId } });
  if (!file) return false;
  await db().storedFile.delete({ where: { id: file.id } });
  await storage()
    .delete(file.storageKey)
    .catch(() => undefined);
  return true;
}

/** The photos and recording of a check-in, oldest first. */
export function checkInFiles(checkInId: string) {
  return db().storedFile.findMany({
    where: { checkInId, deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      questionId: true,
      originalName: true,
      mimeType: true,
      consent: true,
      caption: true,
      storageKey: true,
    },
  });
}
