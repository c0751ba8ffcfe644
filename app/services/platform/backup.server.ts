import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { readMigrations } from "./migrations.server";

/**
 * Backups of the embedded SQLite database and of the uploaded files beside it. A backup is a
 * folder: `withfund.db` (a consistent copy taken with SQLite's online backup while the server
 * keeps serving), `uploads/` (a copy of the local file store) and `backup.json` (what it holds).
 * Restoring is for a stopped server: it refuses a database still in use, checks the backup is
 * a Withfund database this version understands, and moves the current data aside first.
 * PostgreSQL deployments use pg_dump and pg_restore instead (README, "Backups and restore").
 */

export class BackupError extends Error {
  name = "BackupError";
}

export type Locations = {
  /** The live database file. */
  database: string;
  /** The local upload folder, or null when files live in S3. */
  uploads: string | null;
  /** Where backups (and safety copies made before a restore) go by default. */
  backups: string;
  /** The project root, to read the migrations this version ships. */
  root?: string;
};

const DATABASE_FILE = "withfund.db";
/** better-sqlite3's largest step: the whole database in one step, from one read snapshot. */
const ALL_PAGES = 0x7fffffff;
const UPLOADS_FOLDER = "uploads";

function stamp(now: Date) {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-");
}

function countFiles(folder: string): number {
  if (!existsSync(folder)) return 0;
  return readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) =>
    entry.isFile(),
  ).length;
}

function appliedMigrations(db: Database.Database): string[] {
  const table = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`)
    .get();
  if (!table) return [];
  return (
    db
      .prepare(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
      .all() as { migration_name: string }[]
  ).map((row) => row.migration_name);
}

function integrityOk(db: Database.Database) {
  return db.pragma("integrity_check", { simple: true }) === "ok";
}

export type BackupResult = { folder: string; migrations: number; files: number | null };

/** Copies the database (while it is in use) and the uploaded files into a new folder. */
export async function backUp(
  where: Locations,
  options: { to?: string; now?: Date } = {},
): Promise<BackupResult> {
  if (!existsSync(where.database)) {
    throw new BackupError(`There is no database at ${where.database} to back up.`);
  }
  const folder = resolve(
    options.to ?? join(where.backups, `withfund-${stamp(options.now ?? new Date())}`),
  );
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    throw new BackupError(`${folder} is not empty; choose a new folder for the backup.`);
  }
  mkdirSync(folder, { recursive: true });
  const copy = join(folder, DATABASE_FILE);

  const source = new Database(where.database, { readonly: true, fileMustExist: true });
  try {
    // One step rather than many: a write between steps would restart the copy, and a busy
    // server might never let it finish. Writers are not blocked meanwhile (WAL).
    await source.backup(copy, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }

  // A self-contained file (no -wal beside it), checked before anyone relies on it.
  const check = new Database(copy);
  let migrations: string[];
  try {
    check.pragma("journal_mode = DELETE");
    if (!integrityOk(check))
      throw new BackupError(`The copy at ${copy} failed its integrity check.`);
    migrations = appliedMigrations(check);
  } finally {
    check.close();
  }

  // After the database, so every file the copied rows point to is already written.
  let files: number | null = null;
  if (where.uploads) {
    const target = join(folder, UPLOADS_FOLDER);
    if (existsSync(where.uploads)) cpSync(where.uploads, target, { recursive: true });
    else mkdirSync(target);
    files = countFiles(target);
  }
  writeFileSync(
    join(folder, "backup.json"),
    `${JSON.stringify(
      {
        createdAt: (options.now ?? new Date()).toISOString(),
        database: DATABASE_FILE,
        lastMigration: migrations.at(-1) ?? null,
        uploads: files === null ? "not included (files are in S3)" : UPLOADS_FOLDER,
        files,
      },
      null,
      2,
    )}\n`,
  );
  return { folder, migrations: migrations.length, files };
}

type Backup = { database: string; uploads: string | null };

function locate(from: string): Backup {
  const path = resolve(from);
  if (!existsSync(path)) throw new BackupError(`There is no backup at ${path}.`);
  if (statSync(path).isDirectory()) {
    const database = join(path, DATABASE_FILE);
    if (!existsSync(database)) throw new BackupError(`${path} holds no ${DATABASE_FILE}.`);
    const uploads = join(path, UPLOADS_FOLDER);
    return { database, uploads: existsSync(uploads) ? uploads : null };
  }
  return { database: path, uploads: null };
}

/** Refuses anything but a sound Withfund database made by this version or an older one. */
function inspect(file: string, root?: string): { migrations: string[]; pending: number } {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new BackupError(`${file} cannot be opened as a database.`);
  }
  try {
    let applied: string[];
    try {
      if (!integrityOk(db)) throw new BackupError(`${file} failed its integrity check.`);
      applied = appliedMigrations(db);
    } catch (error) {
      if (error instanceof BackupError) throw error;
      throw new BackupError(`${file} is not an SQLite database.`);
    }
    if (applied.length === 0) {
      throw new BackupError(`${file} is not a Withfund database (it has no migration history).`);
    }
    const known = new Set(readMigrations("sqlite", root).map((migration) => migration.name));
    const unknown = applied.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new BackupError(
        `${file} was made by a newer version of Withfund (migration ${unknown[0]}); upgrade first.`,
      );
    }
    return { migrations: applied, pending: known.size - applied.length };
  } finally {
    db.close();
  }
}

/**
 * Holds the live database exclusively, or says it is in use. Every open connection in WAL mode
 * keeps a shared lock on the file, so a running server (even an idle one) makes this fail.
 */
function takeOver(file: string): Database.Database {
  const db = new Database(file, { timeout: 0, fileMustExist: true });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE; COMMIT");
    return db;
  } catch {
    db.close();
    throw new BackupError(
      "The database is in use: stop the Withfund server (and anything else using it) before restoring.",
    );
  }
}

function move(from: string, to: string) {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

export type RestoreResult = {
  /** Where the data that was live before the restore now is; null on an empty install. */
  safetyCopy: string | null;
  migrations: number;
  /** Migrations of this version the backup lacks; the server applies them when it starts. */
  pending: number;
  files: number | null;
};

/** Puts a backup back in place of the current database (and uploads, when it has them). */
export async function restore(
  from: string,
  where: Locations,
  options: { now?: Date } = {},
): Promise<RestoreResult> {
  const backup = locate(from);
  const { migrations, pending } = inspect(backup.database, where.root);
  const replaceUploads = Boolean(backup.uploads && where.uploads);

  let safetyCopy: string | null = null;
  if (existsSync(where.database)) {
    const live = takeOver(where.database);
    safetyCopy = join(where.backups, `before-restore-${stamp(options.now ?? new Date())}`);
    mkdirSync(safetyCopy, { recursive: true });
    try {
      await live.backup(join(safetyCopy, DATABASE_FILE), { progress: () => ALL_PAGES });
    } finally {
      live.close();
    }
    if (replaceUploads && existsSync(where.uploads!)) {
      move(where.uploads!, join(safetyCopy, UPLOADS_FOLDER));
    }
  }

  mkdirSync(dirname(where.database), { recursive: true });
  const incoming = `${where.database}.restoring`;
  copyFileSync(backup.database, incoming);
  for (const suffix of ["-wal", "-shm", "-journal"]) {
    rmSync(`${where.database}${suffix}`, { force: true });
  }
  renameSync(incoming, where.database);

  let files: number | null = null;
  if (replaceUploads) {
    rmSync(where.uploads!, { recursive: true, force: true });
    cpSync(backup.uploads!, where.uploads!, { recursive: true });
    files = countFiles(where.uploads!);
  }
  return { safetyCopy, migrations: migrations.length, pending, files };
}
