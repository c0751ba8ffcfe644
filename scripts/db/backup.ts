// npm run db:backup [-- --to <folder>] — copies the SQLite database (while the server runs) and
// the uploaded files into DATA_DIR/backups/withfund-<time>/, or the folder given.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BackupError, backUp } from "../../app/services/platform/backup.server";
import { backupLocations, optionValue } from "./backup-locations";

async function main() {
  const where = backupLocations();
  const result = await backUp(where, { to: optionValue(process.argv.slice(2), "--to") });
  const files =
    result.files === null
      ? "Uploaded files are in S3 and not included: back up the bucket separately."
      : `${result.files} uploaded file(s) copied.`;
  console.log(`Backup written to ${result.folder} (${result.migrations} migrations). ${files}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(
      `db:backup failed: ${error instanceof BackupError ? error.message : String(error)}`,
    );
    process.exit(1);
  });
}
