import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { healthRoutes } from "../../server/health";
import { requestLog } from "../../server/request-log";
import { db } from "~/services/platform/db.server";
import { captureLogsForTests, log } from "~/services/platform/log.server";
import { postgresSchemaOf } from "~/services/platform/migrations.server";
import { checkReadiness } from "~/services/platform/readiness.server";
import { useTestDatabase } from "../support/database";

useTestDatabase();

const databaseUrl = process.env.DATABASE_URL!;
const history = databaseUrl.startsWith("file:")
  ? `"_prisma_migrations"`
  : `"${postgresSchemaOf(databaseUrl)}"."_prisma_migrations"`;

const capture = captureLogsForTests();
let server: Server;
let base: string;

beforeAll(async () => {
  const app = express();
  app.use(healthRoutes(checkReadiness));
  app.use(requestLog(["invitations/:token", "applications/:applicationId"]));
  app.get("/invitations/:token", (_req, res) => {
    log().info({ email: "amina@example.org", name: "Amina Yusuf" }, "invitation opened");
    res.send("ok");
  });
  app.get("/broken", (_req, res) => {
    log().error(
      { err: new Error("550 mailbox unavailable for <amina@example.org>") },
      "delivery failed",
    );
    res.status(500).send("sorry");
  });
  await new Promise<void>((done) => {
    server = app.listen(0, "127.0.0.1", done);
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  capture.stop();
  await new Promise((done) => server.close(done));
});

const entries = () => capture.lines.map((line) => JSON.parse(line) as Record<string, unknown>);

describe("health checks", () => {
  it("says the process is up, uncached and unlogged", async () => {
    const before = capture.lines.length;
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
    expect(capture.lines.length).toBe(before);
  });

  it("is ready when the database answers and every migration is applied", async () => {
    const response = await fetch(`${base}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ready: true, migrations: "applied" });
  });

  it("is not ready while a migration of this version is missing from the database", async () => {
    const [last] = await db().$queryRawUnsafe<{ id: string }[]>(
      `SELECT id FROM ${history} ORDER BY migration_name DESC LIMIT 1`,
    );
    await db().$executeRawUnsafe(
      `UPDATE ${history} SET finished_at = NULL WHERE id = '${last!.id}'`,
    );
    try {
      const response = await fetch(`${base}/readyz`);
      expect(response.status).toBe(503);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toMatchObject({ ready: false, migrations: "pending" });
    } finally {
      await db().$executeRawUnsafe(
        `UPDATE ${history} SET finished_at = started_at WHERE id = '${last!.id}'`,
      );
    }
  });
});

describe("request log", () => {
  it("gives each request an id, sends it back and puts it on every line about the request", async () => {
    const response = await fetch(`${base}/invitations/SECRET-TOKEN-123?email=amina%40example.org`);
    const reqId = response.headers.get("x-request-id");
    expect(reqId).toMatch(/^[0-9a-f-]{36}$/);
    // The request line is written when the response has gone out, so it may trail the answer.
    const lines = await vi.waitFor(() => {
      const found = entries().filter((entry) => entry.reqId === reqId);
      expect(found.map((entry) => entry.msg)).toEqual(["invitation opened", "request completed"]);
      return found;
    });
    expect(lines[1]).toMatchObject({
      req: { method: "GET", url: "/invitations/[token]?email=[redacted]" },
      res: { statusCode: 200 },
    });
  });

  it("ignores a request id the client sends", async () => {
    const response = await fetch(`${base}/invitations/abc`, {
      headers: { "X-Request-Id": "planted" },
    });
    expect(response.headers.get("x-request-id")).not.toBe("planted");
  });

  it("never holds an email address, a name or a token, even inside an error", async () => {
    const response = await fetch(`${base}/broken`);
    const reqId = response.headers.get("x-request-id");
    await vi.waitFor(() =>
      expect(
        entries().some((entry) => entry.reqId === reqId && entry.msg === "request failed"),
      ).toBe(true),
    );
    const all = capture.lines.join("\n");
    expect(all).toContain("delivery failed");
    expect(all).not.toMatch(/amina@example\.org|Amina Yusuf|SECRET-TOKEN-123/);
    const failed = entries().find((entry) => entry.msg === "delivery failed")!;
    expect((failed.err as { message: string }).message).toBe(
      "550 mailbox unavailable for <[email]>",
    );
    for (const entry of entries()) expect(typeof entry.level).toBe("string");
  });
});
