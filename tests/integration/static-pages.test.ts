import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../support/demo-world";
import { useTestDatabase } from "../support/database";
import { startTestServer, type TestServer } from "../support/request-handler";
import { signedInCookie } from "../support/requests";
import { db } from "~/services/platform/db.server";

useTestDatabase();

let server: TestServer;

beforeAll(async () => {
  await seedDemo(db());
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

async function page(path: string, cookie?: string) {
  const response = await fetch(`${server.url}${path}`, {
    headers: cookie ? { Cookie: cookie } : {},
    redirect: "manual",
  });
  expect(response.status, path).toBe(200);
  return response.text();
}

describe("pages that need no JavaScript", () => {
  it("ship no scripts at all, and still offer their links and forms", async () => {
    for (const path of [
      "/",
      "/schemes",
      "/schemes/riverside-together",
      "/schemes/riverside-together/check",
      "/sign-in",
      "/privacy",
    ]) {
      const html = await page(path);
      expect(html, path).not.toMatch(/<script/i);
      expect(html, path).not.toContain("modulepreload");
      expect(html, path).toMatch(/<a |<form /);
    }
  });

  it("leave scripts on pages that autosave or validate as she types", async () => {
    const amina = await db().user.findUniqueOrThrow({ where: { email: "amina@example.org" } });
    const html = await page("/my", await signedInCookie(amina.id));
    expect(html).toMatch(/<script/i);
  });
});
