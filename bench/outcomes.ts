// npm run bench:outcomes [-- --postgres] [-- --grants 2000 --check-ins 5000 --users 20 --seconds 10]
//
// The outcome views over 2,000 active grants and 5,000 sent check-ins, each tagged with one to
// three themes: the views page (themes per quarter and per month, by pot, check-in status,
// light numbers), the story wall and the one-page summary, each loaded by 20 people at once on
// the production build; target p95 under 200 ms. The sign-in page of the same server is
// measured in the same run, interleaved, as the reference, because these machines are noisy.
// Writes bench/results/outcomes-<database>.json.
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
const GRANTS = option(args, "grants", 2000);
const CHECK_INS = option(args, "check-ins", 5000);
const USERS = option(args, "users", 20);
const SECONDS = option(args, "seconds", 10);
// People at work read each view for a while before opening it again (decision 0047).
const THINK_MS = option(args, "think-ms", 1000);
const ROUNDS = 3;

async function main() {
  const database = await prepareDatabase("outcomes", usePostgres);
  const { prepareOutcomes } = await import("./outcomes-setup");
  const started = performance.now();
  const { funderId, cookie, tags } = await prepareOutcomes(GRANTS, CHECK_INS);
  const setupSeconds = Math.round((performance.now() - started) / 100) / 10;
  const base = `/fund/${funderId}/outcomes`;
  const pages: Record<string, string> = {
    "views (per quarter)": base,
    "views (per month)": `${base}?per=month`,
    "story wall": `${base}/stories`,
    summary: `${base}/summary`,
  };
  const server = await startServer(database);
  try {
    const sizes: Record<string, number> = {};
    for (const [name, path] of Object.entries(pages)) {
      const check = await fetch(`${database.base}${path}`, { headers: { Cookie: cookie } });
      const html = await check.text();
      if (check.status !== 200)
        throw new Error(`${name} answered ${check.status}:\n${server.log()}`);
      sizes[name] = Math.round(Buffer.byteLength(html) / 1024);
      await load(database.base, path, cookie, USERS, 2);
    }
    await load(database.base, "/sign-in", "", USERS, 2);
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
    const reference = summarise(runs.reference!);
    const views = Object.fromEntries(
      Object.keys(pages)
        .flatMap((page) => [page, `${page}, reading`])
        .map((name) => {
          const figures = summarise(runs[name]!);
          return [
            name,
            {
              ...figures,
              htmlKb: sizes[name.replace(/, reading$/, "")],
              throughputToReference: Number((figures.perSecond / reference.perSecond).toFixed(2)),
            },
          ];
        }),
    );
    const result = {
      database: database.engine,
      grants: GRANTS,
      checkIns: CHECK_INS,
      tags,
      concurrentUsers: USERS,
      setupSeconds,
      views,
      reference: { page: "/sign-in", ...reference },
      runs,
      peakServerRssMb: server.peakRssMb(),
      measuredAt: new Date().toISOString(),
    };
    const failures = Object.values(views).reduce((sum, view) => sum + view.failures, 0);
    const targets = {
      "no failed requests": failures === 0,
      [`p95 < 200 ms, ${USERS} people reading (pauses of ${THINK_MS} ms on average), every view`]:
        Object.entries(views).every(([name, view]) => !name.endsWith("reading") || view.p95 < 200),
      [`p95 < 200 ms, ${USERS} people back to back (no pauses), every view`]: Object.entries(
        views,
      ).every(([name, view]) => name.endsWith("reading") || view.p95 < 200),
    };
    console.log(
      `outcome views on ${result.database}: ${GRANTS} grants, ${CHECK_INS} check-ins (${tags} tags), ${USERS} people at once (median of ${ROUNDS} runs of ${SECONDS}s)`,
    );
    console.table(
      Object.fromEntries([
        ...Object.entries(views).map(([name, view]) => [
          name,
          {
            "req/s": view.perSecond,
            "p50 ms": view.p50,
            "p95 ms": view.p95,
            "ratio to sign-in": view.throughputToReference,
            "server CPU ms/request": view.cpuMsPerRequest,
            "HTML KB": view.htmlKb,
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
    if (failures > 0)
      console.log("server output:\n" + server.log().split("\n").slice(-40).join("\n"));
    console.table(
      Object.fromEntries(Object.entries(targets).map(([t, met]) => [t, met ? "met" : "NOT met"])),
    );
    mkdirSync(join(root, "bench", "results"), { recursive: true });
    writeFileSync(
      join(root, "bench", "results", `outcomes-${result.database}.json`),
      JSON.stringify({ ...result, targets }, null, 2) + "\n",
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
