import { queueDeadlineReminders } from "~/services/applications/draft-reminders.server";
import { deleteExpiredRecordings } from "~/services/applications/recording-retention.server";
import { completeDueGrants } from "~/services/grants/grant-completion.server";
import { queueCheckInReminders } from "~/services/monitoring/reminders.server";
import { applyRetention } from "~/services/privacy/retention.server";
import type { Job } from "./jobs.server";

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

/**
 * Every recurring job, one entry per feature task (see docs/decisions/0022-job-scheduler.md).
 * Each must be harmless to run twice: emails go through the outbox with dedupe keys.
 */
export const scheduledJobs: Job[] = [
  { name: "applications.draft-reminders", everyMs: 15 * MINUTE, run: queueDeadlineReminders },
  { name: "applications.recording-deletion", everyMs: 60 * MINUTE, run: deleteExpiredRecordings },
  { name: "grants.completion", everyMs: 60 * MINUTE, run: completeDueGrants },
  { name: "monitoring.reminders", everyMs: 60 * MINUTE, run: queueCheckInReminders },
  { name: "privacy.retention", everyMs: DAY, run: applyRetention },
];
