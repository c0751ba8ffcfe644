import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "~/generated/client-postgres/client";
import { PrismaClient as SqliteClient } from "~/generated/client-sqlite/client";
import { config } from "./env.server";
import { postgresConnectionString, postgresSchemaOf, sqlitePath } from "./migrations.server";

/**
 * Both generated clients come from the same schema and expose the same API; the SQLite one's
 * types stand for both.
 */
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createDb(databaseUrl: string): Db {
  if (databaseUrl.startsWith("file:")) {
    // better-sqlite3 waits up to `timeout` ms for a lock instead of failing at once;
    // WAL mode itself is set on the file by the migration runner.
    return new SqliteClient({
      adapter: new PrismaBetterSqlite3({ url: sqlitePath(databaseUrl), timeout: 5000 }),
    });
  }
  const adapter = new PrismaPg(
    { connectionString: postgresConnectionString(databaseUrl), max: 10 },
    { schema: postgresSchemaOf(databaseUrl) },
  );
  return new PostgresClient({ adapter }) as unknown as Db;
}

/** The database refused a row because a unique column already holds its value. */
export function isUniqueViolation(error: unknown) {
  return error instanceof Error && "code" in error && (error as { code: unknown }).code === "P2002";
}

let client: Db | undefined;

export function db(): Db {
  client ??= createDb(config().databaseUrl);
  return client;
}

export async function disconnectDb() {
  await client?.$disconnect();
  client = undefined;
}
