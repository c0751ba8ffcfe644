import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";

const { newPage } = useBrowser();

const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Every violation on the page as readable lines: rule, impact, what it means, which elements. */
async function violationsOn(page: Page): Promise<string[]> {
  await page.waitForLoadState("load");
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map((violation) =>
    [
      `${violation.id} (${violation.impact ?? "no impact given"}): ${violation.help} — ${violation.helpUrl}`,
      ...violation.nodes.map(
        (node) =>
          `    at ${node.target.map((target) => JSON.stringify(target)).join(" > ")}\n` +
          `       ${node.html}\n` +
          `       ${(node.failureSummary ?? "").replace(/\n/g, "\n       ")}`,
      ),
    ].join("\n"),
  );
}

async function expectNoViolations(page: Page) {
  const violations = await violationsOn(page);
  expect(
    violations,
    `axe found accessibility problems on ${page.url()}:\n\n${violations.join("\n\n")}`,
  ).toEqual([]);
}

/** Signs in through the demo list on the home page; Amina's account is in Arabic. */
async function signInAsAmina() {
  const page = await newPage("/");
  await page.getByRole("button", { name: "Sign in as Amina Haddad" }).click();
  await page.waitForURL((url) => url.pathname === "/my");
  await expect.poll(() => page.locator("html").getAttribute("dir")).toBe("rtl");
  return page;
}

describe("accessibility (axe, WCAG 2.2 AA)", () => {
  it("home page", async () => {
    const page = await newPage("/");
    await page.getByRole("button", { name: "Sign in as Amina Haddad" }).waitFor();
    await expectNoViolations(page);
  });

  it("sign-in page", async () => {
    const page = await newPage("/sign-in");
    await page.getByLabel("Email address").waitFor();
    await expectNoViolations(page);
  });

  it("sign-in page showing an error", async () => {
    const page = await newPage("/sign-in");
    await page.getByLabel("Email address").fill("not-an-email");
    await page.getByRole("button", { name: "Send me a code" }).click();
    await page.getByRole("alert").waitFor();
    await expectNoViolations(page);
  });

  it("code page", async () => {
    const page = await newPage("/sign-in/code?email=a@example.org");
    await page.getByLabel("Code from the email").waitFor();
    await expectNoViolations(page);
  });

  it("404 page", async () => {
    const page = await newPage();
    const response = await page.goto("/this-does-not-exist");
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expectNoViolations(page);
  });

  it("demo mailbox", async () => {
    const page = await newPage("/dev/mailbox");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expectNoViolations(page);
  });

  it("my work, signed in as Amina (Arabic, right to left)", async () => {
    const page = await signInAsAmina();
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expectNoViolations(page);
  });

  it("account settings, signed in as Amina (Arabic, right to left)", async () => {
    const page = await signInAsAmina();
    await page.goto("/account");
    expect(new URL(page.url()).pathname).toBe("/account");
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expectNoViolations(page);
  });

  it("home page in Arabic", async () => {
    const page = await newPage("/?lng=ar");
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    await expectNoViolations(page);
  });

  it("home page on a phone", async () => {
    const page = await newPage("/", { phone: true });
    expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
    await expectNoViolations(page);
  });

  it("home page in Arabic on a phone", async () => {
    const page = await newPage("/?lng=ar", { phone: true });
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    await expectNoViolations(page);
  });
});
