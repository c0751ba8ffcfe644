import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { startTranslatorStandIn } from "./support/translator-stand-in";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** Everything the server printed, for tests of what its log may and may not hold. */
    serverLog: string;
  }
}

const root = fileURLToPath(new URL("../..", import.meta.url));
const startupTimeoutMs = 60_000;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/**
 * Starts the built app in demo mode on a free port with a fresh database (and a stand-in
 * translation service), waits until it
 * answers, hands its address to the tests as `inject("baseUrl")`, and stops it afterwards.
 */
export default async function setup(project: TestProject) {
  if (
    !existsSync(join(root, "build/server/index.js")) ||
    !existsSync(join(root, "build/server.js"))
  ) {
    throw new Error(
      "The production build is missing: run npm run build first (npm run test:e2e does it for you).",
    );
  }

  const port = await freePort();
  const translator = await startTranslatorStandIn();
  const dataDir = mkdtempSync(join(tmpdir(), "withfund-e2e-"));
  const baseUrl = `http://localhost:${port}`;
  const output: string[] = [];
  const serverLog = join(dataDir, "server.log");

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    NODE_ENV: "production",
    TRANSLATION_URL: translator.url,
  };
  delete env.APP_URL;
  delete env.DEMO_MODE;
  delete env.MAIL_WORKER;
  delete env.DATABASE_URL;
  delete env.SESSION_SECRET;

  const server: ChildProcess = spawn(process.execPath, ["build/server.js", "--demo"], {
    cwd: root,
    env,
    detached: true, // its own process group, so teardown stops it and anything it started
    stdio: ["ignore", "pipe", "pipe"],
  });
  const collect = (chunk: Buffer) => {
    output.push(chunk.toString());
    appendFileSync(serverLog, chunk);
    if (process.env.E2E_SERVER_LOG) process.stderr.write(chunk);
  };
  server.stdout?.on("data", collect);
  server.stderr?.on("data", collect);

  let exited: string | null = null;
  server.on("exit", (code, signal) => {
    exited = `exit code ${code ?? "none"}, signal ${signal ?? "none"}`;
  });

  const stop = async () => {
    if (exited !== null || server.pid === undefined) return;
    const gone = new Promise<void>((done) => server.once("exit", () => done()));
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        if (server.pid !== undefined) process.kill(-server.pid, "SIGKILL");
      } catch {
        /* already gone */
      }
    }, 5_000);
    await gone;
    clearTimeout(timer);
  };

  // If vitest exits without running the teardown (process.exit after an error), still stop it.
  const stopNow = () => {
    try {
      if (exited === null && server.pid !== undefined) process.kill(-server.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  process.once("exit", stopNow);

  const deadline = Date.now() + startupTimeoutMs;
  for (;;) {
    if (exited !== null) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(
        `The Withfund server stopped before answering (${exited}). Its output:\n${output.join("")}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/`, { redirect: "manual" });
      if (response.status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(
        `The Withfund server did not answer at ${baseUrl}/ within ${startupTimeoutMs / 1000}s. Its output:\n${output.join("")}`,
      );
    }
    await new Promise((done) => setTimeout(done, 250));
  }

  project.provide("baseUrl", baseUrl);
  project.provide("serverLog", serverLog);

  return async () => {
    process.off("exit", stopNow);
    await stop();
    await translator.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
