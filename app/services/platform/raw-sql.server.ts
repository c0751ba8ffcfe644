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
