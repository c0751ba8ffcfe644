// npm run db:restore -- <backup folder or .db file> — for a stopped server: puts a backup back
// and keeps the data it replaces in DATA_DIR/backups/before-restore-<time>/.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BackupError, restore } from "../../app/services/platform/backup.server";
import { backupLocations } from "./backup-locations";

async function main() {
  const from = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
  if (!from) throw new BackupError("Say which backup to restore: npm run db:restore -- <folder>.");
  const result = await restore(from, backupLocations());
  const lines = [
    `Restored ${from} (${result.migrations} migrations).`,
    result.safetyCopy
      ? `The data it replaced is in ${result.safetyCopy}.`
      : "There was no database before.",
    result.files === null
      ? "Uploaded files were left as they were (the backup has none, or files are in S3)."
      : `${result.files} uploaded file(s) restored.`,
  ];
  if (result.pending > 0) {
    lines.push(`${result.pending} newer migration(s) will be applied when the server starts.`);
  }
  console.log(lines.join("\n"));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(
      `db:restore failed: ${error instanceof BackupError ? error.message : String(error)}`,
    );
    process.exit(1);
  });
}
