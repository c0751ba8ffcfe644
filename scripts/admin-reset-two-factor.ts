// npm run admin:reset-two-factor -- --email name@example.org
// Clears the two-factor sign-in of someone who lost both her phone and her recovery codes, in
// DATABASE_URL (default: data/withfund.db). Check who she is first, as for any account recovery.
import { parseArgs } from "node:util";
import { createDb } from "../app/services/platform/db.server";
import {
  describeTwoFactorReset,
  resetTwoFactor,
} from "../app/services/admin/platform-admins.server";
import { databaseUrl } from "./db/deploy";

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" } }, strict: true });
  const db = createDb(databaseUrl());
  try {
    const result = await resetTwoFactor(db, { email: values.email ?? "" });
    console.log(describeTwoFactorReset(result));
    if (!result.ok) process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(
    `admin:reset-two-factor failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
