import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Limits kept in this server's memory. With several app servers each keeps its own count,
 * so the effective limit multiplies by the number of servers (see README, "Running on
 * PostgreSQL").
 */
const fifteenMinutes = 15 * 60;

const limiters = {
  codeRequestPerEmail: new RateLimiterMemory({ points: 5, duration: fifteenMinutes }),
  codeRequestPerIp: new RateLimiterMemory({ points: 30, duration: fifteenMinutes }),
  codeCheckPerIp: new RateLimiterMemory({ points: 30, duration: fifteenMinutes }),
  passwordPerEmail: new RateLimiterMemory({ points: 10, duration: fifteenMinutes }),
  passwordPerIp: new RateLimiterMemory({ points: 30, duration: fifteenMinutes }),
};

export type LimitName = keyof typeof limiters;

export type LimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Spends one point from each named limit; refuses when any of them is exhausted. */
export async function consume(checks: [LimitName, string][]): Promise<LimitResult> {
  for (const [name, key] of checks) {
    try {
      await limiters[name].consume(key.toLowerCase());
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return { allowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
      }
      throw rejection;
    }
  }
  return { allowed: true };
}
