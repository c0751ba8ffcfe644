import type { OutcomeFilters } from "~/domain/outcomes/outcome-filters";
import { db } from "~/services/platform/db.server";
import { dialect, Params, tableOf, type Dialect } from "~/services/platform/raw-sql.server";

/**
 * The outcome views' own SQL, for the two counts Prisma cannot make: tags per theme, pot and
 * month in one pass (groupBy cannot group by a month), and sums inside the check-ins' JSON
 * answers. Every statement is built here from the same scope (the funder, its chosen scheme,
 * round or pot, check-ins sent in the period), with values always passed as parameters.
 */

/** Where the joins of every statement start: a check-in, its grant, application, pot and round. */
function joinsOf(engine: Dialect) {
  const table = (name: string) => tableOf(engine, name);
  return `${table("CheckIn")} c
  JOIN ${table("Grant")} g ON g."id" = c."grantId"
  JOIN ${table("Application")} a ON a."id" = g."applicationId"
  JOIN ${table("Pot")} p ON p."id" = a."potId"
  JOIN ${table("Round")} r ON r."id" = p."roundId"`;
}

/**
 * SQLite keeps times as text ("2026-05-01T00:00:00.000+00:00") and compares them as text, so
 * the bounds are written the same way: with "Z" a check-in sent on the first instant of a month
 * would fall outside it.
 */
function timeParam(engine: Dialect, date: Date) {
  return engine === "sqlite" ? date.toISOString().replace(/Z$/, "+00:00") : date;
}

function scope(engine: Dialect, params: Params, funderId: string, filters: OutcomeFilters) {
  const where = [
    `g."funderId" = ${params.add(funderId)}`,
    `c."submittedAt" >= ${params.add(timeParam(engine, filters.from))}`,
    `c."submittedAt" < ${params.add(timeParam(engine, filters.until))}`,
  ];
  if (filters.potId) where.push(`p."id" = ${params.add(filters.potId)}`);
  if (filters.roundId) where.push(`p."roundId" = ${params.add(filters.roundId)}`);
  if (filters.schemeId) where.push(`r."schemeId" = ${params.add(filters.schemeId)}`);
  return where.join(" AND ");
}

/** What every statement starts from: its database, its parameters, its joins and its scope. */
function scoped(funderId: string, filters: OutcomeFilters) {
  const engine = dialect();
  const params = new Params(engine);
  return { engine, params, from: joinsOf(engine), where: scope(engine, params, funderId, filters) };
}

export type TagCountRow = { themeId: string; potId: string; month: string; count: number };

/** Tags per theme, pot and month ("2026-03", UTC) of the check-ins in scope. */
export async function tagCountsByPotAndMonth(
  funderId: string,
  filters: OutcomeFilters,
): Promise<TagCountRow[]> {
  const { engine, params, from, where } = scoped(funderId, filters);
  const month =
    engine === "sqlite" ? `substr(c."submittedAt", 1, 7)` : `to_char(c."submittedAt", 'YYYY-MM')`;
  const rows = await db().$queryRawUnsafe<
    { themeId: string; potId: string; month: string; count: number | bigint }[]
  >(
    `SELECT t."themeId" AS "themeId", a."potId" AS "potId", ${month} AS "month", COUNT(*) AS "count"
FROM ${from}
  JOIN ${tableOf(engine, "CheckInTheme")} t ON t."checkInId" = c."id"
WHERE ${where}
GROUP BY t."themeId", a."potId", ${month}`,
    ...params.values,
  );
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

export type NumberSumRow = { roundId: string; key: string; total: number; checkIns: number };

/**
 * Per round and key of answers.numbers, the sum over check-ins in scope, counting only whole
 * numbers from 0 up (as text or as numbers), so a stray word typed into a number never breaks
 * the page.
 */
export async function lightNumberSumsByRound(
  funderId: string,
  filters: OutcomeFilters,
): Promise<NumberSumRow[]> {
  const { engine, params, from, where } = scoped(funderId, filters);
  const sql =
    engine === "sqlite"
      ? `SELECT p."roundId" AS "roundId", n."key" AS "key",
  COALESCE(SUM(CASE WHEN CAST(n."value" AS TEXT) GLOB '[0-9]*' AND NOT CAST(n."value" AS TEXT) GLOB '*[^0-9]*' AND length(CAST(n."value" AS TEXT)) <= 9 THEN CAST(n."value" AS INTEGER) END), 0) AS "total",
  COUNT(CASE WHEN CAST(n."value" AS TEXT) GLOB '[0-9]*' AND NOT CAST(n."value" AS TEXT) GLOB '*[^0-9]*' AND length(CAST(n."value" AS TEXT)) <= 9 THEN 1 END) AS "checkIns"
FROM ${from}, json_each(c."answers", '$.numbers') n
WHERE ${where} AND json_type(c."answers", '$.numbers') = 'object'
GROUP BY p."roundId", n."key"`
      : `SELECT p."roundId" AS "roundId", n.key AS "key",
  COALESCE(SUM(CASE WHEN n.value ~ '^[0-9]{1,9}$' THEN n.value::integer END), 0)::integer AS "total",
  COUNT(CASE WHEN n.value ~ '^[0-9]{1,9}$' THEN 1 END)::integer AS "checkIns"
FROM ${from}
  CROSS JOIN LATERAL jsonb_each_text(CASE WHEN jsonb_typeof(c."answers" -> 'numbers') = 'object' THEN c."answers" -> 'numbers' ELSE '{}'::jsonb END) n
WHERE ${where}
GROUP BY p."roundId", n.key`;
  const rows = await db().$queryRawUnsafe<
    { roundId: string; key: string; total: number | bigint; checkIns: number | bigint }[]
  >(sql, ...params.values);
  return rows.map((row) => ({
    ...row,
    total: Number(row.total),
    checkIns: Number(row.checkIns),
  }));
}
