// npm run admin:create -- --email name@example.org [--name "Full name"]
// Makes (or promotes) a platform administrator in DATABASE_URL (default: data/withfund.db),
// applying pending migrations first, so a fresh install needs no demo data.
import { parseArgs } from "node:util";
import { createDb } from "../app/services/platform/db.server";
import {
  createPlatformAdmin,
  describeCreatedAdmin,
} from "../app/services/admin/platform-admins.server";
import { databaseUrl, deploy } from "./db/deploy";

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" } },
    strict: true,
  });
  const url = databaseUrl();
  await deploy(url);
  const db = createDb(url);
  try {
    const result = await createPlatformAdmin(db, { email: values.email ?? "", name: values.name });
    console.log(describeCreatedAdmin(result));
    if (!result.ok) process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`admin:create failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
