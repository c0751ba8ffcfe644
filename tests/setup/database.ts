import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll } from "vitest";

/**
 * Every test file gets a database of its own: a fresh SQLite file by default, or a fresh
 * PostgreSQL schema when TEST_DATABASE=postgres (npm run test:pg). Migrations are applied
 * lazily, only by files that use the database (see tests/support/database.ts).
 */
const folder = mkdtempSync(join(tmpdir(), "withfund-test-"));
const usePostgres = process.env.TEST_DATABASE === "postgres";
const postgresBase = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const schema = `test_${randomBytes(6).toString("hex")}`;

process.env.NODE_ENV = "test";
process.env.DATA_DIR = folder;
process.env.MAIL_WORKER = "false";
process.env.DATABASE_URL = usePostgres
  ? `${postgresBase}${postgresBase.includes("?") ? "&" : "?"}schema=${schema}`
  : `file:${join(folder, "test.db")}`;

afterAll(async () => {
  const { disconnectDb } = await import("~/services/platform/db.server");
  await disconnectDb();
  if (usePostgres) {
    const client = new pg.Client({ connectionString: postgresBase });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
  rmSync(folder, { recursive: true, force: true });
});
