/**
 * How much a request may send, decided from its address before anything reads the body
 * (server/request-limits.ts applies it; decision 0038). Forms without files are small; only the
 * pages that take files accept multipart bodies, each up to its own size.
 */

const MEGABYTE = 1024 * 1024;

/** A form without files: 256 KB holds the longest answer (100,000 characters) in any script. */
export const FORM_BODY_LIMIT = 256 * 1024;

/** The largest file a question may ask for (forms/definition-schema.ts), plus room for the form. */
export const FILE_PAGE_BODY_LIMIT = 51 * MEGABYTE;

/** A section page posts its typed answers with every file chosen on it, all at once. */
export const SECTION_PAGE_BODY_LIMIT = 100 * MEGABYTE;

export type BodyRule = { maxBytes: number; multipart: boolean };

/** The pages that take files; every other address takes a small form without files. */
const uploadPages: { page: string; pattern: RegExp; maxBytes: number }[] = [
  {
    page: "a section of an application",
    pattern: /^\/applications\/[^/]+\/sections\/[^/]+$/,
    maxBytes: SECTION_PAGE_BODY_LIMIT,
  },
  {
    page: "a check-in, with its photos and voice message, and its autosave",
    pattern: /^\/grants\/[^/]+\/check-ins\/[^/]+(\/autosave)?$/,
    maxBytes: SECTION_PAGE_BODY_LIMIT,
  },
  {
    page: "uploading a file or recording for one question",
    pattern: /^\/applications\/[^/]+\/files$/,
    maxBytes: FILE_PAGE_BODY_LIMIT,
  },
];

/**
 * The rule for an address path. With JavaScript the same page posts to "<path>.data" (Remix's
 * single fetch), so that suffix, like a trailing slash, names the same page.
 */
export function bodyRuleFor(path: string): BodyRule {
  const page = path.replace(/\.data$/, "").replace(/(.)\/+$/, "$1");
  const upload = uploadPages.find((rule) => rule.pattern.test(page));
  return upload
    ? { maxBytes: upload.maxBytes, multipart: true }
    : { maxBytes: FORM_BODY_LIMIT, multipart: false };
}

export type BodyKind = "form" | "multipart" | "other";

/** What a Content-Type header says the body is; parameters (charset, boundary) do not matter. */
export function bodyKindOf(contentType: string | null | undefined): BodyKind {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") return "form";
  if (type === "multipart/form-data") return "multipart";
  return "other";
}

const bodilessMethods = new Set(["GET", "HEAD", "OPTIONS"]);

export type BodyVerdict = { ok: true; maxBytes: number } | { ok: false; status: 413 | 415 };

/**
 * Whether a request may be read at all. Every action here takes a form, so a body of any other
 * type, or a multipart body where no file is expected, is refused before it is read.
 */
export function judgeBody(request: {
  method: string;
  path: string;
  contentType: string | null | undefined;
  contentLength: string | null | undefined;
}): BodyVerdict {
  const rule = bodyRuleFor(request.path);
  const declared = request.contentLength ? Number(request.contentLength) : null;
  if (declared !== null && !(declared <= rule.maxBytes)) return { ok: false, status: 413 };
  if (bodilessMethods.has(request.method.toUpperCase()))
    return { ok: true, maxBytes: rule.maxBytes };
  const kind = bodyKindOf(request.contentType);
  if (kind === "other" || (kind === "multipart" && !rule.multipart))
    return { ok: false, status: 415 };
  return { ok: true, maxBytes: rule.maxBytes };
}
