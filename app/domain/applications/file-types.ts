import { fileTypeKey, type FileTypeKey } from "../forms/file-types";

/**
 * What a file question accepts, for the person choosing a file: the kinds named in words
 * (forms:fileTypes.<key>) and the accept attribute that makes her phone offer the right files
 * first. The server still decides by the file's content (uploads.server.ts).
 */

/** A kind with a translated name, or a MIME type set some other way, shown as it is. */
export type AcceptedType = { key: FileTypeKey } | { mime: string };

export function acceptedTypes(accept: string[]): AcceptedType[] {
  const seen = new Set<string>();
  return accept
    .filter((mime) => !seen.has(mime) && Boolean(seen.add(mime)))
    .map((mime) => {
      const key = fileTypeKey(mime);
      return key ? { key } : { mime };
    });
}

const extensions: Partial<Record<FileTypeKey, string[]>> = {
  pdf: [".pdf"],
  jpeg: [".jpg", ".jpeg"],
  png: [".png"],
  word: [".docx"],
};

/** The accept attribute: the types themselves plus the file extensions some phones need. */
export function acceptAttribute(accept: string[]): string {
  const extra = accept.flatMap((mime) => {
    const key = fileTypeKey(mime);
    return key ? (extensions[key] ?? []) : [];
  });
  return [...new Set([...accept, ...extra])].join(",");
}

/** Large enough for a few minutes of phone video, small enough to hold in memory while it is checked. */
export const recordingMaxBytes = 25 * 1024 * 1024;
