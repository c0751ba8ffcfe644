import { randomBytes } from "node:crypto";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { isSameOriginRequest } from "../app/domain/shared/request-origin";
import { log } from "../app/services/platform/log.server";
import { healthRoutes } from "./health";
import { requestLog } from "./request-log";
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
  prepareServer: (log?: (line: string) => void) => Promise<{
    port: number;
    host: string | null;
    appUrl: string;
    trustProxy: false | number | string[];
  }>;
  stopServer: () => Promise<void>;
  checkReadiness: () => Promise<{ ready: boolean }>;
};

async function main() {
  const vite = dev
    ? await import("vite").then((v) => v.createServer({ server: { middlewareMode: true } }))
    : undefined;
  const loadBuild = async (): Promise<ServerBuild> =>
    vite
      ? ((await vite.ssrLoadModule("virtual:remix/server-build")) as ServerBuild)
      : ((await import(new URL("../build/server/index.js", import.meta.url).href)) as ServerBuild);

  const firstBuild = await loadBuild();
  const entry = firstBuild.entry.module as unknown as Entry;
  const settings = await entry.prepareServer();

  const app = express();
  app.disable("x-powered-by");
  // req.ip (the key of the sign-in limits) reads X-Forwarded-For only from the proxies named here.
  app.set("trust proxy", settings.trustProxy);
  app.use(healthRoutes(entry.checkReadiness));
  app.use(requestLog(Object.values(firstBuild.routes).map((route) => route?.path ?? "")));
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
        requestId: String(req.id),
      }),
    }),
  );

  const ready = () => log().info({ appUrl: settings.appUrl }, "Withfund is ready");
  const server = settings.host
    ? app.listen(settings.port, settings.host, ready)
    : app.listen(settings.port, ready);

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
    log().fatal(error.message);
  } else {
    log().fatal({ err: error }, "the server could not start");
  }
  process.exit(1);
});
