import { readLightNumbers } from "~/domain/outcomes/light-numbers";
import type { OutcomeFilters } from "~/domain/outcomes/outcome-filters";
import { config } from "~/services/platform/env.server";
import { db } from "~/services/platform/db.server";
import { postgresSchemaOf } from "~/services/platform/migrations.server";

/**
 * The sums of a round's light numbers (answers.numbers.<id> of its check-ins sent in the
 * period), added up by the database. Prisma cannot sum inside JSON, so this is the one place
 * with SQL of its own: one statement per database, both counting only whole numbers from 0 up,
 * so a stray word typed into a number never breaks the page.
 */

const sqlite = `
SELECT
  COALESCE(SUM(CASE WHEN v GLOB '[0-9]*' AND NOT v GLOB '*[^0-9]*' AND length(v) <= 9 THEN CAST(v AS INTEGER) END), 0) AS total,
  COUNT(CASE WHEN v GLOB '[0-9]*' AND NOT v GLOB '*[^0-9]*' AND length(v) <= 9 THEN 1 END) AS "checkIns"
FROM (
  SELECT CAST(json_extract(c."answers", '$.numbers."' || ? || '"') AS TEXT) AS v
  FROM "CheckIn" c
  JOIN "Grant" g ON g."id" = c."grantId"
  JOIN "Application" a ON a."id" = g."applicationId"
  JOIN "Pot" p ON p."id" = a."potId"
  WHERE g."funderId" = ? AND p."roundId" = ? AND (? = '' OR p."id" = ?)
    AND c."submittedAt" >= ? AND c."submittedAt" < ? AND json_valid(c."answers")
)`;

const postgres = (schema: string) => `
SELECT
  COALESCE(SUM(CASE WHEN v ~ '^[0-9]{1,9}$' THEN v::integer END), 0)::integer AS total,
  COUNT(CASE WHEN v ~ '^[0-9]{1,9}$' THEN 1 END)::integer AS "checkIns"
FROM (
  SELECT c."answers" -> 'numbers' ->> $1 AS v
  FROM ${schema}."CheckIn" c
  JOIN ${schema}."Grant" g ON g."id" = c."grantId"
  JOIN ${schema}."Application" a ON a."id" = g."applicationId"
  JOIN ${schema}."Pot" p ON p."id" = a."potId"
  WHERE g."funderId" = $2 AND p."roundId" = $3 AND ($4 = '' OR p."id" = $4)
    AND c."submittedAt" >= $5 AND c."submittedAt" < $6
    AND jsonb_typeof(c."answers") = 'object'
) AS numbers`;

/** Raw SQL names its tables itself: in the schema the database address names, as Prisma does. */
function schemaOf(databaseUrl: string) {
  const schema = postgresSchemaOf(databaseUrl) ?? "public";
  return `"${schema.replace(/"/g, '""')}"`;
}

/**
 * SQLite keeps times as text ("2026-05-01T00:00:00.000+00:00") and compares them as text, so
 * the bounds are written the same way: with "Z" a check-in sent on the first instant of a month
 * would fall outside it.
 */
function sqliteTime(date: Date) {
  return date.toISOString().replace(/Z$/, "+00:00");
}

type Row = { total: number | bigint; checkIns: number | bigint };

async function sumOf(
  funderId: string,
  filters: OutcomeFilters,
  roundId: string,
  numberId: string,
): Promise<{ total: number; checkIns: number }> {
  const potId = filters.potId ?? "";
  const settings = config();
  const rows =
    settings.databaseProvider === "sqlite"
      ? await db().$queryRawUnsafe<Row[]>(
          sqlite,
          numberId,
          funderId,
          roundId,
          potId,
          potId,
          sqliteTime(filters.from),
          sqliteTime(filters.until),
        )
      : await db().$queryRawUnsafe<Row[]>(
          postgres(schemaOf(settings.databaseUrl)),
          numberId,
          funderId,
          roundId,
          potId,
          filters.from,
          filters.until,
        );
  const row = rows[0];
  return { total: Number(row?.total ?? 0), checkIns: Number(row?.checkIns ?? 0) };
}

/** Keyed "roundId:numberId". Only rounds that ask for light numbers are queried. */
export async function lightNumberSums(
  funderId: string,
  filters: OutcomeFilters,
  rounds: readonly { id: string; lightNumbers: unknown }[],
) {
  const wanted = rounds.flatMap((round) =>
    readLightNumbers(round.lightNumbers).map((number) => ({
      roundId: round.id,
      numberId: number.id,
    })),
  );
  const sums = await Promise.all(
    wanted.map(
      async ({ roundId, numberId }) =>
        [`${roundId}:${numberId}`, await sumOf(funderId, filters, roundId, numberId)] as const,
    ),
  );
  return new Map(sums);
}
