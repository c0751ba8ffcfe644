// npm run bench:audit [-- --postgres] [-- --scale 1 --users 20 --seconds 10 --think-ms 1000]
//
// The funder's audit log over five years of records (npm run seed:large: 20,000 audit events
// among 10,000 applications, 2,000 grants and 50,000 emails): the newest page, a page filtered
// by action and a page deep in the history, each loaded by 20 people at once on the
// production build, beside the sign-in page of the same server as the reference. Target: p95
// under 200 ms (decision 0047 says how the 20 people are modelled). Writes
// bench/results/audit-log-<database>.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  load,
  option,
  prepareDatabase,
  root,
  startServer,
  summarise,
  type Run,
} from "./bench-server";

const args = process.argv.slice(2);
const usePostgres = args.includes("--postgres");
const SCALE = option(args, "scale", 1);
const USERS = option(args, "users", 20);
const SECONDS = option(args, "seconds", 10);
const THINK_MS = option(args, "think-ms", 1000);
const ROUNDS = 3;

async function main() {
  const database = await prepareDatabase("audit", usePostgres);
  const { db } = await import("../app/services/platform/db.server");
  const { startSession } = await import("../app/services/platform/session.server");
  const { largeStaff, seedLargePortfolio } = await import("./portfolio-setup");
  const counts = await seedLargePortfolio(db(), {
    databaseUrl: database.env.DATABASE_URL!,
    scale: SCALE,
    now: new Date(),
  });
  const funderId = counts!.funderId;
  const admin = await db().user.findUniqueOrThrow({ where: { email: largeStaff[0].email } });
  const cookie = (await startSession(new Request("http://127.0.0.1/"), admin.id)).split(";")[0]!;
  const events = await db().auditEvent.count({ where: { funderId } });
  const older = await db().auditEvent.findMany({
    where: { funderId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: Math.floor(events / 2),
    take: 1,
    select: { id: true },
  });
  const base = `/fund/${funderId}/audit`;
  const pages: Record<string, string> = {
    "newest page": base,
    "one action": `${base}?action=${encodeURIComponent("grants.tranche-paid")}`,
    "half way back": `${base}?before=${older[0]!.id}`,
  };
  const server = await startServer(database);
  try {
    for (const [name, path] of Object.entries(pages)) {
      const check = await fetch(`${database.base}${path}`, { headers: { Cookie: cookie } });
      if (check.status !== 200) throw new Error(`${name} answered ${check.status}`);
      await load(database.base, path, cookie, USERS, 2);
    }
    const runs: Record<string, Run[]> = { reference: [] };
    for (let round = 0; round < ROUNDS; round++) {
      runs.reference!.push(await load(database.base, "/sign-in", "", USERS, SECONDS, server));
      for (const [name, path] of Object.entries(pages)) {
        (runs[name] ??= []).push(await load(database.base, path, cookie, USERS, SECONDS, server));
        (runs[`${name}, reading`] ??= []).push(
          await load(database.base, path, cookie, USERS, SECONDS, server, THINK_MS),
        );
      }
    }
    const views = Object.fromEntries(
      Object.keys(runs)
        .filter((name) => name !== "reference")
        .map((name) => [name, summarise(runs[name]!)]),
    );
    const reference = summarise(runs.reference!);
    const failures = Object.values(views).reduce((sum, view) => sum + view.failures, 0);
    const targets = {
      "no failed requests": failures === 0,
      [`p95 < 200 ms, ${USERS} people reading (pauses of ${THINK_MS} ms on average), every page`]:
        Object.entries(views).every(([name, view]) => !name.endsWith("reading") || view.p95 < 200),
      [`p95 < 200 ms, ${USERS} people back to back (no pauses), every page`]: Object.entries(
        views,
      ).every(([name, view]) => name.endsWith("reading") || view.p95 < 200),
    };
    console.log(
      `audit log on ${database.engine}: ${events} events, ${USERS} people at once (median of ${ROUNDS} runs of ${SECONDS}s)`,
    );
    console.table(
      Object.fromEntries([
        ...Object.entries(views).map(([name, view]) => [
          name,
          {
            "req/s": view.perSecond,
            "p50 ms": view.p50,
            "p95 ms": view.p95,
            "server CPU ms/request": view.cpuMsPerRequest,
            "ratio to sign-in": Number((view.perSecond / reference.perSecond).toFixed(2)),
          },
        ]),
        [
          "reference (sign-in)",
          {
            "req/s": reference.perSecond,
            "p50 ms": reference.p50,
            "p95 ms": reference.p95,
            "server CPU ms/request": reference.cpuMsPerRequest,
          },
        ],
      ]),
    );
    console.table(
      Object.fromEntries(Object.entries(targets).map(([t, met]) => [t, met ? "met" : "NOT met"])),
    );
    mkdirSync(join(root, "bench", "results"), { recursive: true });
    writeFileSync(
      join(root, "bench", "results", `audit-log-${database.engine}.json`),
      JSON.stringify(
        {
          database: database.engine,
          events,
          concurrentUsers: USERS,
          thinkMs: THINK_MS,
          views,
          reference: { page: "/sign-in", ...reference },
          targets,
          peakServerRssMb: server.peakRssMb(),
          measuredAt: new Date().toISOString(),
        },
        null,
        2,
      ) + "\n",
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
