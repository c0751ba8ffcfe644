import { z } from "zod";
import { conflictCopies, type ConflictCopy } from "~/domain/applications/conflict";
import { rawFromFormData, type AnswerError, type RawAnswers } from "~/domain/forms/answers-schema";
import { fileAnswerKeys } from "~/domain/applications/file-quota";
import type { Locale } from "~/domain/shared/locales";
import { answerKeyOf, storeFileBytes, uploadError } from "./application-files.server";
import type { ApplicationForPage } from "./application-pages.server";
import { deleteUnusedFiles } from "./unused-files.server";
import type { AnswerForm } from "./answer-form.server";
import { definitionOf, loadApplication, rawAnswersOf, saveSection } from "./applications.server";

/**
 * Saving a section page: the typed answers, any file chosen with them, and the section
 * revision the page was loaded at. Shared by the page's own form (with or without JavaScript)
 * and the browser's autosave, so both save exactly the same way.
 */

const revisionSchema = z.coerce.number().int().min(0).max(1_000_000_000);

export type SectionSaveOutcome =
  | {
      outcome: "saved";
      revision: number;
      complete: boolean;
      errors: Record<string, AnswerError>;
      values: RawAnswers;
      savedAt: string;
    }
  | {
      outcome: "conflict";
      revision: number;
      values: RawAnswers;
      copies: ConflictCopy[];
      filesNotAttached: string[];
    }
  | { outcome: "not-editable" }
  | { outcome: "bad-request" }
  | { outcome: "forbidden" };

export async function saveSectionPage(
  page: ApplicationForPage,
  input: {
    read: AnswerForm;
    sectionId: string;
    locale: Locale;
    reportMissing: boolean;
    autosave: boolean;
  },
): Promise<SectionSaveOutcome> {
  const { user, application } = page;
  const { read } = input;
  const definition = definitionOf(application);
  if (!definition.sections.some((s) => s.id === input.sectionId)) return { outcome: "bad-request" };
  const revision = revisionSchema.safeParse(read.form.get("revision"));
  if (!revision.success) return { outcome: "bad-request" };
  const raw = rawFromFormData(read.form);

  // A file answer can only name a file already kept for it, or one that arrives with this save:
  // whatever else a page posts under that name (an id made up in the browser) is not a file.
  const stored = rawAnswersOf(application);
  for (const key of fileAnswerKeys(definition, input.sectionId)) {
    if (raw[key] === undefined || raw[key] === stored[key]) continue;
    if (stored[key] === undefined) delete raw[key];
    else raw[key] = stored[key];
  }

  // Autosave never carries files; a page save may, and each is checked before it becomes an answer.
  const fileErrors: Record<string, AnswerError> = {};
  const attached: string[] = [];
  const storedNow: string[] = [];
  for (const target of input.autosave ? [] : read.tooLarge)
    fileErrors[target.questionId] = await uploadError("too-large", target, input.locale);
  for (const upload of input.autosave ? [] : read.uploads) {
    if (upload.target.sectionId !== input.sectionId) continue;
    const stored = await storeFileBytes(user, { applicationId: application.id, ...upload });
    if (stored.ok) {
      raw[answerKeyOf(upload.target)] = stored.fileId;
      attached.push(upload.originalName);
      storedNow.push(stored.fileId);
    } else {
      fileErrors[upload.target.questionId] = await uploadError(
        stored.reason,
        upload.target,
        input.locale,
      );
    }
  }

  const saved = await saveSection(
    user,
    {
      applicationId: application.id,
      sectionId: input.sectionId,
      raw,
      expectedRevision: revision.data,
      reportMissing: input.reportMissing,
      locale: input.locale,
    },
    application,
  );
  if (!saved.ok) {
    // None of this save's files became an answer: they would only hold her quota.
    await deleteUnusedFiles(application.id, storedNow);
    if (saved.reason === "conflict") {
      // The newer answers go into the form; what she typed comes back beside them to copy from.
      const fresh = await loadApplication(application.id);
      return {
        outcome: "conflict",
        revision: saved.revision,
        values: fresh ? rawAnswersOf(fresh) : saved.current,
        copies: conflictCopies(definition, input.sectionId, raw, saved.current, input.locale),
        filesNotAttached: attached,
      };
    }
    if (saved.reason === "not-editable") return { outcome: "not-editable" };
    if (saved.reason === "forbidden") return { outcome: "forbidden" };
    return { outcome: "bad-request" };
  }
  const errors = { ...saved.errors, ...fileErrors };
  return {
    outcome: "saved",
    revision: saved.revision,
    complete: saved.state === "complete",
    errors,
    values: raw,
    savedAt: new Date().toISOString(),
  };
}
