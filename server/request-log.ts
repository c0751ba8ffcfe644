import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import { pinoHttp } from "pino-http";
import { log, withRequestId } from "../app/services/platform/log.server";
import { loggableUrl, secretSegmentsOf } from "../app/services/platform/log-redaction.server";

/**
 * One JSON line per answered request, with a fresh request id that is also sent back in the
 * X-Request-Id header (so a person reporting a problem can quote it) and attached to every line
 * logged while the request is answered. An incoming X-Request-Id is ignored: a client could
 * otherwise plant misleading ids in the log.
 *
 * `routePaths` are the app's route paths; those with a token parameter are logged with the
 * token replaced.
 */
export function requestLog(routePaths: string[]): RequestHandler {
  const secretSegments = secretSegmentsOf(routePaths);
  const logger = pinoHttp({
    logger: log(),
    genReqId: (_req: IncomingMessage, res: ServerResponse) => {
      const id = randomUUID();
      res.setHeader("X-Request-Id", id);
      return id;
    },
    quietReqLogger: true,
    customAttributeKeys: { reqId: "reqId" },
    // Only what helps find a fault: no headers, no addresses, no query values.
    serializers: {
      req: (req: { method: string; url: string }) => ({
        method: req.method,
        url: loggableUrl(req.url, secretSegments),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    wrapSerializers: false,
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info",
    customSuccessMessage: () => "request completed",
    customErrorMessage: () => "request failed",
  });
  return (req, res, next) => logger(req, res, () => withRequestId(String(req.id), next));
}
