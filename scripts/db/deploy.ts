// npm run db:deploy — applies pending migrations to DATABASE_URL (default: data/withfund.db).
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { applyMigrations, sqlitePath } from "../../app/services/platform/migrations.server";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The app's default, without requiring the rest of its configuration (secrets, SMTP). */
export function databaseUrl(env = process.env) {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  return `file:${resolve(projectRoot, env.DATA_DIR || "data", "withfund.db")}`;
}

export async function deploy(url = databaseUrl()) {
  // better-sqlite3 creates the file but not its folder.
  if (url.startsWith("file:")) mkdirSync(dirname(sqlitePath(url)), { recursive: true });
  const applied = await applyMigrations(url, { root: projectRoot });
  console.log(applied.length ? `Applied ${applied.join(", ")}.` : "No pending migrations.");
  return applied;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  deploy().catch((error: unknown) => {
    console.error(`db:deploy failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
