// npm run db:reset — empties the database at DATABASE_URL and applies every migration.
import { rmSync } from "node:fs";
import pg from "pg";
import {
  postgresConnectionString,
  postgresSchemaOf,
  sqlitePath,
} from "../../app/services/platform/migrations.server";
import { databaseUrl, deploy } from "./deploy";

function resetSqlite(url: string) {
  const file = sqlitePath(url);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

async function resetPostgres(url: string) {
  const schema = `"${(postgresSchemaOf(url) ?? "public").replace(/"/g, '""')}"`;
  const client = new pg.Client({ connectionString: postgresConnectionString(url) });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await client.end();
  }
}

async function main() {
  // A guard against wiping a live database by running the wrong command in the wrong shell.
  if (process.env.NODE_ENV === "production" && !process.argv.includes("--force")) {
    throw new Error("refusing to reset with NODE_ENV=production; pass --force if you mean it.");
  }
  const url = databaseUrl();
  await (url.startsWith("file:") ? resetSqlite(url) : resetPostgres(url));
  await deploy(url);
  console.log("Run npm run db:seed to load the demo data.");
}

main().catch((error: unknown) => {
  console.error(`db:reset failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
