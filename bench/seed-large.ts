// npm run seed:large [-- --scale 0.1] [-- --today 2026-12-08]
//
// Loads one funder's five-year portfolio (bench/portfolio-setup.ts) into the database the app
// is configured for: DATABASE_URL, or the embedded SQLite database in DATA_DIR (default data/),
// as npm run db:seed does. Applies pending migrations first; does nothing if the portfolio is
// already there. The same scale and day give the same records.
import { createDb } from "../app/services/platform/db.server";
import { databaseUrl, deploy } from "../scripts/db/deploy";
import { option } from "./bench-server";
import { largeStaff, seedLargePortfolio } from "./portfolio-setup";

async function main() {
  const args = process.argv.slice(2);
  const scale = option(args, "scale", 1);
  if (!(scale > 0 && scale <= 10)) throw new Error("--scale takes a number above 0, at most 10.");
  const today = args.includes("--today")
    ? new Date(args[args.indexOf("--today") + 1]!)
    : new Date();
  if (Number.isNaN(today.getTime())) throw new Error("--today takes a date such as 2026-12-08.");
  const url = databaseUrl();
  await deploy(url);
  const db = createDb(url);
  try {
    const started = performance.now();
    const counts = await seedLargePortfolio(db, {
      databaseUrl: url,
      scale,
      now: today,
      appUrl: process.env.APP_URL,
    });
    if (!counts) {
      console.log("The Northbank portfolio is already loaded.");
      return;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const { funderId, ...rest } = counts;
    console.table(rest);
    console.log(
      `Loaded in ${seconds} s on ${url.startsWith("file:") ? "SQLite" : "PostgreSQL"}. ` +
        `Sign in as ${largeStaff[0].email} (an emailed code) and open /fund/${funderId}.`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`seed:large failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
