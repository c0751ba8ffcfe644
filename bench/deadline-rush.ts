// npm run bench:rush [-- --postgres] [-- --applicants 200 --saves 10]
//
// A deadline rush on the production build: N applicants at once, each autosaving one section
// of her application several times (as the browser does a few seconds after typing stops) and
// then sending it. Targets: zero errors, zero lost saves, exactly N submissions, p95 save
// latency under 300 ms, server memory (RSS) under 300 MB. Prints a table and writes JSON to
// bench/results/deadline-rush-<database>.json. Traffic goes only to a server this script
// starts on 127.0.0.1, and every loop is bounded.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const usePostgres = args.includes("--postgres");
const APPLICANTS = option("applicants", 200);
const SAVES = option("saves", 10);
/**
 * The browser autosaves 3 seconds after typing stops, so one person cannot save faster than
 * that; each simulated applicant waits about that long (with jitter) between saves.
 * `--pause-ms 0` fires every save back to back, a harsher burst than real people produce.
 */
const PAUSE_MS = option("pause-ms", 3000);
const REQUEST_TIMEOUT_MS = 30_000;

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

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
    : 0;
}

async function main() {
  if (!existsSync(join(root, "build", "server.js")))
    throw new Error("The production build is missing: run npm run build first");
  const dataDir = mkdtempSync(join(tmpdir(), "withfund-rush-"));
  const schema = `rush_${randomBytes(4).toString("hex")}`;
  const postgresBase =
    process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
  const databaseUrl = usePostgres
    ? `${postgresBase}?schema=${schema}`
    : `file:${join(dataDir, "rush.db")}`;
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

  // Set up through the app's own services, in this process, against the same database.
  const { applyMigrations } = await import("../app/services/platform/migrations.server");
  await applyMigrations(databaseUrl, { root });
  const { prepareApplicants } = await import("./rush-setup");
  const applicants = await prepareApplicants(APPLICANTS);

  // BENCH_NODE_ARGS passes flags to the server's Node, e.g. "--cpu-prof" to see where time goes.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const server = spawn(process.execPath, [...nodeArgs, join(root, "build", "server.js")], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let serverLog = "";
  server.stdout.on("data", (chunk) => (serverLog += chunk));
  server.stderr.on("data", (chunk) => (serverLog += chunk));
  const base = `http://127.0.0.1:${port}`;
  let peakRssKb = 0;
  const sampler = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${server.pid}/status`, "utf8");
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peakRssKb = Math.max(peakRssKb, rss);
    } catch {
      // The process may have ended; the result check reports that.
    }
  }, 100);

  try {
    for (let tries = 0; tries < 200; tries++) {
      const ready = await fetch(base)
        .then((r) => r.ok)
        .catch(() => false);
      if (ready) break;
      await new Promise((r) => setTimeout(r, 150));
      if (tries === 199) throw new Error(`server did not start:\n${serverLog}`);
    }

    const saveLatencies: number[] = [];
    const errors: string[] = [];
    const post = async (path: string, cookie: string, form: Record<string, string>) => {
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
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      await response.arrayBuffer();
      return { status: response.status, ms: performance.now() - started };
    };

    const wallStart = performance.now();
    await Promise.all(
      applicants.map(async (applicant) => {
        for (let save = 1; save <= SAVES; save++) {
          if (PAUSE_MS > 0)
            await new Promise((r) => setTimeout(r, PAUSE_MS * (0.67 + Math.random() * 0.66)));
          try {
            const result = await post(
              applicant.autosavePath,
              applicant.cookie,
              applicant.autosaveForm(save),
            );
            saveLatencies.push(result.ms);
            if (result.status >= 400) errors.push(`save ${save}: HTTP ${result.status}`);
          } catch (error) {
            errors.push(`save ${save}: ${(error as Error).message}`);
          }
        }
        try {
          const result = await post(applicant.submitPath, applicant.cookie, applicant.submitForm);
          if (result.status >= 400) errors.push(`submit: HTTP ${result.status}`);
        } catch (error) {
          errors.push(`submit: ${(error as Error).message}`);
        }
      }),
    );
    const wallSeconds = (performance.now() - wallStart) / 1000;

    const { verifyApplicants } = await import("./rush-setup");
    const outcome = await verifyApplicants(applicants, SAVES);
    const result = {
      database: usePostgres ? "postgresql" : "sqlite",
      applicants: APPLICANTS,
      savesEach: SAVES,
      pauseBetweenSavesMs: PAUSE_MS,
      requests: saveLatencies.length + APPLICANTS,
      errors: errors.length,
      firstErrors: errors.slice(0, 5),
      lostSaves: outcome.lostSaves,
      submissions: outcome.submissions,
      saveLatencyMs: {
        p50: Math.round(percentile(saveLatencies, 50)),
        p95: Math.round(percentile(saveLatencies, 95)),
        max: Math.round(Math.max(0, ...saveLatencies)),
      },
      peakServerRssMb: Math.round(peakRssKb / 1024),
      wallSeconds: Number(wallSeconds.toFixed(1)),
      measuredAt: new Date().toISOString(),
    };
    const targets = {
      "zero errors": result.errors === 0,
      "zero lost saves": result.lostSaves === 0,
      [`exactly ${APPLICANTS} submissions`]: result.submissions === APPLICANTS,
      "p95 save < 300 ms": result.saveLatencyMs.p95 < 300,
      "server RSS < 300 MB": result.peakServerRssMb < 300,
    };
    console.log(
      `deadline rush on ${result.database}: ${APPLICANTS} applicants at once × ${SAVES} autosaves (about ${PAUSE_MS} ms apart) + submit (${result.wallSeconds}s)`,
    );
    console.table({
      errors: result.errors,
      "lost saves": result.lostSaves,
      submissions: result.submissions,
      "save p50 ms": result.saveLatencyMs.p50,
      "save p95 ms": result.saveLatencyMs.p95,
      "save max ms": result.saveLatencyMs.max,
      "peak RSS MB": result.peakServerRssMb,
    });
    console.table(
      Object.fromEntries(
        Object.entries(targets).map(([target, met]) => [target, met ? "met" : "NOT met"]),
      ),
    );
    if (result.firstErrors.length) console.log("first errors:", result.firstErrors);
    mkdirSync(join(root, "bench", "results"), { recursive: true });
    const variant = PAUSE_MS === 0 ? "-burst" : "";
    writeFileSync(
      join(root, "bench", "results", `deadline-rush-${result.database}${variant}.json`),
      JSON.stringify({ ...result, targets }, null, 2) + "\n",
    );
  } finally {
    clearInterval(sampler);
    server.kill("SIGTERM");
    const { disconnectDb } = await import("../app/services/platform/db.server");
    await disconnectDb();
    if (usePostgres) {
      const client = new pg.Client({ connectionString: postgresBase });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
