import { randomBytes } from "node:crypto";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { isSameOriginRequest } from "../app/domain/shared/request-origin";
import { requestLimits } from "./request-limits";
import { securityHeaders } from "./security-headers";

/**
 * The HTTP server: security headers with a fresh CSP nonce per request, the cross-site
 * request check, static files, then Remix. `--demo` turns demo mode on unless DEMO_MODE says
 * otherwise; `--dev` serves through Vite with hot reload.
 */
const dev = process.argv.includes("--dev");
if (process.argv.includes("--demo")) process.env.DEMO_MODE ??= "true";
process.env.NODE_ENV ??= dev ? "development" : "production";

type Entry = {
  prepareServer: (log?: (line: string) => void) => Promise<{ port: number; appUrl: string }>;
  stopServer: () => Promise<void>;
};

async function main() {
  const vite = dev
    ? await import("vite").then((v) => v.createServer({ server: { middlewareMode: true } }))
    : undefined;
  const loadBuild = async (): Promise<ServerBuild> =>
    vite
      ? ((await vite.ssrLoadModule("virtual:remix/server-build")) as ServerBuild)
      : ((await import(new URL("../build/server/index.js", import.meta.url).href)) as ServerBuild);

  const entry = (await loadBuild()).entry.module as unknown as Entry;
  const settings = await entry.prepareServer();

  const app = express();
  app.disable("x-powered-by");
  app.use(compression());

  app.use((_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString("base64");
    next();
  });
  app.use(securityHeaders({ appUrl: settings.appUrl, dev }));
  app.use((_req, res, next) => {
    res.setHeader("Permissions-Policy", "camera=(), microphone=(self), geolocation=()");
    next();
  });

  app.use((req, res, next) => {
    const allowed = [new URL(settings.appUrl).origin, `${req.protocol}://${req.get("host")}`];
    const ok = isSameOriginRequest(
      req.method,
      { origin: req.get("origin"), referer: req.get("referer") },
      allowed,
    );
    if (ok) return next();
    res.status(403).type("text/plain").send("Cross-site form submission refused.");
  });
  app.use(requestLimits());

  if (vite) {
    app.use(vite.middlewares);
  } else {
    app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
    app.use(express.static("build/client", { maxAge: "1h" }));
  }
  app.use(express.static("public", { maxAge: "1h" }));

  app.all(
    "*",
    createRequestHandler({
      build: vite ? loadBuild : await loadBuild(),
      getLoadContext: (req, res) => ({
        cspNonce: dev ? "" : (res.locals.cspNonce as string),
        clientIp: req.ip ?? req.socket.remoteAddress ?? "unknown",
      }),
    }),
  );

  const server = app.listen(settings.port, () => {
    console.log(`Withfund is ready at ${settings.appUrl}`);
  });

  // A deploy or Ctrl-C: answer the requests already in flight (a save, a submission), then
  // stop; give up waiting after 10 seconds.
  const shutDown = () => {
    setTimeout(() => process.exit(0), 10_000).unref();
    server.close(() => void entry.stopServer().finally(() => process.exit(0)));
    server.closeIdleConnections();
  };
  process.once("SIGTERM", shutDown);
  process.once("SIGINT", shutDown);
}

main().catch((error: Error) => {
  // Configuration problems are the operator's to fix: one sentence, no stack trace.
  if (error.name === "ConfigError" || error.name === "MigrationError") {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
