// npm run db:seed — loads the demo data into DATABASE_URL (default: data/withfund.db).
// Applies pending migrations first; does nothing if the demo data is already there.
import { createDb } from "../../app/services/platform/db.server";
import { seedDemo } from "../../prisma/seed/demo";
import { databaseUrl, deploy } from "./deploy";

async function main() {
  const url = databaseUrl();
  await deploy(url);
  const db = createDb(url);
  try {
    await seedDemo(db);
    console.log("Demo data is loaded.");
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`db:seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
