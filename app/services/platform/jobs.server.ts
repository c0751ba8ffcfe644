import { nextRunAfterFailure, nextRunAfterSuccess } from "~/domain/shared/job-schedule";
import { db, isUniqueViolation, type Db } from "./db.server";
import { log } from "./log.server";
import { scrubText } from "./log-redaction.server";

export type Job = {
  /** The feature, then what the job does: "applications.draft-reminders". Keys its row. */
  name: string;
  everyMs: number;
  /**
   * Must be harmless to run twice for the same moment: a run that outlives its claim, or whose
   * server dies before recording it, is run again. Emails go through the outbox's dedupe keys.
   */
  run: (now: Date) => Promise<unknown>;
};

const TICK_MS = 30_000;
/** How long a claimed run keeps other servers off the job; a dead server's claim lapses. */
const CLAIM_MS = 10 * 60 * 1000;

export type SchedulerOptions = {
  /** Another database client stands for another server in tests. */
  database?: () => Db;
  logError?: (line: string) => void;
};

const unclaimedAt = (now: Date) => [{ lockedUntil: null }, { lockedUntil: { lt: now } }];

/**
 * Runs recurring jobs from the ScheduledJob table. Every server ticks; a due job is run by the
 * one server whose conditional update claims it, so each run happens on at most one server.
 * A failure is logged and recorded, and the job is tried again later with back-off.
 */
export function createScheduler(jobs: Job[], options: SchedulerOptions = {}) {
  const database = options.database ?? db;
  const logError =
    options.logError ?? ((line: string) => log().error({ component: "jobs" }, scrubText(line)));
  const byName = new Map(jobs.map((job) => [job.name, job]));
  let registered = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<string[]> | undefined;

  async function register(now: Date) {
    const known = await database().scheduledJob.findMany({
      where: { name: { in: [...byName.keys()] } },
      select: { name: true },
    });
    const knownNames = new Set(known.map((row) => row.name));
    for (const job of jobs) {
      if (!knownNames.has(job.name)) await createRow(job.name, now);
      // A job whose interval was shortened runs within the new interval, not the old one.
      const latest = nextRunAfterSuccess(now, job.everyMs);
      await database().scheduledJob.updateMany({
        where: { name: job.name, nextRunAt: { gt: latest } },
        data: { nextRunAt: latest },
      });
    }
    registered = true;
  }

  // Single statements only, never an interactive transaction: another server starting at the
  // same moment may create the row first, and that is fine.
  async function createRow(name: string, nextRunAt: Date) {
    try {
      await database().scheduledJob.create({ data: { name, nextRunAt } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }

  async function claim(name: string, now: Date): Promise<Date | null> {
    const lockedUntil = new Date(now.getTime() + CLAIM_MS);
    const claimed = await database().scheduledJob.updateMany({
      where: { name, nextRunAt: { lte: now }, OR: unclaimedAt(now) },
      data: { lockedUntil },
    });
    return claimed.count === 1 ? lockedUntil : null;
  }

  async function runClaimed(job: Job, failuresSoFar: number, now: Date, lockedUntil: Date) {
    // Recorded only while the claim is still ours; once it lapsed, another server owns the job.
    const record = (data: { nextRunAt: Date; lastError: string | null; failures: number }) =>
      database().scheduledJob.updateMany({
        where: { name: job.name, lockedUntil },
        data: { ...data, lockedUntil: null, lastRunAt: now },
      });
    try {
      await job.run(now);
    } catch (error) {
      const failures = failuresSoFar + 1;
      const nextRunAt = nextRunAfterFailure(now, job.everyMs, failures);
      const message = String((error as Error)?.message ?? error).slice(0, 1000);
      logError(
        `job ${job.name} failed (${failures} in a row); next try at ${nextRunAt.toISOString()}: ${message}`,
      );
      await record({ nextRunAt, lastError: message, failures });
      return;
    }
    await record({
      nextRunAt: nextRunAfterSuccess(now, job.everyMs),
      lastError: null,
      failures: 0,
    });
  }

  async function runDueJobs(at: () => Date): Promise<string[]> {
    if (!registered) await register(at());
    const now = at();
    const due = await database().scheduledJob.findMany({
      where: { name: { in: [...byName.keys()] }, nextRunAt: { lte: now }, OR: unclaimedAt(now) },
      orderBy: { nextRunAt: "asc" },
    });
    const ran: string[] = [];
    for (const row of due) {
      const startedAt = at();
      const lockedUntil = await claim(row.name, startedAt);
      if (!lockedUntil) continue;
      await runClaimed(byName.get(row.name)!, row.failures, startedAt, lockedUntil);
      ran.push(row.name);
    }
    return ran;
  }

  /**
   * Runs the due jobs this server wins and returns their names. `now` fixes the clock (tests);
   * without it each job starts at the time it is claimed. One tick at a time per scheduler.
   */
  function tick(now?: Date): Promise<string[]> {
    running ??= runDueJobs(() => now ?? new Date()).finally(() => {
      running = undefined;
    });
    return running;
  }

  function start() {
    if (timer) return;
    // A database outage must not stop the server; the next tick tries again.
    const tickSafely = () =>
      void tick().catch((error: Error) => logError(`job scheduler: ${error.message}`));
    timer = setInterval(tickSafely, TICK_MS);
    timer.unref();
    tickSafely();
  }

  /** Stops ticking and waits for a run in progress, so it is recorded before the database closes. */
  async function stop() {
    clearInterval(timer);
    timer = undefined;
    await running?.catch(() => {});
  }

  return { tick, start, stop };
}

let scheduler: ReturnType<typeof createScheduler> | undefined;

export function startJobScheduler(jobs: Job[]) {
  scheduler ??= createScheduler(jobs);
  scheduler.start();
}

export async function stopJobScheduler() {
  await scheduler?.stop();
  scheduler = undefined;
}
