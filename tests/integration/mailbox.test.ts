import { once } from "node:events";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loader as htmlLoader } from "~/routes/dev.mailbox.$emailId.html";
import { db } from "~/services/platform/db.server";
import { resetConfigForTests } from "~/services/platform/env.server";
import { securityHeaders } from "../../server/security-headers";
import { useTestDatabase } from "../support/database";
import { makeRequest, run } from "../support/requests";

useTestDatabase();

const directives = (policy: string) =>
  new Map(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );

beforeAll(() => {
  process.env.DEMO_MODE = "true";
  resetConfigForTests();
});

describe("the demo mailbox's formatted preview", () => {
  it("is served with a policy of its own that allows the email's inline styles and no scripts", async () => {
    const email = await db().outboundEmail.create({
      data: {
        dedupeKey: `mailbox-test-${Date.now()}`,
        to: "amina@example.org",
        locale: "ar",
        template: "application-receipt",
        payload: {},
        subject: "لقد استلمنا طلبكم",
        textBody: "نص",
        htmlBody: '<p style="color:#0b5d4b">نص</p>',
      },
    });
    const response = (await run(htmlLoader, makeRequest(`/dev/mailbox/${email.id}/html`), {
      emailId: email.id,
    })) as Response;
    expect(response.status).toBe(200);
    const policy = directives(response.headers.get("Content-Security-Policy") ?? "");
    expect(policy.get("style-src")).toEqual(["'unsafe-inline'"]);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.has("script-src")).toBe(false);
    expect(policy.get("frame-ancestors")).toEqual(["'self'"]);
    expect(policy.get("sandbox")).toEqual([]);
  });
});

describe("the server's security headers", () => {
  const app = express();
  app.use((_req, res, next) => {
    res.locals.cspNonce = "abc";
    next();
  });
  app.use(securityHeaders({ appUrl: "http://localhost", dev: false }));
  app.get("*", (_req, res) => {
    res.append("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    res.send("ok");
  });
  let base = "";
  let server: ReturnType<typeof app.listen> | undefined;
  beforeAll(async () => {
    server = app.listen(0, "127.0.0.1");
    if (!server.listening) await once(server, "listening");
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  );

  it("leave the mailbox preview with only its own policy, so the browser does not also apply the app's", async () => {
    const response = await fetch(`${base}/dev/mailbox/abc123/html`);
    expect(response.headers.get("Content-Security-Policy")).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
  });

  it("keep the app's policy, with its script nonce and no framing, on every other page", async () => {
    const response = await fetch(`${base}/dev/mailbox/abc123`);
    const policies = response.headers.get("Content-Security-Policy") ?? "";
    expect(policies).toContain("script-src 'self' 'nonce-abc'");
    expect(policies).toContain("frame-ancestors 'none'");
    // The helmet policy comes first; the page's own is added beside it, not in its place.
    expect(policies.indexOf("nonce-abc")).toBeLessThan(policies.indexOf("'unsafe-inline'"));
  });
});
