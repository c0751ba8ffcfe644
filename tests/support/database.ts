import { beforeAll } from "vitest";
import { applyMigrations } from "~/services/platform/migrations.server";

/** Call at the top of a test file that needs the database: migrates it once before the tests. */
export function useTestDatabase() {
  beforeAll(async () => {
    await applyMigrations(process.env.DATABASE_URL!);
  });
}
