import {
  MaxPartSizeExceededError,
  unstable_parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";
import type { FormDefinition } from "~/domain/forms/definition";
import { uploadTarget, type UploadTarget } from "./application-files.server";

/**
 * Reads a section page's form. It is multipart, so a file chosen in a question travels with
 * the typed answers and nothing is lost without JavaScript. Files are held back from the form
 * fields: each comes out as an upload for its question, and one that is too big is reported
 * for its question instead of failing the whole save (the typed answers are still saved).
 */

export type AnswerUpload = { target: UploadTarget; bytes: Uint8Array; originalName: string };
export type AnswerForm = { form: FormData; uploads: AnswerUpload[]; tooLarge: UploadTarget[] };

/** Typed answers are capped at 100,000 characters; this leaves room for every script. */
const MAX_TEXT_PART_BYTES = 1024 * 1024;

async function drain(data: AsyncIterable<Uint8Array>) {
  for await (const chunk of data) void chunk;
}

export async function readAnswerForm(
  request: Request,
  definition: FormDefinition,
): Promise<AnswerForm> {
  const contentType = request.headers.get("Content-Type") ?? "";
  if (!contentType.startsWith("multipart/form-data"))
    return { form: await request.formData(), uploads: [], tooLarge: [] };

  const uploads: AnswerUpload[] = [];
  const tooLarge: UploadTarget[] = [];
  const handler: UploadHandler = async ({ name, filename, data }) => {
    if (typeof filename !== "string") {
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of data) {
        size += chunk.byteLength;
        if (size > MAX_TEXT_PART_BYTES)
          throw new MaxPartSizeExceededError(name, MAX_TEXT_PART_BYTES);
        chunks.push(chunk);
      }
      return new TextDecoder().decode(Buffer.concat(chunks));
    }
    const match = /^q\.([a-z][a-z0-9-]{0,39})(\.recording)?$/.exec(name);
    const target = match
      ? uploadTarget(definition, match[1]!, match[2] ? "recording" : "file")
      : null;
    // No file chosen (an empty file input), or a file for no question: nothing to keep.
    if (
      !target ||
      filename === "" ||
      uploads.some(
        (u) => u.target.questionId === target.questionId && u.target.kind === target.kind,
      )
    ) {
      await drain(data);
      return undefined;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    // Reads to the end either way: the parts after this one are still to come.
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size <= target.maxBytes) chunks.push(chunk);
    }
    if (size > target.maxBytes) {
      tooLarge.push(target);
      return undefined;
    }
    uploads.push({ target, bytes: new Uint8Array(Buffer.concat(chunks)), originalName: filename });
    return undefined;
  };
  const form = await unstable_parseMultipartFormData(request, handler);
  return { form, uploads, tooLarge };
}
