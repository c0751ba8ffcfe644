import type { RequestHandler, Response } from "express";
import helmet from "helmet";

/**
 * Responses that carry their own Content-Security-Policy. A browser enforces every policy a
 * response carries, so the app-wide one would still block what the page's own policy allows
 * (the demo mailbox's HTML preview needs the email's inline styles). Each such route must send
 * a policy at least as strict in every other way.
 */
export const ownPolicyPaths = [/^\/dev\/mailbox\/[^/]+\/html\/?$/];

/** Security headers for every response, with a fresh script nonce per request in `res.locals.cspNonce`. */
export function securityHeaders(options: { appUrl: string; dev: boolean }): RequestHandler {
  const https = options.appUrl.startsWith("https://");
  const common = {
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: https,
    referrerPolicy: { policy: "same-origin" as const },
  };
  const withPolicy = helmet({
    ...common,
    // Vite's dev server injects inline styles and scripts; the production build does not.
    contentSecurityPolicy: options.dev
      ? false
      : {
          useDefaults: true,
          directives: {
            "script-src": ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce}'`],
            "style-src": ["'self'"],
            "img-src": ["'self'", "data:"],
            "connect-src": ["'self'"],
            "form-action": ["'self'"],
            "frame-ancestors": ["'none'"],
            "upgrade-insecure-requests": https ? [] : null,
          },
        },
  });
  const withoutPolicy = helmet({ ...common, contentSecurityPolicy: false });
  return (req, res, next) =>
    (ownPolicyPaths.some((path) => path.test(req.path)) ? withoutPolicy : withPolicy)(
      req,
      res,
      next,
    );
}
