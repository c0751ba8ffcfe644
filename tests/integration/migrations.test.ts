import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "~/services/platform/db.server";
import {
  MigrationError,
  applyMigrations,
  migrationsDir,
  postgresConnectionString,
  postgresSchemaOf,
  readMigrations,
  sqlitePath,
  type Provider,
} from "~/services/platform/migrations.server";

const currentUrl = process.env.DATABASE_URL!;
const provider: Provider = currentUrl.startsWith("file:") ? "sqlite" : "postgresql";
const committed = readMigrations(provider);

const scratch = mkdtempSync(join(tmpdir(), "withfund-migrations-"));
const postgresSchemas: string[] = [];

/** A database of its own, of the same kind as the one the suite runs on. */
function freshDatabaseUrl(): string {
  const suffix = randomBytes(4).toString("hex");
  if (provider === "sqlite") return `file:${join(scratch, `${suffix}.db`)}`;
  const schema = `migrations_${suffix}`;
  postgresSchemas.push(schema);
  const url = new URL(currentUrl);
  url.searchParams.set("schema", schema);
  return url.toString();
}

/** The names recorded in the migration history, read straight from the database. */
async function recordedMigrations(url: string): Promise<string[]> {
  const query = `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`;
  if (provider === "sqlite") {
    const database = new Database(sqlitePath(url), { readonly: true });
    try {
      return (database.prepare(query).all() as { migration_name: string }[]).map(
        (row) => row.migration_name,
      );
    } finally {
      database.close();
    }
  }
  const client = new pg.Client({ connectionString: postgresConnectionString(url) });
  await client.connect();
  try {
    await client.query(`SET search_path TO "${postgresSchemaOf(url)}"`);
    return (await client.query<{ migration_name: string }>(query)).rows.map(
      (row) => row.migration_name,
    );
  } finally {
    await client.end();
  }
}

/** A copy of the committed migrations that a test may change, usable as the `root` option. */
function copyOfMigrations(): string {
  const root = mkdtempSync(join(scratch, "root-"));
  cpSync(migrationsDir(provider), migrationsDir(provider, root), { recursive: true });
  return root;
}

afterAll(async () => {
  if (postgresSchemas.length) {
    const client = new pg.Client({ connectionString: postgresConnectionString(currentUrl) });
    await client.connect();
    for (const schema of postgresSchemas)
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
  rmSync(scratch, { recursive: true, force: true });
});

describe(`migrating a ${provider} database`, () => {
  it("has committed migrations to apply", () => {
    expect(committed.length).toBeGreaterThanOrEqual(2);
    expect(committed.map((m) => m.name)).toEqual([...committed.map((m) => m.name)].sort());
  });

  it("applies every migration to a fresh database, and none the second time", async () => {
    const url = freshDatabaseUrl();
    const log: string[] = [];
    expect(await applyMigrations(url, { log: (line) => log.push(line) })).toEqual(
      committed.map((m) => m.name),
    );
    expect(log).toEqual(committed.map((m) => `applied ${m.name}`));
    expect(await applyMigrations(url)).toEqual([]);
    expect(await recordedMigrations(url)).toEqual(committed.map((m) => m.name));

    const client = createDb(url);
    try {
      // The schema the app expects is there and usable.
      const user = await client.user.create({ data: { email: "first@example.org" } });
      expect(await client.user.count()).toBe(1);
      expect(user.isPlatformAdmin).toBe(false);
      expect(await client.outboundEmail.count()).toBe(0);
    } finally {
      await client.$disconnect();
    }
  });

  it("applies only a migration added later", async () => {
    const root = copyOfMigrations();
    const url = freshDatabaseUrl();
    await applyMigrations(url, { root });

    const name = "29990101000000_add_notes";
    mkdirSync(join(migrationsDir(provider, root), name));
    writeFileSync(
      join(migrationsDir(provider, root), name, "migration.sql"),
      `CREATE TABLE "Note" ("id" TEXT NOT NULL PRIMARY KEY);\n`,
    );
    expect(await applyMigrations(url, { root })).toEqual([name]);
    expect(await applyMigrations(url, { root })).toEqual([]);
  });

  it("refuses to run when an applied migration was changed afterwards", async () => {
    const root = copyOfMigrations();
    const url = freshDatabaseUrl();
    await applyMigrations(url, { root });

    const edited = committed[0]!.name;
    appendFileSync(
      join(migrationsDir(provider, root), edited, "migration.sql"),
      `\n-- edited after release\n`,
    );
    const attempt = applyMigrations(url, { root });
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(applyMigrations(url, { root })).rejects.toThrow(edited);
  });

  it("refuses a changed migration before applying anything new", async () => {
    const root = copyOfMigrations();
    const url = freshDatabaseUrl();
    await applyMigrations(url, { root });

    appendFileSync(
      join(migrationsDir(provider, root), committed[0]!.name, "migration.sql"),
      `\n-- edited\n`,
    );
    const name = "29990101000000_add_notes";
    mkdirSync(join(migrationsDir(provider, root), name));
    writeFileSync(
      join(migrationsDir(provider, root), name, "migration.sql"),
      `CREATE TABLE "Note" ("id" TEXT NOT NULL PRIMARY KEY);\n`,
    );
    await expect(applyMigrations(url, { root })).rejects.toBeInstanceOf(MigrationError);

    expect(await recordedMigrations(url)).toEqual(committed.map((m) => m.name));
  });
  it("gives audit rows written before audit actions were named by feature their new names", async () => {
    const root = copyOfMigrations();
    const from = committed.findIndex((m) => m.name.endsWith("_audit_action_names"));
    expect(from).toBeGreaterThan(0);
    // The database as it was before the renaming: that migration and any later one held back.
    const held = mkdtempSync(join(scratch, "held-"));
    const later = committed.slice(from).map((m) => m.name);
    for (const name of later)
      renameSync(join(migrationsDir(provider, root), name), join(held, name));
    const url = freshDatabaseUrl();
    await applyMigrations(url, { root });

    const client = createDb(url);
    try {
      const old = [
        "scheme.created",
        "ledger.award",
        "form.published",
        "working-group.joined",
        "application.submitted-on-behalf",
        "organisation.member-role-changed",
        "user.signed-out-everywhere",
      ];
      await client.auditEvent.createMany({
        data: old.map((action, i) => ({ action, entityType: "Test", entityId: `e${i}` })),
      });
      for (const name of later)
        renameSync(join(held, name), join(migrationsDir(provider, root), name));
      expect(await applyMigrations(url, { root })).toEqual(later);

      const rows = await client.auditEvent.findMany({ orderBy: { entityId: "asc" } });
      expect(rows.map((row) => row.action)).toEqual([
        "schemes.scheme-created",
        "schemes.ledger-award",
        "forms.published",
        "forms.working-group-joined",
        "applications.submitted-on-behalf",
        "organisations.member-role-changed",
        "accounts.signed-out-everywhere",
      ]);
    } finally {
      await client.$disconnect();
    }
  });
});
