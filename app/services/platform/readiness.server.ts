import { config } from "./env.server";
import { db } from "./db.server";
import { postgresSchemaOf, readMigrations } from "./migrations.server";

export type Readiness = {
  ready: boolean;
  database: "reachable" | "unreachable";
  migrations: "applied" | "pending" | "unknown";
};

/** Longer than a healthy database ever takes; a load balancer should not wait on a hung one. */
const TIMEOUT_MS = 3000;

let expected: string[] | undefined;

/** Raw SQL is not given the client's schema, so the history table is named in full. */
function historyTable() {
  const settings = config();
  if (settings.databaseProvider === "sqlite") return `"_prisma_migrations"`;
  const schema = postgresSchemaOf(settings.databaseUrl) ?? "public";
  return `"${schema.replace(/"/g, '""')}"."_prisma_migrations"`;
}

/**
 * Whether this server can answer requests: the database answers, and every migration this
 * version of Withfund ships is recorded as applied there (a PostgreSQL deploy that skipped
 * `npm run db:deploy` is not ready).
 */
export async function checkReadiness(): Promise<Readiness> {
  expected ??= readMigrations(config().databaseProvider).map((migration) => migration.name);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error("timed out")), TIMEOUT_MS);
  });
  try {
    await Promise.race([db().$queryRawUnsafe("SELECT 1"), timeout]);
  } catch {
    clearTimeout(timer);
    return { ready: false, database: "unreachable", migrations: "unknown" };
  }
  try {
    const rows = await Promise.race([
      db().$queryRawUnsafe<{ migration_name: string }[]>(
        `SELECT migration_name FROM ${historyTable()} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      ),
      timeout,
    ]);
    const applied = new Set(rows.map((row) => row.migration_name));
    const pending = expected.some((name) => !applied.has(name));
    return { ready: !pending, database: "reachable", migrations: pending ? "pending" : "applied" };
  } catch {
    // No history table at all: nothing was ever applied to this database.
    return { ready: false, database: "reachable", migrations: "pending" };
  } finally {
    clearTimeout(timer);
  }
}
