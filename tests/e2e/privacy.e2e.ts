import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";
import { languages, textProblems } from "./support/page-checks";

const { newPage } = useBrowser();

async function axeProblems(page: Page) {
  await page.waitForLoadState("load");
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

describe("the privacy page", () => {
  it.each(languages)("is reached from the footer and reads right in %s", async (language) => {
    const page = await newPage(`/?lng=${language}`);
    await page.locator('footer a[href="/privacy"]').click();
    await page.waitForURL((url) => url.pathname === "/privacy");
    await page.locator("h2#retention").waitFor();
    expect(await textProblems(page, language)).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
  });
});

describe("her data on the account page", () => {
  // Olena is the only owner of the Ukrainian Women's Association, where Iryna is a member.
  it("downloads a ZIP and explains, without JavaScript, what she must hand over first", async () => {
    const page = await newPage("/", { javaScript: false });
    await page.getByRole("button", { name: "Sign in as Olena Kovalenko" }).click();
    await page.waitForURL((url) => url.pathname === "/my");
    await page.goto("/account");

    const zip = await page.request.get("/account/data.zip");
    expect(zip.status()).toBe(200);
    expect(zip.headers()["content-type"]).toBe("application/zip");
    // A ZIP file starts with "PK".
    expect((await zip.body()).subarray(0, 2).toString()).toBe("PK");

    await page.locator('a[href="/account/delete"]').click();
    await page.waitForURL((url) => url.pathname === "/account/delete");
    await page.getByRole("alert").waitFor();
    expect(await page.locator('input[name="intent"][value="erase"]').count()).toBe(0);
  });

  // Page checks run scripts in the page, so they read the same page with JavaScript on.
  it("reads right in her language and passes axe", async () => {
    const page = await newPage("/");
    await page.getByRole("button", { name: "Sign in as Olena Kovalenko" }).click();
    await page.waitForURL((url) => url.pathname === "/my");
    await page.goto("/account/delete");
    await page.getByRole("alert").waitFor();
    expect(await textProblems(page, "uk")).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
  });
});
