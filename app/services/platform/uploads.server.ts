import { fileTypeFromBuffer } from "file-type";

/**
 * Checks an upload by what it is, not what it is called: the type is read from the file's
 * first bytes, so a program renamed to .pdf is refused. Photos are re-encoded without their
 * metadata, which removes the GPS position a phone camera writes into them.
 */

export type UploadCheck =
  | { ok: true; bytes: Uint8Array; mimeType: string }
  | {
      ok: false;
      reason: "empty" | "too-large" | "type-not-allowed" | "unreadable" | "too-many-pixels";
    };

/**
 * The most pixels a photo may have: 40 million is more than any phone camera takes, and keeps
 * a small file that unpacks into a huge picture (an "image bomb") from filling the memory.
 */
export const MAX_PHOTO_PIXELS = 40_000_000;

const photoTypes = new Set([
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/heic",
  "image/heif",
  "image/avif",
]);

export async function checkUpload(
  bytes: Uint8Array,
  options: { accept: string[]; maxBytes: number },
): Promise<UploadCheck> {
  if (bytes.byteLength === 0) return { ok: false, reason: "empty" };
  if (bytes.byteLength > options.maxBytes) return { ok: false, reason: "too-large" };
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !accepts(options.accept, detected.mime))
    return { ok: false, reason: "type-not-allowed" };
  if (!photoTypes.has(detected.mime)) return { ok: true, bytes, mimeType: detected.mime };
  // Loaded on the first photo, not at start-up: the image library costs about 25 MB of memory.
  const { default: sharp } = await import("sharp");
  try {
    // rotate() applies the camera's orientation before the metadata that records it is dropped.
    const cleaned = await sharp(bytes, { limitInputPixels: MAX_PHOTO_PIXELS }).rotate().toBuffer();
    return { ok: true, bytes: new Uint8Array(cleaned), mimeType: detected.mime };
  } catch (error) {
    const tooBig = error instanceof Error && /pixel limit/i.test(error.message);
    return { ok: false, reason: tooBig ? "too-many-pixels" : "unreadable" };
  }
}

/** "audio/*" style wildcards are allowed in a question's accepted types. */
export function accepts(accepted: string[], mime: string) {
  return accepted.some(
    (type) => type === mime || (type.endsWith("/*") && mime.startsWith(type.slice(0, -1))),
  );
}
