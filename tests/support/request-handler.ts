import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { UNSAFE_flatRoutes as flatRoutes } from "@remix-run/dev";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express, { type NextFunction, type Request, type Response } from "express";
import { requestLimits } from "../../server/request-limits";
import { freshIp } from "./requests";

/**
 * The app as the server runs it, in a test: Remix's own request handler over every route file
 * (routed by Remix's flat-route convention, as the build routes them), behind the same body
 * limits as server/index.ts, listening on a free port. Requests go over real HTTP, so a
 * truncated or oversized body reaches the app exactly as it would from a browser.
 */

type RouteModule = ServerBuild["routes"][string]["module"];

const modules = import.meta.glob<RouteModule>("../../app/routes/*.tsx", { eager: true });
const root = (await import("../../app/root")) as unknown as RouteModule;
const entry = (await import("../../app/entry.server")) as unknown as ServerBuild["entry"]["module"];

function serverBuild(): ServerBuild {
  const appDirectory = join(__dirname, "../../app");
  const manifest = flatRoutes(appDirectory, ["**/*.test.ts", "**/*.test.tsx", "**/*.css"]);
  const routes: ServerBuild["routes"] = {
    root: { id: "root", path: "", module: root },
  };
  const assets: ServerBuild["assets"]["routes"] = {};
  for (const route of [{ id: "root", path: "", file: "root.tsx" }, ...Object.values(manifest)]) {
    const module =
      route.id === "root" ? root : modules[`../../app/${route.file.replace(/^\.\//, "")}`];
    if (!module) throw new Error(`No module for route ${route.id} (${route.file})`);
    const { id, path, index, caseSensitive } = route as {
      id: string;
      path?: string;
      index?: boolean;
      caseSensitive?: boolean;
    };
    const parentId = "parentId" in route ? route.parentId : undefined;
    routes[id] = { id, parentId, path, index, caseSensitive, module };
    assets[id] = {
      id,
      parentId,
      path,
      index,
      caseSensitive,
      module: `/test-assets/${id}.js`,
      hasAction: "action" in module,
      hasLoader: "loader" in module,
      hasClientAction: false,
      hasClientLoader: false,
      hasErrorBoundary: "ErrorBoundary" in module,
    };
  }
  return {
    mode: "production",
    entry: { module: entry },
    routes,
    assets: {
      entry: { imports: [], module: "/test-assets/entry.client.js" },
      routes: assets,
      url: "/test-assets/manifest.js",
      version: "test",
    },
    publicPath: "/",
    assetsBuildDirectory: "build/client",
    future: {
      v3_fetcherPersist: true,
      v3_relativeSplatPath: true,
      v3_throwAbortReason: true,
      v3_singleFetch: true,
      v3_lazyRouteDiscovery: true,
    },
    isSpaMode: false,
  };
}

export type TestRoute = { id: string; fullPath: string; index: boolean; hasAction: boolean };
export type TestServer = { url: string; routes: TestRoute[]; close: () => Promise<void> };

/** Each route's whole address pattern ("/fund/:funderId/settings"), from its parents' paths. */
function routesOf(build: ServerBuild): TestRoute[] {
  const pathOf = (id: string | undefined): string[] => {
    const route = id ? build.routes[id] : undefined;
    return route ? [...pathOf(route.parentId), route.path ?? ""].filter(Boolean) : [];
  };
  return Object.values(build.routes).map((route) => ({
    id: route.id,
    fullPath: `/${pathOf(route.id).join("/")}`,
    index: route.index === true,
    hasAction: typeof route.module.action === "function",
  }));
}

/** Starts the app on a free port; close it in afterAll. */
export async function startTestServer(): Promise<TestServer> {
  const build = serverBuild();
  const app = express();
  app.use(requestLimits());
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: "production",
      getLoadContext: () => ({ cspNonce: "test-nonce", clientIp: freshIp(), requestId: "fuzz" }),
    }),
  );
  // Express logs an error that escapes Remix only outside tests; here it is logged always.
  app.use((error: unknown, _req: Request, _res: Response, next: NextFunction) => {
    console.error("request failed outside Remix:", error);
    next(error);
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes: routesOf(build),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
