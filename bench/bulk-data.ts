// The pieces bulk data generators share (the moderation and outcome benchmarks, and the
// portfolio of npm run seed:large): fast batched inserts, ids that are the same on every run,
// submitted reviews and sent check-ins written the way the app writes them.
import type { Locale } from "../app/domain/shared/locales";
import type { Prisma } from "../app/generated/client-sqlite/client";
import type { Db } from "../app/services/platform/db.server";
import { postgresSchemaOf } from "../app/services/platform/migrations.server";
import { stories } from "../prisma/seed/demo-portfolio-stories";

const BATCH = 1000;

/** The tables generators fill in bulk, with the rows Prisma's createMany would take. */
type Tables = {
  User: Prisma.UserCreateManyInput;
  Organisation: Prisma.OrganisationCreateManyInput;
  OrganisationMember: Prisma.OrganisationMemberCreateManyInput;
  Application: Prisma.ApplicationCreateManyInput;
  ReviewAssignment: Prisma.ReviewAssignmentCreateManyInput;
  Review: Prisma.ReviewCreateManyInput;
  Decision: Prisma.DecisionCreateManyInput;
  Grant: Prisma.GrantCreateManyInput;
  Payment: Prisma.PaymentCreateManyInput;
  GrantTranche: Prisma.GrantTrancheCreateManyInput;
  GrantChange: Prisma.GrantChangeCreateManyInput;
  CheckIn: Prisma.CheckInCreateManyInput;
  CheckInTheme: Prisma.CheckInThemeCreateManyInput;
  AuditEvent: Prisma.AuditEventCreateManyInput;
  OutboundEmail: Prisma.OutboundEmailCreateManyInput;
};
/** Which of them carry createdAt and updatedAt (the database's own default is another format). */
const stamps: Record<keyof Tables, ("createdAt" | "updatedAt")[]> = {
  User: ["createdAt", "updatedAt"],
  Organisation: ["createdAt", "updatedAt"],
  OrganisationMember: ["createdAt", "updatedAt"],
  Application: ["createdAt", "updatedAt"],
  ReviewAssignment: ["createdAt"],
  Review: ["createdAt", "updatedAt"],
  Decision: ["createdAt", "updatedAt"],
  Grant: ["createdAt", "updatedAt"],
  Payment: ["createdAt"],
  GrantTranche: ["createdAt", "updatedAt"],
  GrantChange: ["createdAt"],
  CheckIn: ["createdAt", "updatedAt"],
  CheckInTheme: ["createdAt"],
  AuditEvent: ["createdAt"],
  OutboundEmail: ["createdAt", "updatedAt"],
};

/**
 * Writes rows a thousand at a time, each batch one INSERT that reads the rows from a single
 * JSON parameter. Prisma's createMany spends about a millisecond of CPU on every row, which
 * made a portfolio of 200,000 rows take minutes; this takes seconds. Values are stored as
 * Prisma stores them: on SQLite, times as ISO text with "+00:00" and booleans as 0 or 1 (the
 * JSON functions do both); on PostgreSQL the table's own row type converts each field. Rows are
 * not checked beyond their types, so generators must write what the app would.
 */
export function bulkWriter(db: Db, databaseUrl: string, now = new Date()) {
  const sqlite = databaseUrl.startsWith("file:");
  const schema = sqlite
    ? ""
    : `"${(postgresSchemaOf(databaseUrl) ?? "public").replace(/"/g, '""')}"`;
  const time = (value: Date) =>
    sqlite ? value.toISOString().replace("Z", "+00:00") : value.toISOString();
  return async function insert<T extends keyof Tables>(table: T, rows: Tables[T][]) {
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH).map((row) => {
        const stamped: Record<string, unknown> = { ...row };
        for (const column of stamps[table])
          stamped[column] ??= column === "updatedAt" ? (stamped.createdAt ?? now) : now;
        for (const [column, value] of Object.entries(stamped))
          if (value instanceof Date) stamped[column] = time(value);
        return stamped;
      });
      const columns = Object.keys(batch[0]!);
      if (
        batch.some(
          (row) =>
            Object.keys(row).length !== columns.length ||
            columns.some((column) => !(column in row)),
        )
      )
        throw new Error(`Every ${table} row must name the same columns.`);
      const names = columns.map((column) => `"${column}"`).join(", ");
      await (sqlite
        ? db.$executeRawUnsafe(
            `INSERT INTO "${table}" (${names}) SELECT ${columns
              .map((column) => `json_extract(value, '$."${column}"')`)
              .join(", ")} FROM json_each(?)`,
            JSON.stringify(batch),
          )
        : db.$executeRawUnsafe(
            `INSERT INTO ${schema}."${table}" (${names}) SELECT ${names} FROM json_populate_recordset(NULL::${schema}."${table}", $1::json)`,
            JSON.stringify(batch),
          ));
    }
  };
}

export type BulkInsert = ReturnType<typeof bulkWriter>;

/** An id made from a counter, so that two runs of a generator write the same ids. */
export const seededId = (prefix: string, n: number, tag: string) =>
  `${prefix}${tag}${n.toString(36).padStart(5, "0")}`;

const clampScore = (score: number) => Math.min(5, Math.max(1, score));

/**
 * A submitted review of the demo rubric (criteria c1–c4 on 1–5). `n` spreads the scores the
 * same way on every run; `lean` moves them all up (a strong application) or down.
 */
export function submittedReview(
  assignment: { panelId: string; applicationId: string; userId: string },
  input: { n: number; rubricVersionId: string; submittedAt: Date; lean?: number },
) {
  const { n, lean = 0 } = input;
  const score = (spread: number) => clampScore(1 + ((n * spread) % 5) + lean);
  return {
    ...assignment,
    rubricVersionId: input.rubricVersionId,
    status: "SUBMITTED" as const,
    scores: { c1: score(1), c2: score(3), c3: score(7), c4: clampScore(3 + lean) },
    comments: { c1: "Clear need.", c2: "Well planned." },
    recommendation:
      lean > 0 || n % 3 === 0
        ? ("FUND" as const)
        : lean < 0
          ? ("DO_NOT_FUND" as const)
          : ("MAYBE" as const),
    submittedAt: input.submittedAt,
  };
}

export type LightNumbers = { women: number; sessions: number };

/**
 * A check-in a group sent: one of the demo stories in the group's language with its light
 * numbers, and the story's themes, as the ids `themeIdOf` maps the codebook's English names to.
 */
export function sentCheckIn(input: {
  id: string;
  grantId: string;
  position: number;
  dueOn: Date;
  submittedAt: Date;
  language: Locale;
  story: number;
  numbers: LightNumbers;
  storyConsent: "FUNDER_ONLY" | "FUNDER_REPORTS" | "PUBLIC";
  highlighted: boolean;
  quoteHighlighted: boolean;
  /** The codebook's theme ids by English name, to tag the check-in with its story's themes. */
  themeIdOf?: (english: string) => string;
}) {
  const story = stories[input.story % stories.length]!;
  const highlightedAt = input.highlighted
    ? new Date(input.submittedAt.getTime() + 86_400_000)
    : null;
  return {
    row: {
      id: input.id,
      grantId: input.grantId,
      position: input.position,
      dueOn: input.dueOn,
      submittedAt: input.submittedAt,
      answerLanguage: input.language,
      answers: { ...story.text[input.language], numbers: input.numbers },
      storyConsent: input.storyConsent,
      storyHighlightedAt: highlightedAt,
      quoteHighlightedAt: input.quoteHighlighted ? highlightedAt : null,
    },
    themeIds: input.themeIdOf ? [...new Set(story.themes.map(input.themeIdOf))] : [],
  };
}

/** A check-in not sent yet: due, or late. */
export function dueCheckIn(base: { id: string; grantId: string; position: number; dueOn: Date }) {
  return {
    ...base,
    submittedAt: null,
    answerLanguage: null,
    answers: undefined,
    storyConsent: null,
    storyHighlightedAt: null,
    quoteHighlightedAt: null,
  };
}
