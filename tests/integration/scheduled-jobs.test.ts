import { afterAll, describe, expect, it } from "vitest";
import { createDb, db } from "~/services/platform/db.server";
import { scheduledJobs } from "~/services/platform/job-list.server";
import { createScheduler, type Job } from "~/services/platform/jobs.server";
import { queueDeadlineReminders } from "~/services/applications/draft-reminders.server";
import { started } from "../support/applying";
import { useTestDatabase } from "../support/database";

useTestDatabase();

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;
const t0 = new Date("2030-01-07T09:00:00Z");
const after = (ms: number, from = t0) => new Date(from.getTime() + ms);

/** A second database client, as a second app server would have. */
const otherServer = createDb(process.env.DATABASE_URL!);
afterAll(async () => {
  await otherServer.$disconnect();
});

let jobNumber = 0;
/** A job counting its runs; it yields while running, so two servers ticking at once interleave. */
function countingJob(options: { failWith?: () => string | null } = {}) {
  const job = {
    name: `test.job-${++jobNumber}`,
    everyMs: 15 * MINUTE,
    runs: [] as Date[],
    async run(now: Date) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const failure = options.failWith?.();
      if (failure) throw new Error(failure);
      job.runs.push(now);
    },
  } satisfies Job & { runs: Date[] };
  return job;
}

const rowOf = (name: string) => db().scheduledJob.findUniqueOrThrow({ where: { name } });

describe("running recurring jobs", () => {
  it("runs a due job once, then again one interval later", async () => {
    const job = countingJob();
    const scheduler = createScheduler([job]);
    expect(await scheduler.tick(t0)).toEqual([job.name]);
    expect(await scheduler.tick(after(MINUTE))).toEqual([]);
    expect(await scheduler.tick(after(15 * MINUTE - 1))).toEqual([]);
    expect(job.runs).toEqual([t0]);
    expect(await rowOf(job.name)).toMatchObject({
      lastRunAt: t0,
      nextRunAt: after(15 * MINUTE),
      lockedUntil: null,
      failures: 0,
    });
    expect(await scheduler.tick(after(15 * MINUTE))).toEqual([job.name]);
    expect(job.runs).toEqual([t0, after(15 * MINUTE)]);
  });

  it("runs a due job on only one of two servers ticking at the same moment", async () => {
    const job = countingJob();
    const here = createScheduler([job]);
    const there = createScheduler([job], { database: () => otherServer });
    for (let round = 0; round < 4; round++) {
      const now = after(round * 15 * MINUTE);
      const [ranHere, ranThere] = await Promise.all([here.tick(now), there.tick(now)]);
      expect([...ranHere, ...ranThere]).toEqual([job.name]);
    }
    expect(job.runs).toHaveLength(4);
  });

  it("leaves a job claimed by a server that stopped answering until the claim lapses", async () => {
    const job = countingJob();
    const scheduler = createScheduler([job]);
    await db().scheduledJob.create({
      data: { name: job.name, nextRunAt: t0, lockedUntil: after(5 * MINUTE) },
    });
    expect(await scheduler.tick(after(MINUTE))).toEqual([]);
    expect(await scheduler.tick(after(5 * MINUTE + SECOND))).toEqual([job.name]);
    expect(job.runs).toEqual([after(5 * MINUTE + SECOND)]);
  });

  it("records a failure, keeps the other jobs running, and tries again later, waiting longer each time", async () => {
    let outage: string | null = "the reminders service is unavailable";
    const failing = countingJob({ failWith: () => outage });
    const healthy = countingJob();
    const logged: string[] = [];
    const scheduler = createScheduler([failing, healthy], {
      logError: (line) => logged.push(line),
    });

    expect(await scheduler.tick(t0)).toEqual([failing.name, healthy.name]);
    expect(healthy.runs).toEqual([t0]);
    expect(await rowOf(failing.name)).toMatchObject({
      failures: 1,
      lastError: "the reminders service is unavailable",
      nextRunAt: after(30 * SECOND),
      lockedUntil: null,
    });
    expect(logged).toEqual([expect.stringContaining("the reminders service is unavailable")]);
    expect(logged[0]).toContain(failing.name);

    expect(await scheduler.tick(after(20 * SECOND))).toEqual([]);
    expect(await scheduler.tick(after(30 * SECOND))).toEqual([failing.name]);
    expect(await rowOf(failing.name)).toMatchObject({
      failures: 2,
      nextRunAt: after(90 * SECOND),
    });

    outage = null;
    expect(await scheduler.tick(after(90 * SECOND))).toEqual([failing.name]);
    expect(failing.runs).toEqual([after(90 * SECOND)]);
    expect(await rowOf(failing.name)).toMatchObject({
      failures: 0,
      lastError: null,
      nextRunAt: after(90 * SECOND + 15 * MINUTE),
    });
  });
});

describe("the deadline reminders job", () => {
  it("queues the reminders for unsent drafts, 3 days and 1 day before closing, once each", async () => {
    const { id, round, owner, colleague, organisation } = await started({ closesInMs: 40 * DAY });
    const scheduler = createScheduler(scheduledJobs);
    const threeDaysBefore = after(-2.5 * DAY, round.closesAt);
    const oneDayBefore = after(-12 * 60 * MINUTE, round.closesAt);

    expect(await scheduler.tick(threeDaysBefore)).toContain("applications.draft-reminders");
    expect(await scheduler.tick(oneDayBefore)).toContain("applications.draft-reminders");
    // Everything due at those moments is already queued: the job did what the scan does.
    expect(await queueDeadlineReminders(threeDaysBefore)).toBe(0);
    expect(await queueDeadlineReminders(oneDayBefore)).toBe(0);

    const reminders = await db().outboundEmail.findMany({
      where: {
        template: "deadline-reminder",
        dedupeKey: { startsWith: `deadline-reminder:${id}` },
      },
      orderBy: { dedupeKey: "asc" },
    });
    expect(reminders.map(({ dedupeKey, to, locale }) => ({ dedupeKey, to, locale }))).toEqual(
      [
        { dedupeKey: `deadline-reminder:${id}:${owner.id}:3d`, to: owner.email, locale: "ar" },
        { dedupeKey: `deadline-reminder:${id}:${owner.id}:1d`, to: owner.email, locale: "ar" },
        {
          dedupeKey: `deadline-reminder:${id}:${colleague.id}:3d`,
          to: colleague.email,
          locale: "uk",
        },
        {
          dedupeKey: `deadline-reminder:${id}:${colleague.id}:1d`,
          to: colleague.email,
          locale: "uk",
        },
      ].sort((a, b) => (a.dedupeKey < b.dedupeKey ? -1 : 1)),
    );
    expect(reminders[0]!.payload).toMatchObject({
      applicationId: id,
      organisation: organisation.name,
      closesAt: round.closesAt.toISOString(),
    });
  });
});
