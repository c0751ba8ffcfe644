import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import { dirname, resolve } from "node:path";
import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => ["true", "1", "yes"].includes(value));

const databaseUrl = z.string().refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
  message: "must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)",
});

export const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof logLevels)[number];

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  DEMO_MODE: booleanFlag.optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The address the server listens on. */
  HOST: z.string().min(1).optional(),
  TRUST_PROXY: z.string().optional(),
  APP_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).default("data"),
  DATABASE_URL: databaseUrl.optional(),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Comma-separated older secrets, still accepted for reading cookies during a rotation. */
  SESSION_SECRETS_PREVIOUS: z.string().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Withfund <no-reply@withfund.localhost>"),
  /** Whether this server delivers the outbox and runs recurring jobs such as reminders. */
  MAIL_WORKER: booleanFlag.default("true"),
  /** Uploaded files: "local" (a folder under DATA_DIR) or "s3" (any S3-compatible store). */
  FILE_STORAGE: z.enum(["local", "s3"]).default("local"),
  S3_ENDPOINT: z.string().url().optional(),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** A LibreTranslate-compatible API; without it, no page offers machine translation. */
  TRANSLATION_URL: z.string().url().optional(),
  TRANSLATION_API_KEY: z.string().min(1).optional(),
  /** How long a page waits for the translation service before showing the originals. */
  TRANSLATION_TIMEOUT_MS: z.coerce.number().int().min(1).max(60_000).default(4000),
  /** How much the server logs (JSON lines on standard output); tests default to silent. */
  LOG_LEVEL: z.enum(logLevels).optional(),
});

export type Config = {
  nodeEnv: "development" | "production" | "test";
  demoMode: boolean;
  port: number;
  /** Where the server listens; null is every interface. */
  host: string | null;
  /** Express's `trust proxy`: false, a hop count, or the proxies' addresses and ranges. */
  trustProxy: false | number | string[];
  appUrl: string;
  dataDir: string;
  databaseUrl: string;
  databaseProvider: "sqlite" | "postgresql";
  sessionSecrets: string[];
  smtpUrl: string | null;
  mailFrom: string;
  mailWorker: boolean;
  storage:
    | { kind: "local"; root: string }
    | {
        kind: "s3";
        endpoint: string;
        bucket: string;
        region: string;
        accessKeyId: string;
        secretAccessKey: string;
      };
  /** Null when no translation service is configured. */
  translation: { url: string; apiKey: string | null; timeoutMs: number } | null;
  logLevel: LogLevel;
};

export class ConfigError extends Error {
  name = "ConfigError";
}

function describe(issue: z.ZodIssue): string {
  const name = issue.path.join(".");
  return `Configuration error: ${name} ${issue.message.replace(/^Invalid input: /, "")}.`;
}

/** Reads the environment once. Throws ConfigError with one sentence naming the variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) throw new ConfigError(describe(parsed.error.issues[0]!));
  const raw = parsed.data;
  const demoMode = raw.DEMO_MODE ?? false;
  const dataDir = resolve(raw.DATA_DIR);
  const databaseUrl = raw.DATABASE_URL ?? `file:${resolve(dataDir, "withfund.db")}`;
  if (!raw.APP_URL && !demoMode && raw.NODE_ENV !== "test") {
    throw new ConfigError(
      "Configuration error: APP_URL is required when DEMO_MODE is off, for the links in emails and secure cookies (for example https://grants.example.org).",
    );
  }
  const appUrl = raw.APP_URL ?? `http://localhost:${raw.PORT}`;

  let secrets: string[];
  if (raw.SESSION_SECRET) {
    secrets = [raw.SESSION_SECRET, ...splitList(raw.SESSION_SECRETS_PREVIOUS)];
  } else if (demoMode || raw.NODE_ENV === "test") {
    secrets = [demoSessionSecret(dataDir)];
  } else {
    throw new ConfigError(
      "Configuration error: SESSION_SECRET is required when DEMO_MODE is off (at least 32 random characters).",
    );
  }
  if (!demoMode && raw.NODE_ENV !== "test" && !raw.SMTP_URL) {
    throw new ConfigError(
      "Configuration error: SMTP_URL is required when DEMO_MODE is off, or nobody could receive a sign-in code.",
    );
  }

  let storage: Config["storage"] = { kind: "local", root: resolve(dataDir, "uploads") };
  if (raw.FILE_STORAGE === "s3") {
    for (const name of [
      "S3_ENDPOINT",
      "S3_BUCKET",
      "S3_ACCESS_KEY_ID",
      "S3_SECRET_ACCESS_KEY",
    ] as const) {
      if (!raw[name])
        throw new ConfigError(`Configuration error: ${name} is required when FILE_STORAGE is s3.`);
    }
    storage = {
      kind: "s3",
      endpoint: raw.S3_ENDPOINT!.replace(/\/$/, ""),
      bucket: raw.S3_BUCKET!,
      region: raw.S3_REGION,
      accessKeyId: raw.S3_ACCESS_KEY_ID!,
      secretAccessKey: raw.S3_SECRET_ACCESS_KEY!,
    };
  }

  return {
    storage,
    translation: raw.TRANSLATION_URL
      ? {
          url: raw.TRANSLATION_URL.replace(/\/$/, ""),
          apiKey: raw.TRANSLATION_API_KEY ?? null,
          timeoutMs: raw.TRANSLATION_TIMEOUT_MS,
        }
      : null,
    nodeEnv: raw.NODE_ENV,
    demoMode,
    port: raw.PORT,
    // A demo listens on this computer only unless told otherwise; a real server on every interface.
    host: raw.HOST ?? (demoMode ? "127.0.0.1" : null),
    trustProxy: parseTrustProxy(raw.TRUST_PROXY),
    appUrl: appUrl.replace(/\/$/, ""),
    dataDir,
    databaseUrl,
    databaseProvider: databaseUrl.startsWith("file:") ? "sqlite" : "postgresql",
    sessionSecrets: secrets,
    smtpUrl: raw.SMTP_URL ?? null,
    mailFrom: raw.MAIL_FROM,
    mailWorker: raw.MAIL_WORKER,
    logLevel: logLevelOf(env),
  };
}

/**
 * The logger starts before the rest of the configuration is read (it reports a bad one), so it
 * reads its level on its own and never throws; parseConfig still rejects a misspelt level.
 */
export function logLevelOf(env: Record<string, string | undefined>): LogLevel {
  const level = logLevels.find((known) => known === env.LOG_LEVEL);
  return level ?? (env.NODE_ENV === "test" ? "silent" : "info");
}

const proxyNames = new Set(["loopback", "linklocal", "uniquelocal"]);

function isAddressOrRange(item: string): boolean {
  if (proxyNames.has(item)) return true;
  const [address, bits, ...rest] = item.split("/");
  const version = isIP(address ?? "");
  if (!version || rest.length > 0) return false;
  if (bits === undefined) return true;
  const size = Number(bits);
  return /^\d+$/.test(bits) && size <= (version === 4 ? 32 : 128);
}

/**
 * Which proxies may tell the app the client's address in X-Forwarded-For. Off by default:
 * otherwise any client could claim any address and slip past the sign-in limits. "true"
 * (trust every hop) is refused for that reason.
 */
function parseTrustProxy(value: string | undefined): Config["trustProxy"] {
  if (value === undefined || ["false", "0", "no"].includes(value)) return false;
  if (/^\d+$/.test(value)) return Number(value);
  const items = splitList(value);
  if (items.length > 0 && items.every(isAddressOrRange)) return items;
  throw new ConfigError(
    "Configuration error: TRUST_PROXY must be a number of proxies in front of the app or a comma-separated list of their addresses or ranges (such as 10.0.0.0/8 or loopback).",
  );
}

/**
 * Whether only this computer can reach the server. Demo sign-in offers the platform admin
 * only then: on an address others can reach, anyone could become the admin.
 */
export function listensOnLoopbackOnly(settings: Pick<Config, "host">): boolean {
  const host = settings.host?.replace(/^\[|\]$/g, "");
  if (!host) return false;
  if (host === "localhost" || host === "::1") return true;
  return isIP(host) === 4 && host.startsWith("127.");
}

function splitList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Demo mode keeps a random secret in the data folder so sessions survive restarts. */
function demoSessionSecret(dataDir: string): string {
  const file = resolve(dataDir, "session-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("hex");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

let cached: Config | undefined;

export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}

/** Tests change the environment between files; this forgets what was read. */
export function resetConfigForTests() {
  cached = undefined;
}
