import { seedDemo } from "../../../prisma/seed/demo";
import { config } from "./env.server";
import { db, disconnectDb } from "./db.server";
import { scheduledJobs } from "./job-list.server";
import { startJobScheduler, stopJobScheduler } from "./jobs.server";
import { startMailWorker, stopMailWorker } from "./mail-worker.server";
import { logLine } from "./log.server";
import { applyMigrations } from "./migrations.server";

/**
 * Everything the server does before it accepts requests: read the configuration (stopping
 * with one clear sentence if it is wrong), bring the embedded database up to date, load the
 * demo data on a first demo run, and start delivering email and running recurring jobs (such
 * as deadline reminders, which the mail worker then delivers).
 */
export async function prepareServer(log: (line: string) => void = logLine("startup")) {
  const settings = config();
  if (settings.databaseProvider === "sqlite") {
    const applied = await applyMigrations(settings.databaseUrl, { log });
    if (applied.length) log(`database: ${applied.length} migration(s) applied`);
    // In WAL mode, NORMAL syncs at checkpoints rather than at every commit: the database
    // stays consistent after any crash, and a save no longer waits for the disk (see
    // docs/decisions/0006-sqlite-durability.md).
    await db().$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  }
  if (settings.demoMode && (await db().funder.count()) === 0) {
    await seedDemo(db());
    log("database: demo data loaded");
  }
  if (settings.mailWorker) {
    startMailWorker();
    startJobScheduler(scheduledJobs);
  }
  return settings;
}

/**
 * After the last request has been answered: stop delivering email, let a job in progress
 * finish, and close the database.
 */
export async function stopServer() {
  stopMailWorker();
  await stopJobScheduler();
  await disconnectDb();
}
