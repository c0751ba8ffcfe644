// npm run bench:rush [-- --postgres] [-- --applicants 200 --saves 10]
//
// A deadline rush on the production build: N applicants at once, each autosaving one section
// of her application several times (as the browser does a few seconds after typing stops) and
// then sending it. Targets: zero errors, zero lost saves, exactly N submissions, p95 save
// latency under 300 ms, server memory (RSS) under 300 MB. Prints a table and writes JSON to
// bench/results/deadline-rush-<database>.json. Traffic goes only to a server this script
// starts on 127.0.0.1, and every loop is bounded.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { option, percentile, postForm, prepareDatabase, root, startServer } from "./bench-server";

const args = process.argv.slice(2);
const usePostgres = args.includes("--postgres");
const APPLICANTS = option(args, "applicants", 200);
const SAVES = option(args, "saves", 10);
/**
 * The browser autosaves 3 seconds after typing stops, so one person cannot save faster than
 * that; each simulated applicant waits about that long (with jitter) between saves.
 * `--pause-ms 0` fires every save back to back, a harsher burst than real people produce.
 */
const PAUSE_MS = option(args, "pause-ms", 3000);
const REQUEST_TIMEOUT_MS = 30_000;

async function main() {
  const database = await prepareDatabase("rush", usePostgres);
  // Set up through the app's own services, in this process, against the same database.
  const { prepareApplicants } = await import("./rush-setup");
  const applicants = await prepareApplicants(APPLICANTS);
  const server = await startServer(database);
  const base = database.base;

  try {
    const saveLatencies: number[] = [];
    const errors: string[] = [];
    const post = (path: string, cookie: string, form: Record<string, string>) =>
      postForm(base, path, cookie, form, REQUEST_TIMEOUT_MS);

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
      database: database.engine,
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
      peakServerRssMb: server.peakRssMb(),
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
    server.stop();
    await database.cleanUp();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
