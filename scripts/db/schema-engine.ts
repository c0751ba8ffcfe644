// Runs Prisma's schema engine compiled to WebAssembly, so migrations can be generated on
// machines where the Prisma CLI cannot download its native engine (see docs/decisions/0002).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";
import {
  postgresConnectionString,
  postgresSchemaOf,
  sqlitePath,
  type Provider,
} from "../../app/services/platform/migrations.server";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

export function schemaPath(provider: Provider) {
  return provider === "sqlite"
    ? join(projectRoot, "prisma", "schema.prisma")
    : join(projectRoot, "prisma", "generated", "schema.postgres.prisma");
}

let loaded: Promise<void> | undefined;

/**
 * The package's entry point imports the .wasm file as an ES module, which Node 20 refuses,
 * so we instantiate it ourselves and hand it to the generated bindings, as that entry would.
 */
function loadWasm() {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = readFileSync(join(dirname(bindingsFile), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return loaded;
}

type Target = { provider: Provider; databaseUrl: string };
type SchemaFile = { path: string; content: string };

/** Returns the adapter for the engine and a function that releases what it opened. */
function adapterFor({ provider, databaseUrl }: Target) {
  if (provider === "sqlite") {
    const adapter: SqlMigrationAwareDriverAdapterFactory = new PrismaBetterSqlite3({
      url: sqlitePath(databaseUrl),
    });
    return { adapter, close: async () => {} };
  }
  // Our own pool, because the engine never disposes the adapter and an open pool keeps
  // the process alive.
  const pool = charAsText(
    new pg.Pool({ connectionString: postgresConnectionString(databaseUrl), max: 2 }),
  );
  const adapter = new PrismaPg(pool, { schema: postgresSchemaOf(databaseUrl) ?? "public" });
  return { adapter, close: () => pool.end() };
}

const PG_CHAR = 18;
const PG_TEXT = 25;

/**
 * The engine's catalog queries return PostgreSQL's one-byte "char" columns (pg_class.relkind
 * and the like), which @prisma/adapter-pg 7.10 rejects as an unsupported type. pg already
 * hands those values over as strings, so reporting them as text is all the fix needed. A diff
 * runs no transaction, so every query goes through pool.query.
 */
function charAsText(pool: pg.Pool) {
  const query = pool.query.bind(pool) as (config: pg.QueryConfig) => Promise<pg.QueryResult>;
  Object.assign(pool, {
    query: async (config: pg.QueryConfig) => {
      const result = await query(config);
      for (const field of result.fields)
        if (field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
      return result;
    },
  });
  return pool;
}

async function withEngine<T>(
  target: Target,
  files: SchemaFile[],
  run: (engine: SchemaEngine) => Promise<T>,
) {
  await loadWasm();
  const { adapter, close } = adapterFor(target);
  const engine = await bindings.SchemaEngine.new(
    { datamodels: files.map((file) => [file.path, file.content]) },
    (message: string) => {
      if (process.env.DEBUG) process.stderr.write(`${message}\n`);
    },
    bindMigrationAwareSqlAdapterFactory(adapter),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
    await close();
  }
}

/**
 * The PostgreSQL schema is derived in memory the same way scripts/prisma-generate.mjs derives
 * prisma/generated/schema.postgres.prisma, so a migration never follows a stale generated file.
 */
function schemaFiles(provider: Provider): SchemaFile[] {
  const source = readFileSync(schemaPath("sqlite"), "utf8");
  const content =
    provider === "sqlite"
      ? source
      : source.replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  // A project-relative name keeps machine paths out of engine messages.
  return [{ path: relative(projectRoot, schemaPath(provider)), content }];
}

/**
 * SQL that takes the live database at `databaseUrl` (a SQLite file, or a PostgreSQL schema
 * chosen with ?schema=, default public) to the Prisma schema. Empty when they already match.
 */
export async function diffToSchema(target: Target): Promise<string> {
  const files = schemaFiles(target.provider);
  return withEngine(target, files, async (engine) => {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: projectRoot },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return isEmptyScript(result.stdout ?? "") ? "" : (result.stdout ?? "");
  });
}

// With nothing to do the engine still prints a comment ("-- This is an empty migration.").
function isEmptyScript(sql: string) {
  return sql
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}
