import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError, listensOnLoopbackOnly, parseConfig } from "./env.server";

let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "withfund-config-"));
});

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const secret = "s".repeat(32);

/** A production setting that is complete; each test takes something away or changes it. */
function production(overrides: Record<string, string | undefined> = {}) {
  return {
    NODE_ENV: "production",
    DATA_DIR: dataDir,
    SESSION_SECRET: secret,
    SMTP_URL: "smtp://mail.example.org:587",
    APP_URL: "https://grants.example.org",
    ...overrides,
  };
}

function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error("expected parseConfig to throw a ConfigError");
}

describe("demo mode", () => {
  it("runs with nothing configured: SQLite in the data folder, port 3000, no SMTP", () => {
    const config = parseConfig({ DEMO_MODE: "true", DATA_DIR: dataDir });
    expect(config.demoMode).toBe(true);
    expect(config.databaseProvider).toBe("sqlite");
    expect(config.databaseUrl).toBe(`file:${join(dataDir, "withfund.db")}`);
    expect(config.port).toBe(3000);
    expect(config.appUrl).toBe("http://localhost:3000");
    expect(config.smtpUrl).toBeNull();
    expect(config.mailWorker).toBe(true);
  });

  it("generates a session secret, keeps it in the data folder, and reuses it after a restart", () => {
    const first = parseConfig({ DEMO_MODE: "yes", DATA_DIR: dataDir });
    expect(first.sessionSecrets).toHaveLength(1);
    expect(first.sessionSecrets[0]!.length).toBeGreaterThanOrEqual(32);
    expect(existsSync(join(dataDir, "session-secret"))).toBe(true);
    expect(readFileSync(join(dataDir, "session-secret"), "utf8").trim()).toBe(
      first.sessionSecrets[0],
    );

    const second = parseConfig({ DEMO_MODE: "yes", DATA_DIR: dataDir });
    expect(second.sessionSecrets).toEqual(first.sessionSecrets);
  });

  it("gives different data folders different secrets", () => {
    const otherDir = mkdtempSync(join(tmpdir(), "withfund-config-"));
    try {
      const one = parseConfig({ DEMO_MODE: "1", DATA_DIR: dataDir });
      const two = parseConfig({ DEMO_MODE: "1", DATA_DIR: otherDir });
      expect(one.sessionSecrets[0]).not.toBe(two.sessionSecrets[0]);
    } finally {
      rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it("uses a configured session secret instead of generating one", () => {
    const config = parseConfig({ DEMO_MODE: "true", DATA_DIR: dataDir, SESSION_SECRET: secret });
    expect(config.sessionSecrets).toEqual([secret]);
    expect(existsSync(join(dataDir, "session-secret"))).toBe(false);
  });
});

describe("production settings", () => {
  it("reads a complete configuration", () => {
    const config = parseConfig(
      production({
        PORT: "8080",
        APP_URL: "https://grants.example.org/",
        SESSION_SECRETS_PREVIOUS: ` ${"o".repeat(32)} , ${"p".repeat(32)},`,
        MAIL_WORKER: "false",
      }),
    );
    expect(config.demoMode).toBe(false);
    expect(config.port).toBe(8080);
    expect(config.appUrl).toBe("https://grants.example.org");
    expect(config.sessionSecrets).toEqual([secret, "o".repeat(32), "p".repeat(32)]);
    expect(config.smtpUrl).toBe("smtp://mail.example.org:587");
    expect(config.mailWorker).toBe(false);
  });

  it("treats an empty variable as unset", () => {
    const config = parseConfig(production({ PORT: "", DEMO_MODE: "" }));
    expect(config.port).toBe(3000);
    expect(config.demoMode).toBe(false);
  });

  it("refuses to start without SESSION_SECRET", () => {
    const error = configError(production({ SESSION_SECRET: undefined }));
    expect(error.message).toContain("SESSION_SECRET");
    expect(existsSync(join(dataDir, "session-secret"))).toBe(false);
  });

  it("refuses DEMO_MODE=false without SESSION_SECRET too", () => {
    expect(
      configError(production({ DEMO_MODE: "false", SESSION_SECRET: undefined })).message,
    ).toContain("SESSION_SECRET");
  });

  it("refuses a short SESSION_SECRET", () => {
    expect(configError(production({ SESSION_SECRET: "too-short" })).message).toContain(
      "SESSION_SECRET",
    );
  });

  it("is production when NODE_ENV is not set", () => {
    expect(parseConfig(production({ NODE_ENV: undefined })).nodeEnv).toBe("production");
    expect(
      configError(production({ NODE_ENV: undefined, SESSION_SECRET: undefined })).message,
    ).toContain("SESSION_SECRET");
  });

  it("refuses to start without APP_URL, in one sentence naming it", () => {
    const error = configError(production({ APP_URL: undefined }));
    expect(error.message).toMatch(/^Configuration error: APP_URL is required /);
    expect(error.message.split(". ")).toHaveLength(1);
  });

  it("listens on every interface unless HOST says otherwise", () => {
    expect(parseConfig(production()).host).toBeNull();
    expect(parseConfig(production({ HOST: "10.0.0.5" })).host).toBe("10.0.0.5");
  });

  it("refuses to start without SMTP_URL, since nobody could get a sign-in code", () => {
    expect(configError(production({ SMTP_URL: undefined })).message).toContain("SMTP_URL");
  });

  it.each([
    ["DATABASE_URL", "mysql://db.example.org/withfund"],
    ["DATABASE_URL", "withfund.db"],
    ["PORT", "eighty"],
    ["PORT", "70000"],
    ["PORT", "0"],
    ["SMTP_URL", "mail.example.org:587"],
    ["SMTP_URL", "http://mail.example.org"],
    ["APP_URL", "grants.example.org"],
    ["DEMO_MODE", "maybe"],
    ["NODE_ENV", "staging"],
  ])("names %s when it is malformed (%j)", (name, value) => {
    const error = configError(production({ [name]: value }));
    expect(error.message).toContain(name);
    expect(error.message).toMatch(/^Configuration error: /);
  });

  it("selects PostgreSQL for a postgres URL, in either spelling", () => {
    for (const url of [
      "postgresql://app@db.example.org:5432/withfund",
      "postgres://app@db.example.org/withfund?schema=grants",
    ]) {
      const config = parseConfig(production({ DATABASE_URL: url }));
      expect(config.databaseProvider).toBe("postgresql");
      expect(config.databaseUrl).toBe(url);
    }
  });

  it("selects SQLite for a file: URL", () => {
    const config = parseConfig(production({ DATABASE_URL: `file:${join(dataDir, "other.db")}` }));
    expect(config.databaseProvider).toBe("sqlite");
  });
});

describe("the client's address behind a proxy (TRUST_PROXY)", () => {
  it("trusts no proxy by default, so X-Forwarded-For is ignored", () => {
    expect(parseConfig(production()).trustProxy).toBe(false);
    expect(parseConfig(production({ TRUST_PROXY: "false" })).trustProxy).toBe(false);
  });

  it("takes a number of proxies in front of the app", () => {
    expect(parseConfig(production({ TRUST_PROXY: "1" })).trustProxy).toBe(1);
  });

  it("takes the proxies' addresses and ranges", () => {
    expect(
      parseConfig(production({ TRUST_PROXY: "loopback, 10.0.0.0/8,fd00::/8, 192.0.2.7" }))
        .trustProxy,
    ).toEqual(["loopback", "10.0.0.0/8", "fd00::/8", "192.0.2.7"]);
  });

  it.each(["true", "proxy.example.org", "10.0.0.0/33", "10.0.0.1/8/2", ","])(
    "refuses %j, which would trust every client or means nothing",
    (value) => {
      expect(configError(production({ TRUST_PROXY: value })).message).toContain("TRUST_PROXY");
    },
  );
});

describe("demo mode's address", () => {
  it("listens on this computer only unless HOST says otherwise", () => {
    const settings = parseConfig({ DEMO_MODE: "true", DATA_DIR: dataDir });
    expect(settings.host).toBe("127.0.0.1");
    expect(listensOnLoopbackOnly(settings)).toBe(true);
  });

  it.each([
    ["127.0.0.1", true],
    ["127.0.0.53", true],
    ["localhost", true],
    ["::1", true],
    ["[::1]", true],
    ["0.0.0.0", false],
    ["::", false],
    ["192.168.1.10", false],
    ["demo.example.org", false],
  ])("counts HOST=%s as loopback only: %s", (host, expected) => {
    expect(
      listensOnLoopbackOnly(parseConfig({ DEMO_MODE: "true", DATA_DIR: dataDir, HOST: host })),
    ).toBe(expected);
  });

  it("does not count every interface as loopback", () => {
    expect(listensOnLoopbackOnly({ host: null })).toBe(false);
  });
});

describe("machine translation", () => {
  it("offers none when TRANSLATION_URL is not set", () => {
    expect(parseConfig(production()).translation).toBeNull();
  });

  it("reads the service, its key and a 4 second time-out by default", () => {
    const config = parseConfig(
      production({
        TRANSLATION_URL: "https://translate.example.org/",
        TRANSLATION_API_KEY: "key-1",
      }),
    );
    expect(config.translation).toEqual({
      url: "https://translate.example.org",
      apiKey: "key-1",
      timeoutMs: 4000,
    });
  });

  it("refuses a TRANSLATION_URL that is not an address", () => {
    expect(configError(production({ TRANSLATION_URL: "translate" })).message).toContain(
      "TRANSLATION_URL",
    );
  });
});

describe("LOG_LEVEL", () => {
  it("logs requests and errors by default, and nothing in tests unless asked", () => {
    expect(parseConfig(production()).logLevel).toBe("info");
    expect(parseConfig(production({ NODE_ENV: "test" })).logLevel).toBe("silent");
    expect(parseConfig(production({ LOG_LEVEL: "debug" })).logLevel).toBe("debug");
  });

  it("refuses a level that does not exist, naming the variable", () => {
    expect(configError(production({ LOG_LEVEL: "loud" })).message).toMatch(/LOG_LEVEL/);
  });
});
