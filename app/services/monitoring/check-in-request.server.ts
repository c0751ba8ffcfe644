import { SECTION_PAGE_BODY_LIMIT } from "~/domain/shared/request-limits";
import {
  collectFile,
  readRequestForm,
  type FormLimits,
} from "~/services/platform/request-form.server";
import { limitsOf, type CheckInFileKind, type CheckInUpload } from "./check-in-files.server";

/**
 * Reads a check-in page's form: multipart, so a photo or a recording travels with the typed
 * answers and nothing is lost without JavaScript. A file over its limit is reported for its
 * field while the typed answers are still saved.
 */
export const checkInFormLimits: FormLimits = {
  maxParts: 200,
  maxFieldBytes: 256 * 1024,
  maxTotalBytes: SECTION_PAGE_BODY_LIMIT,
};

export async function readCheckInForm(request: Request) {
  const uploads: CheckInUpload[] = [];
  const tooLarge: CheckInFileKind[] = [];
  const read = await readRequestForm(request, checkInFormLimits, async (file) => {
    const kind = file.name === "photo" || file.name === "recording" ? file.name : null;
    // No file chosen, a field that takes none, or a second one for the same field: read past it.
    const wanted = kind && file.filename !== "" && !uploads.some((u) => u.kind === kind);
    const bytes = await collectFile(file.data, wanted ? limitsOf[kind].maxBytes : 0);
    if (!wanted) return;
    if (bytes === "too-large") tooLarge.push(kind);
    else uploads.push({ kind, bytes, originalName: file.filename });
  });
  return read.ok ? { ok: true as const, form: read.form, uploads, tooLarge } : read;
}
