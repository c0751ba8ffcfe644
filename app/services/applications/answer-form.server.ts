import type { FormDefinition } from "~/domain/forms/definition";
import { SECTION_PAGE_BODY_LIMIT } from "~/domain/shared/request-limits";
import {
  collectFile,
  readRequestForm,
  type FormLimits,
} from "~/services/platform/request-form.server";
import { uploadTarget, type UploadTarget } from "./application-files.server";

/**
 * Reads a section page's form. It is multipart, so a file chosen in a question travels with
 * the typed answers and nothing is lost without JavaScript. Files are held back from the form
 * fields: each comes out as an upload for its question, and one that is too big is reported
 * for its question instead of failing the whole save (the typed answers are still saved).
 * Autosave posts the same fields as a plain form.
 */

export type AnswerUpload = { target: UploadTarget; bytes: Uint8Array; originalName: string };
export type AnswerForm = { form: FormData; uploads: AnswerUpload[]; tooLarge: UploadTarget[] };

/**
 * The most a section page can post: 50 budget lines of two fields and every question of a long
 * section fit in 1,000 fields, and a typed answer (100,000 characters at most) in 1 MB.
 */
export const sectionFormLimits: FormLimits = {
  maxParts: 1000,
  maxFieldBytes: 1024 * 1024,
  maxTotalBytes: SECTION_PAGE_BODY_LIMIT,
};

export type ReadAnswerForm =
  | ({ ok: true } & AnswerForm)
  | { ok: false; reason: "too-many-parts" | "too-large" | "unreadable" };

export async function readAnswerForm(
  request: Request,
  definition: FormDefinition,
): Promise<ReadAnswerForm> {
  const uploads: AnswerUpload[] = [];
  const tooLarge: UploadTarget[] = [];
  const read = await readRequestForm(request, sectionFormLimits, async (file) => {
    const match = /^q\.([a-z][a-z0-9-]{0,39})(\.recording)?$/.exec(file.name);
    const target = match
      ? uploadTarget(definition, match[1]!, match[2] ? "recording" : "file")
      : null;
    // No file chosen (an empty file input), a file for no question, or a second file for one:
    // nothing to keep, but read to the end, as the parts after it are still to come.
    const wanted =
      target &&
      file.filename !== "" &&
      !uploads.some(
        (u) => u.target.questionId === target.questionId && u.target.kind === target.kind,
      );
    const bytes = await collectFile(file.data, wanted ? target.maxBytes : 0);
    if (!wanted) return;
    if (bytes === "too-large") tooLarge.push(target);
    else uploads.push({ target, bytes, originalName: file.filename });
  });
  return read.ok ? { ok: true, form: read.form, uploads, tooLarge } : read;
}
