// Generates the Prisma clients for both database providers from the one schema.
//
// prisma/schema.prisma (SQLite) is the source of truth. The PostgreSQL schema is derived
// from it by swapping the provider and the output folder, so the two can never drift.
// `prisma generate` never runs the schema engine but insists the binary exists; on machines
// that cannot download it we point it at a harmless placeholder (see docs/decisions/0002).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sqliteSchema = join(root, "prisma", "schema.prisma");
const generatedDir = join(root, "prisma", "generated");
const postgresSchema = join(generatedDir, "schema.postgres.prisma");

if (!existsSync(sqliteSchema)) process.exit(0);

export function derivePostgresSchema(source) {
  return source
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"([^"]*)client-sqlite"/, 'output = "$1client-postgres"');
}

mkdirSync(generatedDir, { recursive: true });
writeFileSync(
  postgresSchema,
  derivePostgresSchema(readFileSync(sqliteSchema, "utf8")).replace(
    /output\s*=\s*"\.\.\/app/,
    'output = "../../app',
  ),
);

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const placeholder = join(generatedDir, "schema-engine-placeholder");
  writeFileSync(placeholder, "");
  env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}

const prismaCli = join(root, "node_modules", "prisma", "build", "index.js");
for (const schema of [sqliteSchema, postgresSchema]) {
  execFileSync(process.execPath, [prismaCli, "generate", "--schema", schema], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
}
