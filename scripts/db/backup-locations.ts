import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Locations } from "../../app/services/platform/backup.server";
import { BackupError } from "../../app/services/platform/backup.server";
import { sqlitePath } from "../../app/services/platform/migrations.server";
import { databaseUrl } from "./deploy";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Where the app keeps its data, read the way the server reads it, without needing secrets. */
export function backupLocations(env = process.env): Locations {
  const url = databaseUrl(env);
  if (!url.startsWith("file:")) {
    throw new BackupError(
      "DATABASE_URL is PostgreSQL: back it up with pg_dump and restore it with pg_restore (README, Backups and restore).",
    );
  }
  const dataDir = resolve(projectRoot, env.DATA_DIR || "data");
  return {
    database: sqlitePath(url),
    uploads: env.FILE_STORAGE === "s3" ? null : resolve(dataDir, "uploads"),
    backups: resolve(dataDir, "backups"),
    root: projectRoot,
  };
}

/** `--to <value>` or `--to=<value>` from the command line. */
export function optionValue(args: string[], name: string): string | undefined {
  const index = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index < 0) return undefined;
  const arg = args[index]!;
  return arg.includes("=") ? arg.slice(name.length + 1) : args[index + 1];
}
