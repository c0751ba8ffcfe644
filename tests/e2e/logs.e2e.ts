import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import ukEmails from "../../app/locales/uk/emails.json";
import { demoPeople } from "../../prisma/seed/demo-people";
import { signInCodeFor, useBrowser } from "./browser";

/**
 * The server's log, after seeded people have used it: a sign-in with an emailed code, an
 * invitation by email, and an application part saved. Every line must be JSON, every line
 * about a request must carry its id, and no email address, name or code may appear in any.
 */

const { newPage } = useBrowser();

async function demoSignIn(name: string) {
  const page = await newPage("/", { javaScript: false });
  await page.getByRole("button", { name: `Sign in as ${name}` }).click();
  await page.waitForURL((url) => url.pathname === "/my");
  return page;
}

function logLines(): Record<string, unknown>[] {
  return readFileSync(inject("serverLog"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`A log line is not JSON: ${line}`);
      }
    });
}

describe("the server log", () => {
  it("holds requests by id, and none of the people, their codes or what they typed", async () => {
    const secrets: string[] = demoPeople.flatMap((person) => [person.email, person.name]);

    // Olena signs in with the code emailed to her...
    const olena = demoPeople.find((person) => person.name === "Olena Kovalenko")!;
    const page = await newPage("/sign-in", { javaScript: false });
    await page.getByLabel("Email address").fill(olena.email);
    await page.getByRole("button", { name: "Send me a code" }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in/code");
    const subject = ukEmails.signInCode.subject.split("{{")[0]!;
    const code = await signInCodeFor(page.context(), olena.email, subject);
    await page.getByLabel("Code from the email").fill(code);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/my");

    // ...and invites someone to her group.
    const invitee = `e2e-log-${randomUUID().slice(0, 8)}@example.org`;
    secrets.push(invitee);
    const profile = await page
      .locator('a[href^="/organisations/"]:not([href$="/new"])')
      .first()
      .getAttribute("href");
    await page.goto(`${profile}/members`);
    const invite = page.locator('form:has(input[name="intent"][value="invite"])');
    await invite.locator('[name="email"]').fill(invitee);
    await invite.locator('button[type="submit"]').click();
    await page.getByText(invitee).first().waitFor();

    // Amina saves the first part of a new application.
    const staff = await demoSignIn("Tomás Ruiz");
    const funderPath = await staff.locator('a[href^="/fund/"]').first().getAttribute("href");
    await staff.goto(`${funderPath}/apply-on-behalf?q=Ukrainian`);
    await staff.locator('a[href*="organisationId="]').first().click();
    // The pot Amina's group can apply to, as the demo funder named it in Spanish (Tomás's language).
    const label = staff
      .locator("label")
      .filter({ hasText: /Actividades dirigidas por la comunidad/ });
    const radio = await label.first().getAttribute("for");
    const potId = await staff.locator(`[id="${radio}"]`).getAttribute("value");
    const amina = await demoSignIn("Amina Haddad");
    await amina.goto(`/apply/${potId}`);
    await amina.locator('main form button[type="submit"]').first().click();
    const area = amina.getByLabel("Riverside");
    if ((await area.count()) > 0) {
      await area.check();
      await amina.locator('main form button[type="submit"]').first().click();
    }
    await amina.waitForURL((url) => /^\/applications\/[^/]+$/.test(url.pathname));
    await amina.locator(".applying-tasks a").first().click();
    await amina.waitForURL((url) => url.pathname.includes("/sections/"));
    const typed = `Amal ${randomUUID().slice(0, 8)}`;
    secrets.push(typed);
    await amina.locator('[name="q.group-name"]').fill(typed);
    await amina
      .locator(`form[action="${new URL(amina.url()).pathname}"] button[type="submit"]`)
      .last()
      .click();
    await amina.waitForURL((url) => !url.pathname.includes("/sections/") || url.search !== "");

    const lines = logLines();
    const requests = lines.filter((line) => "req" in line);
    expect(requests.length).toBeGreaterThan(10);
    for (const line of requests) expect(line.reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      requests.some((line) => String((line.req as { url: string }).url).includes("/sections/")),
    ).toBe(true);

    const text = JSON.stringify(lines);
    // A request id is hex in groups of 8, 4 and 12, so a 6-digit code standing alone is the code.
    expect(text).not.toMatch(new RegExp(`(?<![0-9a-f])${code}(?![0-9a-f])`));
    for (const secret of secrets) {
      expect(text.includes(secret), `the log holds "${secret}"`).toBe(false);
      expect(text.includes(encodeURIComponent(secret)), `the log holds "${secret}"`).toBe(false);
    }
  });
});
