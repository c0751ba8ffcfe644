import { db } from "~/services/platform/db.server";
import { config } from "~/services/platform/env.server";
import { postgresSchemaOf } from "~/services/platform/migrations.server";

/**
 * What the few hand-written SQL statements share: which database they run on, how a table is
 * named there, and parameters numbered the way that database wants them. Values are always
 * passed as parameters, never written into the statement.
 */
export type Dialect = "sqlite" | "postgresql";

export function dialect(): Dialect {
  return config().databaseProvider;
}

/** A table by name; on PostgreSQL in the schema the database address names, as Prisma does. */
export function tableOf(engine: Dialect, name: string) {
  if (engine === "sqlite") return `"${name}"`;
  const schema = postgresSchemaOf(config().databaseUrl) ?? "public";
  return `"${schema.replace(/"/g, '""')}"."${name}"`;
}

/** A statement's placeholders and values, numbered for PostgreSQL, "?" for SQLite. */
export class Params {
  readonly values: unknown[] = [];
  constructor(private readonly engine: Dialect) {}
  add(value: unknown) {
    this.values.push(value);
    return this.engine === "sqlite" ? "?" : `$${this.values.length}`;
  }
}

/**
 * One kind of record in a fingerprint: a few aggregates (a count, a sum of revision counters,
 * the latest change time) over the rows of `from` whose `where` column equals `value`.
 */
export type FingerprintPart = { of: string[]; from: string; where: string; value: string };

/**
 * Reads a fingerprint of several kinds of record in one statement, as one string that changes
 * whenever any of the aggregates does. `parts` names each kind and is given the way tables are
 * named on this database.
 */
export async function readFingerprint(
  parts: (table: (name: string) => string) => Record<string, FingerprintPart>,
): Promise<string> {
  const engine = dialect();
  const params = new Params(engine);
  const text = (expression: string) => `COALESCE(CAST(${expression} AS TEXT), '')`;
  const selects = Object.entries(parts((name) => tableOf(engine, name))).map(
    ([name, part]) =>
      `(SELECT ${part.of.map(text).join(` || '/' || `)} FROM ${part.from} WHERE ${part.where} = ${params.add(part.value)}) AS "${name}"`,
  );
  const rows = await db().$queryRawUnsafe<Record<string, string | null>[]>(
    `SELECT ${selects.join(",\n  ")}`,
    ...params.values,
  );
  const row = rows[0] ?? {};
  return Object.keys(row)
    .sort()
    .map((name) => `${name}=${row[name] ?? ""}`)
    .join(";");
}
