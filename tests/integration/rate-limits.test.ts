import { describe, expect, it } from "vitest";
import { config } from "~/services/platform/env.server";
import { consume, createLimiters, type LimitStore } from "~/services/platform/rate-limit.server";
import { useTestDatabase } from "../support/database";

useTestDatabase();

/** What the database this suite runs on would use: memory for SQLite, the shared table for PostgreSQL. */
const store = (): LimitStore =>
  config().databaseProvider === "postgresql"
    ? { kind: "postgresql", databaseUrl: config().databaseUrl }
    : { kind: "memory" };

describe("sign-in rate limits", () => {
  it("allows five code requests for an email in fifteen minutes, then says how long to wait", async () => {
    const limiters = createLimiters(store());
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await consume([["codeRequestPerEmail", "Amina@Example.org"]], limiters)).toEqual({
        allowed: true,
      });
    }
    const refused = await consume([["codeRequestPerEmail", "amina@example.org"]], limiters);
    expect(refused.allowed).toBe(false);
    expect(!refused.allowed && refused.retryAfterSeconds).toBeGreaterThan(14 * 60);
    // Another person's email is counted on its own.
    expect(await consume([["codeRequestPerEmail", "olena@example.org"]], limiters)).toEqual({
      allowed: true,
    });
  });

  it.runIf(process.env.TEST_DATABASE === "postgres")(
    "on PostgreSQL, app servers share one count, so more servers do not mean more tries",
    async () => {
      // Two servers: each has its own limiters and its own connections to the same database.
      const first = createLimiters(store());
      const second = createLimiters(store());
      const attempts = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          consume([["passwordPerEmail", "fatima@example.org"]], i % 2 ? first : second),
        ),
      );
      expect(attempts.filter((attempt) => attempt.allowed)).toHaveLength(10);
      expect((await consume([["passwordPerEmail", "fatima@example.org"]], first)).allowed).toBe(
        false,
      );
      expect((await consume([["passwordPerEmail", "fatima@example.org"]], second)).allowed).toBe(
        false,
      );
    },
  );
});
