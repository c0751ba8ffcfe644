import type { IncomingMessage } from "node:http";
import type { RequestHandler, Response } from "express";
import ar from "../app/locales/ar/common.json";
import en from "../app/locales/en/common.json";
import es from "../app/locales/es/common.json";
import fa from "../app/locales/fa/common.json";
import fr from "../app/locales/fr/common.json";
import uk from "../app/locales/uk/common.json";
import { judgeBody } from "../app/domain/shared/request-limits";

/**
 * Body limits, before Remix reads a byte (decision 0038). A declared Content-Length over the
 * address's limit is refused at once. A chunked body declares nothing, so it is read here, up to
 * the limit, and handed on only once it is known to fit; Node's parser never lets a body run
 * past the length it declared.
 */
export function requestLimits(): RequestHandler {
  return (req, res, next) => {
    const verdict = judgeBody({
      method: req.method,
      path: req.path,
      contentType: req.get("content-type"),
      contentLength: req.get("content-length"),
    });
    if (!verdict.ok) {
      discardBody(req);
      return refuse(res, verdict.status);
    }
    if (req.get("content-length") !== undefined || req.get("transfer-encoding") === undefined)
      return next();
    holdUntilComplete(req, verdict.maxBytes, next, () => refuse(res, 413));
  };
}

/**
 * A refused body is read and thrown away, so the browser, still sending, receives the refusal
 * rather than a reset connection; past a megabyte the connection is simply closed.
 */
const DISCARD_AT_MOST = 1024 * 1024;

function discardBody(req: IncomingMessage) {
  let discarded = 0;
  req.on("data", (chunk: Buffer) => {
    discarded += chunk.byteLength;
    if (discarded > DISCARD_AT_MOST) req.socket.destroy();
  });
  req.resume();
}

/**
 * Keeps the chunks of a chunked body back from the request stream until the body has ended
 * within the limit, then lets them through in order; over the limit, the rest is thrown away.
 * Node's HTTP parser hands a request its body through push(), so the chunks are caught there.
 */
function holdUntilComplete(
  req: IncomingMessage,
  maxBytes: number,
  fits: () => void,
  tooLarge: () => void,
) {
  const push = req.push.bind(req);
  const held: Buffer[] = [];
  let size = 0;
  let refused = false;
  req.push = (chunk: Buffer | null) => {
    if (chunk === null) {
      req.push = push;
      if (refused) return push(null);
      for (const part of held) push(part);
      const ended = push(null);
      fits();
      return ended;
    }
    size += chunk.byteLength;
    if (refused) {
      if (size > maxBytes + DISCARD_AT_MOST) req.socket.destroy();
      return true;
    }
    if (size <= maxBytes) {
      held.push(chunk);
      return true;
    }
    refused = true;
    held.length = 0;
    tooLarge();
    return true;
  };
}

const pages = { en, ar, fa, fr, es, uk };
const rightToLeft = new Set(["ar", "fa"]);

/** The refusal in every language at once: the page is rare, and shown before any session is read. */
const tooLargePage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${en.errors.tooLargeTitle}</title></head><body>
${Object.entries(pages)
  .map(
    ([lng, catalog]) =>
      `<section lang="${lng}" dir="${rightToLeft.has(lng) ? "rtl" : "ltr"}"><h1>${catalog.errors.tooLargeTitle}</h1><p>${catalog.errors.tooLargeText}</p></section>`,
  )
  .join("\n")}
</body></html>`;

function refuse(res: Response, status: 413 | 415) {
  if (status === 415) {
    res.status(415).type("text/plain").send("Only form submissions are accepted here.");
    return;
  }
  res.status(413).type("html").send(tooLargePage);
}
