import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { config } from "./env.server";
import { postgresConnectionString, postgresSchemaOf } from "./migrations.server";

const fifteenMinutes = 15 * 60;

const limits = {
  codeRequestPerEmail: { points: 5, duration: fifteenMinutes },
  codeRequestPerIp: { points: 30, duration: fifteenMinutes },
  codeCheckPerIp: { points: 30, duration: fifteenMinutes },
  // Guesses spread over many connections (IPv6 makes addresses cheap) still meet this one.
  codeCheckPerEmail: { points: 15, duration: fifteenMinutes },
  passwordPerEmail: { points: 10, duration: fifteenMinutes },
  passwordPerIp: { points: 30, duration: fifteenMinutes },
  /** Codes from an authenticator app or recovery codes, wherever they are asked for. */
  secondFactorPerUser: { points: 10, duration: fifteenMinutes },
  /** One point per accepted app code and time step: a second use of the same code is refused. */
  appCodeUsed: { points: 1, duration: 2 * 60 },
};

export type LimitName = keyof typeof limits;

/** What the sign-in pages need of a limiter, whichever store it counts in. */
type Limiter = { consume(key: string): Promise<unknown> };
type Limiters = Record<LimitName, Limiter>;

export type LimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Where the counts live. The embedded database serves one server, which counts in memory.
 * On PostgreSQL several app servers may share the load, so the counts are kept in the
 * database (the rate_limits table) and the limit holds however many servers there are.
 */
export type LimitStore = { kind: "memory" } | { kind: "postgresql"; databaseUrl: string };

export function createLimiters(store: LimitStore): Limiters {
  const each = (make: (name: LimitName, index: number) => Limiter) => {
    const made = {} as Limiters;
    (Object.keys(limits) as LimitName[]).forEach((name, index) => (made[name] = make(name, index)));
    return made;
  };
  if (store.kind === "memory")
    return each((name) => new RateLimiterMemory({ keyPrefix: name, ...limits[name] }));
  // A small pool of its own: counting is one statement, and must not wait behind page queries.
  const pool = new pg.Pool({
    connectionString: postgresConnectionString(store.databaseUrl),
    max: 2,
  });
  const schemaName = postgresSchemaOf(store.databaseUrl);
  return each(
    (name, index) =>
      new RateLimiterPostgres({
        storeClient: pool,
        tableName: "rate_limits",
        schemaName,
        // The table comes from the migrations; one limiter is enough to sweep out old rows.
        tableCreated: true,
        clearExpiredByTimeout: index === 0,
        keyPrefix: name,
        ...limits[name],
      }),
  );
}

let limiters: Limiters | undefined;

function currentLimiters() {
  const settings = config();
  limiters ??= createLimiters(
    settings.databaseProvider === "postgresql"
      ? { kind: "postgresql", databaseUrl: settings.databaseUrl }
      : { kind: "memory" },
  );
  return limiters;
}

/** Spends one point from each named limit; refuses when any of them is exhausted. */
export async function consume(
  checks: [LimitName, string][],
  from: Limiters = currentLimiters(),
): Promise<LimitResult> {
  for (const [name, key] of checks) {
    try {
      await from[name].consume(key.toLowerCase());
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return { allowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
      }
      throw rejection;
    }
  }
  return { allowed: true };
}
