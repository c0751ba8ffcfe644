// What every server benchmark needs: a fresh database on either engine, the production build
// started against it, its peak memory, and latency percentiles.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export function option(args: string[], name: string, fallback: number) {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
}

export function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
    : 0;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolvePort(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

export type BenchDatabase = {
  engine: "sqlite" | "postgresql";
  env: NodeJS.ProcessEnv;
  base: string;
  cleanUp: () => Promise<void>;
};

/**
 * A migrated, empty database of the chosen engine and the environment the server will run with,
 * also applied to this process so that setup code writes through the app's own services.
 */
export async function prepareDatabase(name: string, usePostgres: boolean): Promise<BenchDatabase> {
  if (!existsSync(join(root, "build", "server.js")))
    throw new Error("The production build is missing: run npm run build first");
  const dataDir = mkdtempSync(join(tmpdir(), `withfund-${name}-`));
  const schema = `${name.replace(/\W/g, "_")}_${randomBytes(4).toString("hex")}`;
  const postgresBase =
    process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
  const databaseUrl = usePostgres
    ? `${postgresBase}?schema=${schema}`
    : `file:${join(dataDir, `${name}.db`)}`;
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DEMO_MODE: "true",
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    APP_URL: `http://127.0.0.1:${port}`,
    SESSION_SECRET: randomBytes(32).toString("hex"),
  };
  Object.assign(process.env, env);
  const { applyMigrations } = await import("../app/services/platform/migrations.server");
  await applyMigrations(databaseUrl, { root });
  return {
    engine: usePostgres ? "postgresql" : "sqlite",
    env,
    base: `http://127.0.0.1:${port}`,
    cleanUp: async () => {
      const { disconnectDb } = await import("../app/services/platform/db.server");
      await disconnectDb();
      if (usePostgres) {
        const client = new pg.Client({ connectionString: postgresBase });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type BenchServer = {
  process: ChildProcess;
  peakRssMb: () => number;
  /**
   * CPU time the server process has used so far, in milliseconds (user + system). Divided by
   * the requests served between two readings, it is a figure other work on the machine barely
   * moves, unlike latency.
   */
  cpuMs: () => number;
  /** What the server printed, to explain failed requests. */
  log: () => string;
  stop: () => void;
  /** SIGKILL, as a crash or an out-of-memory kill would: no shutdown code runs. */
  kill: () => Promise<void>;
};

/** User plus system CPU time of a process, from /proc (clock ticks of 10 ms). */
function processCpuMs(pid: number): number {
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Starts `node build/server.js` on the database and waits until it answers. */
export async function startServer(database: BenchDatabase): Promise<BenchServer> {
  // BENCH_NODE_ARGS passes flags to the server's Node, e.g. "--cpu-prof" to see where time goes.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const server = spawn(process.execPath, [...nodeArgs, join(root, "build", "server.js")], {
    cwd: root,
    env: database.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let serverLog = "";
  server.stdout.on("data", (chunk) => (serverLog += chunk));
  server.stderr.on("data", (chunk) => (serverLog += chunk));
  let peakRssKb = 0;
  const sampler = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${server.pid}/status`, "utf8");
      peakRssKb = Math.max(peakRssKb, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // The process may have ended; the result check reports that.
    }
  }, 100);
  const stop = () => {
    clearInterval(sampler);
    server.kill("SIGTERM");
  };
  const exited = new Promise<void>((resolveExit) => server.once("exit", () => resolveExit()));
  const kill = async () => {
    clearInterval(sampler);
    server.kill("SIGKILL");
    await exited;
  };
  for (let tries = 0; tries < 200; tries++) {
    const ready = await fetch(database.base)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready)
      return {
        process: server,
        peakRssMb: () => Math.round(peakRssKb / 1024),
        cpuMs: () => processCpuMs(server.pid!),
        log: () => serverLog,
        stop,
        kill,
      };
    await new Promise((r) => setTimeout(r, 150));
  }
  stop();
  throw new Error(`server did not start:\n${serverLog}`);
}

/**
 * Posts a form as a signed-in browser would (same origin, no redirect following): the status,
 * where a redirect points, and how long the answer took.
 */
export async function postForm(
  base: string,
  path: string,
  cookie: string,
  form: Record<string, string>,
  timeoutMs = 30_000,
) {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, {
    method: "POST",
    headers: {
      Cookie: cookie,
      Origin: base,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams(form),
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
  });
  await response.arrayBuffer();
  return {
    status: response.status,
    location: response.headers.get("Location"),
    ms: performance.now() - started,
  };
}

/**
 * `users` people each asking for `path` again as soon as the last answer arrived, for
 * `seconds`: the latencies of every request and how many failed. With `thinkMs`, each person
 * reads the page for a while before asking again, as people do: a pause drawn from an
 * exponential distribution with that mean (seeded, so every run pauses the same way).
 */
export async function load(
  base: string,
  path: string,
  cookie: string,
  users: number,
  seconds: number,
  server?: Pick<BenchServer, "cpuMs">,
  thinkMs = 0,
) {
  const cpuBefore = server?.cpuMs() ?? 0;
  const latencies: number[] = [];
  const failures: string[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: users }, async (_, person) => {
      const pause = pauses(person + 1, thinkMs);
      // People arrive one by one, each after a pause of her own, not all in the same millisecond.
      if (thinkMs > 0) await sleep(Math.min(pause(), until - performance.now()));
      while (performance.now() < until) {
        const started = performance.now();
        try {
          const response = await fetch(`${base}${path}`, {
            headers: { Cookie: cookie, "Accept-Encoding": "gzip" },
            redirect: "manual",
            signal: AbortSignal.timeout(30_000),
          });
          await response.arrayBuffer();
          if (response.status !== 200) failures.push(`HTTP ${response.status}`);
        } catch (error) {
          failures.push((error as Error).message);
        }
        latencies.push(performance.now() - started);
        if (thinkMs > 0) await sleep(Math.min(pause(), Math.max(0, until - performance.now())));
      }
    }),
  );
  return {
    requests: latencies.length,
    failures: failures.length,
    firstFailures: failures.slice(0, 3),
    perSecond: Math.round(latencies.length / seconds),
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    p99: Math.round(percentile(latencies, 99)),
    /** The server's CPU time per answered request, when the server was given. */
    cpuMsPerRequest: server
      ? Number(((server.cpuMs() - cpuBefore) / Math.max(1, latencies.length)).toFixed(1))
      : null,
  };
}

const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

/** Reading pauses for one person: exponential with mean `meanMs`, at most five times it. */
function pauses(seed: number, meanMs: number) {
  let state = seed * 2654435761;
  const next = () => {
    // mulberry32: small, seeded, and good enough to spread pauses.
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value ^= value + Math.imul(value ^ (value >>> 7), 61 | value);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.min(5 * meanMs, -Math.log(1 - next()) * meanMs);
}

export type Run = Awaited<ReturnType<typeof load>>;

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The median of each figure over several runs of the same page, and every failure. */
export const summarise = (runs: Run[]) => ({
  perSecond: median(runs.map((run) => run.perSecond)),
  p50: median(runs.map((run) => run.p50)),
  p95: median(runs.map((run) => run.p95)),
  p99: median(runs.map((run) => run.p99)),
  cpuMsPerRequest: median(runs.map((run) => run.cpuMsPerRequest ?? 0)),
  failures: runs.reduce((sum, run) => sum + run.failures, 0),
});
