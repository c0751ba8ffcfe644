import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

/**
 * Applies the committed migrations in prisma/migrations/<provider>/ in name order and records
 * them in `_prisma_migrations` with the same columns and checksums as `prisma migrate deploy`,
 * so a team that can run the Prisma CLI later finds the history it expects. It needs no
 * native schema engine, which is why the app can migrate itself on machines without network.
 */

export type Provider = "sqlite" | "postgresql";

export type Migration = { name: string; sql: string; checksum: string };

export function migrationsDir(provider: Provider, root = process.cwd()) {
  return resolve(root, "prisma", "migrations", provider);
}

export function readMigrations(provider: Provider, root?: string): Migration[] {
  const dir = migrationsDir(provider, root);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export function sqlitePath(databaseUrl: string) {
  return resolve(databaseUrl.replace(/^file:/, "").replace(/\?.*$/, ""));
}

/** PostgreSQL URLs may carry ?schema=name; the migrations then go into that schema. */
export function postgresSchemaOf(databaseUrl: string): string | undefined {
  return new URL(databaseUrl).searchParams.get("schema") ?? undefined;
}

export function postgresConnectionString(databaseUrl: string) {
  const url = new URL(databaseUrl);
  url.searchParams.delete("schema");
  return url.toString();
}

const historyTable = {
  sqlite: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
    "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
    "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`,
  postgresql: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`,
};

export class MigrationError extends Error {
  name = "MigrationError";
}

function checkHistory(applied: Map<string, string>, migrations: Migration[]) {
  for (const migration of migrations) {
    const checksum = applied.get(migration.name);
    if (checksum && checksum !== migration.checksum) {
      throw new MigrationError(
        `Migration ${migration.name} was changed after it was applied; add a new migration instead.`,
      );
    }
  }
}

export async function applyMigrations(
  databaseUrl: string,
  options: { root?: string; log?: (line: string) => void } = {},
): Promise<string[]> {
  const provider: Provider = databaseUrl.startsWith("file:") ? "sqlite" : "postgresql";
  const migrations = readMigrations(provider, options.root);
  const log = options.log ?? (() => {});
  return provider === "sqlite"
    ? applySqlite(databaseUrl, migrations, log)
    : applyPostgres(databaseUrl, migrations, log);
}

function applySqlite(databaseUrl: string, migrations: Migration[], log: (line: string) => void) {
  const db = new Database(sqlitePath(databaseUrl));
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 5000");
    db.exec(historyTable.sqlite);
    const rows = db
      .prepare(
        `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
      )
      .all() as { migration_name: string; checksum: string }[];
    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    checkHistory(applied, migrations);
    const done: string[] = [];
    // Prisma's table redefinitions say PRAGMA foreign_keys=OFF, which SQLite ignores inside a
    // transaction: with keys on, DROP TABLE of a parent would cascade-delete its children.
    // So keys go off around the transaction and are checked before it commits instead.
    db.pragma("foreign_keys = OFF");
    for (const migration of migrations.filter((m) => !applied.has(m.name))) {
      db.transaction(() => {
        db.exec(migration.sql);
        const broken = db.pragma("foreign_key_check") as { table: string }[];
        if (broken.length > 0) {
          throw new MigrationError(
            `Migration ${migration.name} leaves ${broken.length} broken foreign key(s), first in ${broken[0]!.table}.`,
          );
        }
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES (?, ?, ?, current_timestamp, current_timestamp, 1)`,
        ).run(randomUUID(), migration.checksum, migration.name);
      })();
      log(`applied ${migration.name}`);
      done.push(migration.name);
    }
    return done;
  } finally {
    db.close();
  }
}

// Any constant will do; it only has to be the same for every server of this application.
const MIGRATION_LOCK_KEY = 7_242_603;

async function applyPostgres(
  databaseUrl: string,
  migrations: Migration[],
  log: (line: string) => void,
) {
  const schema = postgresSchemaOf(databaseUrl);
  const client = new pg.Client({ connectionString: postgresConnectionString(databaseUrl) });
  await client.connect();
  try {
    if (schema) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/"/g, '""')}"`);
      await client.query(`SET search_path TO "${schema.replace(/"/g, '""')}"`);
    }
    // Several app servers may start at once; only one of them migrates at a time.
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(historyTable.postgresql);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    checkHistory(applied, migrations);
    const done: string[] = [];
    for (const migration of migrations.filter((m) => !applied.has(m.name))) {
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`);
      }
      log(`applied ${migration.name}`);
      done.push(migration.name);
    }
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
