import { randomUUID } from "node:crypto";
import { recordingAccept } from "~/domain/forms/file-types";
import { acceptedTypes, recordingMaxBytes } from "~/domain/applications/file-types";
import type { AnswerError } from "~/domain/forms/answers-schema";
import type { Locale } from "~/domain/shared/locales";
import { isEditable } from "~/domain/applications/state-machine";
import type { FormDefinition } from "~/domain/forms/definition";
import { applicationAccess, applicationResource } from "~/domain/access/permissions";
import { definitionOf, loadApplication, rawAnswersOf, saveSection } from "./applications.server";
import { deleteUnusedFiles } from "./unused-files.server";
import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";
import { translatorFor } from "~/services/platform/i18n.server";
import type { SignedInUser } from "~/services/access/permissions.server";
import { storage, storageKeyFor } from "~/services/platform/storage.server";
import { checkUpload, MAX_PHOTO_PIXELS } from "~/services/platform/uploads.server";
import {
  fitsQuota,
  MAX_FILE_BYTES_PER_APPLICATION,
  MAX_FILES_PER_APPLICATION,
} from "~/domain/applications/file-quota";

/**
 * Files attached to answers: a document for a file question, or an audio or video recording
 * in place of a written answer. The file is stored first and then named in the answers through
 * the same section save as typed answers, so it is part of the application like any answer.
 */

export type UploadTarget = {
  questionId: string;
  sectionId: string;
  kind: "file" | "recording";
  accept: string[];
  maxBytes: number;
};

/** The question a file is for, with what it accepts; null when the form asks for no such file. */
export function uploadTarget(
  form: FormDefinition,
  questionId: string,
  kind: string,
): UploadTarget | null {
  for (const section of form.sections) {
    const question = section.questions.find((q) => q.id === questionId);
    if (!question) continue;
    if (kind === "file" && question.type === "file") {
      return {
        questionId,
        sectionId: section.id,
        kind,
        accept: question.accept,
        maxBytes: question.maxBytes,
      };
    }
    if (kind === "recording" && question.type === "longText" && question.allowRecording) {
      return {
        questionId,
        sectionId: section.id,
        kind,
        accept: recordingAccept,
        maxBytes: recordingMaxBytes,
      };
    }
  }
  return null;
}

/** The answer key a file is recorded under. */
export function answerKeyOf(target: Pick<UploadTarget, "questionId" | "kind">) {
  return target.kind === "recording" ? `${target.questionId}.recording` : target.questionId;
}

export type UploadRefusal =
  | "forbidden"
  | "not-editable"
  | "empty"
  | "too-large"
  | "type-not-allowed"
  | "unreadable"
  | "too-many-pixels"
  | "quota";
export type StoreResult =
  { ok: true; fileId: string; sectionId: string } | { ok: false; reason: UploadRefusal };

/**
 * Checks and keeps a file for an application. It is not an answer yet: the caller names it
 * in the answers (attachAnswerFile, or the section save it came with).
 */
export async function storeFileBytes(
  actor: SignedInUser,
  input: { applicationId: string; target: UploadTarget; bytes: Uint8Array; originalName: string },
): Promise<StoreResult> {
  const application = await loadApplication(input.applicationId);
  const access = application
    ? applicationAccess(actor, "edit", applicationResource(application))
    : null;
  if (!application || !access) return { ok: false, reason: "forbidden" };
  if (!isEditable(application.status)) return { ok: false, reason: "not-editable" };
  const held = await db().storedFile.findMany({
    where: { applicationId: application.id, deletedAt: null },
    select: { id: true, sizeBytes: true },
  });
  const replacing = rawAnswersOf(application)[answerKeyOf(input.target)];
  if (
    !fitsQuota(held, input.bytes.byteLength, typeof replacing === "string" ? replacing : undefined)
  )
    return { ok: false, reason: "quota" };

  const checked = await checkUpload(input.bytes, {
    accept: input.target.accept,
    maxBytes: input.target.maxBytes,
  });
  if (!checked.ok) return { ok: false, reason: checked.reason };

  // Hyphen-free, so the id is a valid file answer (answers-schema checks its shape).
  const fileId = randomUUID().replace(/-/g, "");
  const storageKey = storageKeyFor(application.id, fileId);
  await storage().put(storageKey, checked.bytes, checked.mimeType);
  await db().$transaction(async (tx) => {
    await tx.storedFile.create({
      data: {
        id: fileId,
        applicationId: application.id,
        questionId: input.target.questionId,
        storageKey,
        mimeType: checked.mimeType,
        sizeBytes: checked.bytes.byteLength,
        originalName: cleanName(input.originalName),
        createdById: actor.id,
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: access.onBehalf
        ? "applications.file-uploaded-on-behalf"
        : "applications.file-uploaded",
      entity: { type: "Application", id: application.id },
      funderId: application.funderId,
      detail: { questionId: input.target.questionId, fileId, kind: input.target.kind },
    });
  });
  return { ok: true, fileId, sectionId: input.target.sectionId };
}

/** Stores a file and makes it the question's answer, keeping the rest of the section as saved. */
export async function storeAnswerFile(
  actor: SignedInUser,
  input: { applicationId: string; target: UploadTarget; bytes: Uint8Array; originalName: string },
): Promise<StoreResult> {
  const stored = await storeFileBytes(actor, input);
  if (!stored.ok) return stored;
  // Saved from what is stored, so a collaborator's save in between only means reading again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const fresh = (await loadApplication(input.applicationId))!;
    const definition = definitionOf(fresh);
    const questionIds =
      definition.sections
        .find((s) => s.id === input.target.sectionId)
        ?.questions.map((q) => q.id) ?? [];
    const sectionRaw = Object.fromEntries(
      Object.entries(rawAnswersOf(fresh)).filter(([key]) =>
        questionIds.some((id) => key === id || key.startsWith(`${id}.`)),
      ),
    );
    const revisions = (fresh.sectionRevisions ?? {}) as Record<string, number>;
    const saved = await saveSection(actor, {
      applicationId: input.applicationId,
      sectionId: input.target.sectionId,
      raw: { ...sectionRaw, [answerKeyOf(input.target)]: stored.fileId },
      expectedRevision: revisions[input.target.sectionId] ?? 0,
      reportMissing: false,
    });
    if (saved.ok) return stored;
    if (saved.reason !== "conflict") {
      await deleteUnusedFiles(input.applicationId, [stored.fileId]);
      return { ok: false, reason: saved.reason === "not-editable" ? "not-editable" : "forbidden" };
    }
  }
  throw new Error("The application kept changing while attaching a file; please try again.");
}

/** Names come from the person's device: keep them readable, short and free of control characters. */
export function cleanName(name: string) {
  const cleaned = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 200);
  return cleaned || "file";
}

/** The files an application's answers point to, by id, for showing their names. */
export async function filesOf(applicationId: string) {
  const files = await db().storedFile.findMany({
    where: { applicationId },
    select: {
      id: true,
      questionId: true,
      originalName: true,
      mimeType: true,
      sizeBytes: true,
      createdAt: true,
    },
  });
  return Object.fromEntries(
    files.map((file) => [file.id, { ...file, createdAt: file.createdAt.toISOString() }]),
  );
}

export type ReadResult =
  { ok: true; bytes: Uint8Array; mimeType: string; originalName: string } | { ok: false };

/** The bytes of one file of an application the caller may view (see requireApplication). */
export async function readAnswerFile(
  application: { id: string },
  fileId: string,
): Promise<ReadResult> {
  const file = await db().storedFile.findFirst({
    where: { id: fileId, applicationId: application.id },
  });
  if (!file) return { ok: false };
  const bytes = await readStoredFile(file.storageKey);
  return bytes
    ? { ok: true, bytes, mimeType: file.mimeType, originalName: file.originalName }
    : { ok: false };
}

/** The stored bytes, or null when they are gone. */
export function readStoredFile(storageKey: string) {
  return storage().get(storageKey);
}

/**
 * A file handed back always as a download, with its checked type and no sniffing, so an
 * uploaded file can never run as a page of this site.
 */
export function fileResponse(bytes: Uint8Array, mimeType: string, name: string) {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": mimeType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition(name),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

/**
 * The part of a file a media player asks for (RFC 9110 byte ranges): players seek this way, and
 * Safari on a phone plays nothing from a server that cannot answer them. Anything other than one
 * plain range gets the whole file.
 */
export function fileRangeResponse(
  request: Request,
  bytes: Uint8Array,
  mimeType: string,
  name: string,
) {
  const whole = fileResponse(bytes, mimeType, name);
  whole.headers.set("Accept-Ranges", "bytes");
  const asked = /^bytes=(\d*)-(\d*)$/.exec(request.headers.get("Range") ?? "");
  if (!asked || (asked[1] === "" && asked[2] === "")) return whole;
  const size = bytes.byteLength;
  const [start, end] =
    asked[1] === ""
      ? [Math.max(0, size - Number(asked[2])), size - 1]
      : [Number(asked[1]), Math.min(asked[2] === "" ? size - 1 : Number(asked[2]), size - 1)];
  if (start >= size || start > end)
    return new Response(null, { status: 416, headers: { "Content-Range": `bytes */${size}` } });
  const part = fileResponse(bytes.subarray(start, end + 1), mimeType, name);
  part.headers.set("Accept-Ranges", "bytes");
  part.headers.set("Content-Range", `bytes ${start}-${end}/${size}`);
  return new Response(part.body, { status: 206, headers: part.headers });
}

/** RFC 6266: an ASCII name for old clients, the real one (Arabic, Ukrainian…) for the rest. */
function contentDisposition(name: string) {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const megabytes = (bytes: number, locale: Locale) =>
  new Intl.NumberFormat(locale, {
    style: "unit",
    unit: "megabyte",
    maximumFractionDigits: 1,
  }).format(bytes / (1024 * 1024));

/**
 * Why a file was refused, in the reader's words: the kinds it accepts ("PDF, JPG or PNG") and
 * the size limit formatted for her language, ready for t(error.key, error.values).
 */
export async function uploadError(
  reason: UploadRefusal,
  target: UploadTarget,
  locale: Locale,
): Promise<AnswerError> {
  const t = await translatorFor(locale);
  switch (reason) {
    case "type-not-allowed": {
      const names = acceptedTypes(target.accept).map((type) =>
        "key" in type ? t(`forms:fileTypes.${type.key}`) : type.mime,
      );
      return {
        key: "applications:files.errors.wrongType",
        values: { types: new Intl.ListFormat(locale, { type: "disjunction" }).format(names) },
      };
    }
    case "too-large":
      return {
        key: "applications:files.errors.tooLarge",
        values: { size: megabytes(target.maxBytes, locale) },
      };
    case "empty":
      return { key: "applications:files.errors.empty" };
    case "unreadable":
      return { key: "applications:files.errors.unreadable" };
    case "too-many-pixels":
      return {
        key: "applications:files.errors.tooManyPixels",
        values: { megapixels: new Intl.NumberFormat(locale).format(MAX_PHOTO_PIXELS / 1_000_000) },
      };
    case "quota":
      return {
        key: "applications:files.errors.quota",
        values: {
          files: new Intl.NumberFormat(locale).format(MAX_FILES_PER_APPLICATION),
          size: megabytes(MAX_FILE_BYTES_PER_APPLICATION, locale),
        },
      };
    case "not-editable":
      return { key: "applications:files.errors.notEditable" };
    case "forbidden":
      return { key: "applications:files.errors.notEditable" };
  }
}
