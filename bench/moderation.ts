// npm run bench:moderation [-- --postgres] [-- --applications 500 --reviews 3 --users 20]
//
// The moderation page of one pot with 500 applications and 1,500 submitted reviews, loaded by
// 20 people at once on the production build; target p95 under 200 ms. The sign-in page of the
// same server is measured in the same run, interleaved, as the reference the figures are
// divided by, because these machines are noisy. Writes bench/results/moderation-<database>.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { load, option, prepareDatabase, root, startServer } from "./bench-server";

const args = process.argv.slice(2);
const usePostgres = args.includes("--postgres");
const APPLICATIONS = option(args, "applications", 500);
const REVIEWS_EACH = option(args, "reviews", 3);
const USERS = option(args, "users", 20);
const SECONDS = option(args, "seconds", 10);
// Twenty people at work: each reads the table for a while (1 s on average, far less than
// reading a table of a hundred applications takes) before opening it again. Decision 0047.
const THINK_MS = option(args, "think-ms", 1000);
const ROUNDS = 3;

async function main() {
  const database = await prepareDatabase("moderation", usePostgres);
  const { prepareModeration } = await import("./moderation-setup");
  const { path, chairCookie } = await prepareModeration(APPLICATIONS, REVIEWS_EACH);
  const server = await startServer(database);
  try {
    const check = await fetch(`${database.base}${path}`, { headers: { Cookie: chairCookie } });
    if (check.status !== 200) throw new Error(`the moderation page answered ${check.status}`);
    const page = await check.text();
    // Warm both pages once before measuring.
    await load(database.base, path, chairCookie, USERS, 2);
    await load(database.base, "/sign-in", "", USERS, 2);
    const runs = [];
    for (let round = 0; round < ROUNDS; round++) {
      const reference = await load(database.base, "/sign-in", "", USERS, SECONDS, server);
      const moderation = await load(database.base, path, chairCookie, USERS, SECONDS, server);
      const reading = await load(
        database.base,
        path,
        chairCookie,
        USERS,
        SECONDS,
        server,
        THINK_MS,
      );
      runs.push({ reference, moderation, reading });
    }
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const result = {
      database: database.engine,
      applications: APPLICATIONS,
      reviews: APPLICATIONS * REVIEWS_EACH,
      concurrentUsers: USERS,
      pageKb: Math.round(Buffer.byteLength(page) / 1024),
      moderation: {
        perSecond: median(runs.map((run) => run.moderation.perSecond)),
        p50: median(runs.map((run) => run.moderation.p50)),
        p95: median(runs.map((run) => run.moderation.p95)),
        p99: median(runs.map((run) => run.moderation.p99)),
        cpuMsPerRequest: median(runs.map((run) => run.moderation.cpuMsPerRequest ?? 0)),
        failures: runs.reduce((sum, run) => sum + run.moderation.failures, 0),
      },
      reading: {
        thinkMs: THINK_MS,
        perSecond: median(runs.map((run) => run.reading.perSecond)),
        p50: median(runs.map((run) => run.reading.p50)),
        p95: median(runs.map((run) => run.reading.p95)),
        p99: median(runs.map((run) => run.reading.p99)),
        cpuMsPerRequest: median(runs.map((run) => run.reading.cpuMsPerRequest ?? 0)),
        failures: runs.reduce((sum, run) => sum + run.reading.failures, 0),
      },
      reference: {
        page: "/sign-in",
        perSecond: median(runs.map((run) => run.reference.perSecond)),
        p95: median(runs.map((run) => run.reference.p95)),
        cpuMsPerRequest: median(runs.map((run) => run.reference.cpuMsPerRequest ?? 0)),
      },
      runs,
      peakServerRssMb: server.peakRssMb(),
      measuredAt: new Date().toISOString(),
    };
    const ratio = {
      throughputToReference: Number(
        (result.moderation.perSecond / result.reference.perSecond).toFixed(2),
      ),
      p95ToReference: Number(
        (result.moderation.p95 / Math.max(1, result.reference.p95)).toFixed(2),
      ),
      cpuPerRequestToReference: Number(
        (
          result.moderation.cpuMsPerRequest / Math.max(0.1, result.reference.cpuMsPerRequest)
        ).toFixed(2),
      ),
    };
    const targets = {
      "no failed requests": result.moderation.failures + result.reading.failures === 0,
      [`p95 < 200 ms, ${USERS} people reading (pauses of ${THINK_MS} ms on average)`]:
        result.reading.p95 < 200,
      [`p95 < 200 ms, ${USERS} people back to back (no pauses)`]: result.moderation.p95 < 200,
    };
    console.log(
      `moderation page on ${result.database}: ${APPLICATIONS} applications, ${result.reviews} reviews, ${USERS} people at once (median of ${ROUNDS} runs of ${SECONDS}s)`,
    );
    console.table({
      "moderation, people reading": {
        "req/s": result.reading.perSecond,
        "p50 ms": result.reading.p50,
        "p95 ms": result.reading.p95,
        "p99 ms": result.reading.p99,
        "server CPU ms/request": result.reading.cpuMsPerRequest,
      },
      "moderation, back to back": {
        "req/s": result.moderation.perSecond,
        "p50 ms": result.moderation.p50,
        "p95 ms": result.moderation.p95,
        "p99 ms": result.moderation.p99,
        "server CPU ms/request": result.moderation.cpuMsPerRequest,
      },
      "reference (sign-in)": {
        "req/s": result.reference.perSecond,
        "p95 ms": result.reference.p95,
        "server CPU ms/request": result.reference.cpuMsPerRequest,
      },
    });
    console.table(ratio);
    if (result.moderation.failures > 0)
      console.log("server output:\n" + server.log().split("\n").slice(-40).join("\n"));
    console.table(
      Object.fromEntries(Object.entries(targets).map(([t, met]) => [t, met ? "met" : "NOT met"])),
    );
    mkdirSync(join(root, "bench", "results"), { recursive: true });
    writeFileSync(
      join(root, "bench", "results", `moderation-${result.database}.json`),
      JSON.stringify({ ...result, ratio, targets }, null, 2) + "\n",
    );
  } finally {
    server.stop();
    await database.cleanUp();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
