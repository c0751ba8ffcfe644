import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BackupError, backUp, restore, type Locations } from "~/services/platform/backup.server";
import { applyMigrations } from "~/services/platform/migrations.server";

// The embedded database's own backup; PostgreSQL is backed up with pg_dump (README).
const sqliteOnly = process.env.TEST_DATABASE === "postgres";

const scratch = mkdtempSync(join(tmpdir(), "withfund-backup-"));
const where: Locations = {
  database: join(scratch, "data", "withfund.db"),
  uploads: join(scratch, "data", "uploads"),
  backups: join(scratch, "data", "backups"),
};

/** Another process signing people up one after another, as fast as it can, until stopped. */
function startWriter(): ChildProcess {
  const script = join(scratch, "writer.cjs");
  writeFileSync(
    script,
    `const Database = require(${JSON.stringify(require.resolve("better-sqlite3"))});
const db = new Database(process.argv[2], { timeout: 5000 });
db.pragma("journal_mode = WAL");
const insert = db.prepare('INSERT INTO "User" (id, email, createdAt, updatedAt) VALUES (?, ?, ?, ?)');
for (let n = 1; ; n++) insert.run("writer-" + String(n).padStart(9, "0"), "w" + n + "@example.test", Date.now(), Date.now());`,
  );
  return spawn(process.execPath, [script, where.database], { stdio: "ignore" });
}

function writerRows(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (
      db.prepare(`SELECT id FROM "User" WHERE id LIKE 'writer-%' ORDER BY id`).all() as {
        id: string;
      }[]
    ).map((row) => row.id);
  } finally {
    db.close();
  }
}

function integrity(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma("integrity_check", { simple: true });
  } finally {
    db.close();
  }
}

let writer: ChildProcess | undefined;

async function stopWriter() {
  const running = writer;
  writer = undefined;
  if (!running || running.exitCode !== null || running.signalCode !== null) return;
  const gone = new Promise((done) => running.once("exit", done));
  running.kill("SIGKILL");
  await gone;
}

beforeAll(async () => {
  mkdirSync(join(where.uploads!, "applications"), { recursive: true });
  await applyMigrations(`file:${where.database}`);
  // A few megabytes of history, so the copy takes long enough for writes to land during it.
  const db = new Database(where.database);
  const insert = db.prepare(
    `INSERT INTO "AuditEvent" (id, action, entityType, entityId, detail, createdAt) VALUES (?, 'test.filler', 'Test', ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let n = 0; n < 4000; n++) insert.run(`filler-${n}`, String(n), "x".repeat(1000), 0);
  })();
  db.close();
  writeFileSync(join(where.uploads!, "applications", "budget.pdf"), "the budget before");
});

afterAll(async () => {
  await stopWriter();
  rmSync(scratch, { recursive: true, force: true });
});

describe.skipIf(sqliteOnly)("backing up and restoring the embedded database", () => {
  let backupFolder: string;
  let committedBefore: string[];

  it("copies the database while another process keeps writing, with every row committed before it started", async () => {
    writer = startWriter();
    await vi.waitFor(() => expect(writerRows(where.database).length).toBeGreaterThan(50), {
      timeout: 10_000,
    });
    committedBefore = writerRows(where.database);
    const result = await backUp(where);
    backupFolder = result.folder;
    const copied = writerRows(join(backupFolder, "withfund.db"));
    // The writer went on after the copy started, and the copy is a consistent prefix of its rows.
    await vi.waitFor(() =>
      expect(writerRows(where.database).length).toBeGreaterThan(copied.length),
    );
    expect(copied.slice(0, committedBefore.length)).toEqual(committedBefore);
    expect(copied).toEqual(copied.map((_, i) => `writer-${String(i + 1).padStart(9, "0")}`));
    expect(integrity(join(backupFolder, "withfund.db"))).toBe("ok");
    expect(existsSync(join(backupFolder, "withfund.db-wal"))).toBe(false);
    expect(readFileSync(join(backupFolder, "uploads", "applications", "budget.pdf"), "utf8")).toBe(
      "the budget before",
    );
    expect(result.files).toBe(1);
  });

  it("refuses to restore while the database is in use", async () => {
    await expect(restore(backupFolder, where)).rejects.toThrow(/in use/);
    expect(writerRows(where.database).length).toBeGreaterThan(committedBefore.length);
  });

  it("puts the backup back once the server is stopped, keeping what it replaces aside", async () => {
    await stopWriter();
    const latest = writerRows(where.database);
    writeFileSync(join(where.uploads!, "applications", "budget.pdf"), "the budget after");
    const inBackup = writerRows(join(backupFolder, "withfund.db"));

    const result = await restore(backupFolder, where);

    expect(writerRows(where.database)).toEqual(inBackup);
    expect(integrity(where.database)).toBe("ok");
    expect(readFileSync(join(where.uploads!, "applications", "budget.pdf"), "utf8")).toBe(
      "the budget before",
    );
    expect(writerRows(join(result.safetyCopy!, "withfund.db"))).toEqual(latest);
    expect(
      readFileSync(join(result.safetyCopy!, "uploads", "applications", "budget.pdf"), "utf8"),
    ).toBe("the budget after");
    expect(result.pending).toBe(0);
  });

  it("refuses a file that is not a Withfund database, and leaves the current one alone", async () => {
    const before = writerRows(where.database);
    const text = join(scratch, "notes.txt");
    writeFileSync(text, "not a database");
    await expect(restore(text, where)).rejects.toThrow(BackupError);

    const other = join(scratch, "other.db");
    new Database(other).exec("CREATE TABLE t (n INTEGER)");
    await expect(restore(other, where)).rejects.toThrow(/not a Withfund database/);

    const newer = join(scratch, "newer.db");
    const copy = new Database(where.database, { readonly: true });
    await copy.backup(newer);
    copy.close();
    const edited = new Database(newer);
    edited
      .prepare(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ('x', 'x', '29991231000000_from_the_future', 0, 0, 1)`,
      )
      .run();
    edited.close();
    await expect(restore(newer, where)).rejects.toThrow(/newer version/);

    expect(writerRows(where.database)).toEqual(before);
  });
});
