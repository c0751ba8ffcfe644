import { unstable_parseMultipartFormData, type UploadHandler } from "@remix-run/node";
import { bodyKindOf } from "~/domain/shared/request-limits";

/**
 * Reads a posted form, plain or multipart, within limits: how many fields and files, how big
 * one typed field may be, and how many bytes in all (decision 0038). The server's body limit
 * already refuses an oversized body before it is read; these limits hold wherever a form is
 * read, and turn a body that cannot be read (cut short, malformed, of another type) into an
 * answer instead of an exception.
 */

export type FormLimits = {
  /** Fields and files together; repeated names count each time. */
  maxParts: number;
  /** One typed field, in bytes. */
  maxFieldBytes: number;
  /** Everything posted, files included. */
  maxTotalBytes: number;
};

export type FilePart = { name: string; filename: string; data: AsyncIterable<Uint8Array> };

export type ReadForm =
  | { ok: true; form: FormData }
  | { ok: false; reason: "too-many-parts" | "too-large" | "unreadable" };

class FormLimitError extends Error {
  name = "FormLimitError";
  constructor(readonly reason: "too-many-parts" | "too-large") {
    super(`The form is over its limit: ${reason}`);
  }
}

/**
 * `onFile` receives each file part and must read its data to the end (collectFile does); what
 * it returns is ignored, so files stay out of the FormData unless the caller keeps them.
 */
export async function readRequestForm(
  request: Request,
  limits: FormLimits,
  onFile?: (file: FilePart) => Promise<void>,
): Promise<ReadForm> {
  const kind = bodyKindOf(request.headers.get("Content-Type"));
  try {
    if (kind === "form") {
      const form = await request.formData();
      let parts = 0;
      for (const [, value] of form) {
        parts += 1;
        if (parts > limits.maxParts) throw new FormLimitError("too-many-parts");
        if (typeof value === "string" && value.length > limits.maxFieldBytes)
          throw new FormLimitError("too-large");
      }
      return { ok: true, form };
    }
    if (kind !== "multipart") return { ok: false, reason: "unreadable" };
    let parts = 0;
    let total = 0;
    async function* counted(data: AsyncIterable<Uint8Array>, max: number) {
      let size = 0;
      for await (const chunk of data) {
        size += chunk.byteLength;
        total += chunk.byteLength;
        if (size > max || total > limits.maxTotalBytes) throw new FormLimitError("too-large");
        yield chunk;
      }
    }
    const handler: UploadHandler = async ({ name, filename, data }) => {
      parts += 1;
      if (parts > limits.maxParts) throw new FormLimitError("too-many-parts");
      if (typeof filename === "string") {
        const file = counted(data, limits.maxTotalBytes);
        if (onFile) await onFile({ name, filename, data: file });
        else for await (const chunk of file) void chunk;
        return undefined;
      }
      const chunks: Uint8Array[] = [];
      for await (const chunk of counted(data, limits.maxFieldBytes)) chunks.push(chunk);
      return new TextDecoder().decode(Buffer.concat(chunks));
    };
    return { ok: true, form: await unstable_parseMultipartFormData(request, handler) };
  } catch (error) {
    if (error instanceof FormLimitError) return { ok: false, reason: error.reason };
    // A body cut short, a missing boundary, bytes that are no form: nothing to read.
    return { ok: false, reason: "unreadable" };
  }
}

/**
 * A file's bytes, up to maxBytes; past that it is read to the end (the parts after it are still
 * to come) and reported as too large rather than kept.
 */
export async function collectFile(
  data: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array | "too-large"> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of data) {
    size += chunk.byteLength;
    if (size <= maxBytes) chunks.push(chunk);
  }
  return size > maxBytes ? "too-large" : new Uint8Array(Buffer.concat(chunks));
}
