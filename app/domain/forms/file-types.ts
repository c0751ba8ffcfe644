/**
 * The kinds of file a funder can ask for, named in words for applicants (translation key
 * forms:fileTypes.<key>) rather than as MIME types nobody outside IT can read.
 */
export const fileTypes = {
  pdf: "application/pdf",
  jpeg: "image/jpeg",
  png: "image/png",
  word: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  audio: "audio/*",
  video: "video/*",
} as const;

export type FileTypeKey = keyof typeof fileTypes;
export const fileTypeKeys = Object.keys(fileTypes) as FileTypeKey[];

/** The word for a MIME type, or null for a type set some other way (shown as it is). */
export function fileTypeKey(mime: string): FileTypeKey | null {
  return fileTypeKeys.find((key) => fileTypes[key] === mime) ?? null;
}

/** Audio or video answers in place of writing, for people more at ease speaking. */
export const recordingAccept = ["audio/*", "video/*"];
