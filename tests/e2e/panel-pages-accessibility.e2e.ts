import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import esEligibility from "../../app/locales/es/eligibility.json";
import fa from "../../app/locales/fa/panels.json";
import { useBrowser, type PageOptions } from "./browser";
import { accessibilityProblems } from "./support/page-checks";

const { newPage } = useBrowser();

/**
 * axe-core on the review pages the journeys do not already check: each reached by clicking,
 * as the person who uses it, in her language.
 */
async function signIn(name: string, options: PageOptions = {}) {
  const page = await newPage("/", options);
  await page.getByRole("button", { name: `Sign in as ${name}` }).click();
  await page.waitForURL((url) => url.pathname === "/my");
  return page;
}

async function expectAccessible(page: Page) {
  await page.waitForLoadState("load");
  const problems = await accessibilityProblems(page);
  expect(problems, `axe on ${page.url()}:\n${problems.join("\n")}`).toEqual([]);
}

describe("review pages have no accessibility problems", () => {
  it("for the chair: panel, moderation, the suggested funding set, reviews and comments (Persian)", async () => {
    const page = await signIn("Nadia Rahimi");
    await page.goto("/panels");
    await page.getByRole("link", { name: "2026 review panel" }).click();
    await page.getByRole("heading", { name: fa.moderation.linksTitle }).waitFor();
    await expectAccessible(page);
    await page.getByRole("link", { name: /گروه‌های مردمی زنان مهاجر/ }).click();
    await page.getByRole("heading", { name: fa.moderation.table.title }).waitFor();
    await expectAccessible(page);
    const moderation = page.url();
    await page.getByRole("link", { name: fa.moderation.suggestion.open }).click();
    await page.waitForURL((url) => url.pathname.endsWith("/suggestion"));
    await expectAccessible(page);
    await page.goto(moderation);
    await page
      .getByRole("link", { name: new RegExp(fa.moderation.table.reviewsLink) })
      .first()
      .click();
    await page.waitForURL((url) => url.pathname.endsWith("/reviews"));
    await expectAccessible(page);
    await page.goBack();
    await page
      .getByRole("link", { name: new RegExp(fa.moderation.table.commentsLink) })
      .first()
      .click();
    await page.waitForURL((url) => url.pathname.endsWith("/comments"));
    await expectAccessible(page);
  });

  it("for a programme officer: screening a round and one application (Spanish)", async () => {
    const page = await signIn("Tomás Ruiz");
    await page.locator('a[href^="/fund/"]').first().click();
    await page.locator('a[href*="/rounds/"]').filter({ hasText: "2027" }).first().click();
    await page.getByRole("link", { name: esEligibility.screening.roundLink }).click();
    await page.waitForURL((url) => url.pathname.endsWith("/screening"));
    await expectAccessible(page);
    // Each row's reference opens that application's screening.
    await page.locator('td a[href*="/screening/"]').first().click();
    await page.waitForURL((url) => /\/screening\/[^/]+$/.test(url.pathname));
    await expectAccessible(page);
  });

  it("for a funder admin: the funder's settings", async () => {
    const page = await signIn("Grace Okafor");
    await page.locator('a[href^="/fund/"]').first().click();
    await page.locator('a[href$="/settings"]').first().click();
    await page.waitForURL((url) => url.pathname.endsWith("/settings"));
    await expectAccessible(page);
  });

  it("for a community reviewer on a phone: her ranking of top picks (French)", async () => {
    const page = await signIn("Fatima Diallo", { phone: true });
    await page.goto("/panels");
    await page.getByRole("link", { name: "2026 review panel" }).click();
    await page.locator('a[href$="/applications"], a[href*="/applications/"]').first().waitFor();
    const panelPath = new URL(page.url()).pathname;
    await page.goto(`${panelPath}/ranking`);
    await expectAccessible(page);
  });
});
