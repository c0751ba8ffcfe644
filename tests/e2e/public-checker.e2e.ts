import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { isolate } from "../../app/domain/shared/bidi";
import arEligibility from "../../app/locales/ar/eligibility.json";
import ar from "../../app/locales/ar/public.json";
import { useBrowser } from "./browser";

const { newPage } = useBrowser();

const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * axe runs its script inside the page, which a page without JavaScript cannot do, so the
 * same address is checked again in a phone-sized page with scripts on. The server sends the
 * same HTML either way.
 */
async function expectNoViolations(page: Page) {
  const checked = await newPage(page.url(), { phone: true });
  await checked.waitForLoadState("load");
  const results = await new AxeBuilder({ page: checked }).withTags(tags).analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `    ${node.target.join(" > ")}\n    ${node.failureSummary ?? ""}`).join("\n")}`,
  );
  expect(
    violations,
    `axe found accessibility problems on ${page.url()}:\n\n${violations.join("\n\n")}`,
  ).toEqual([]);
}

/** A catalog sentence as an Arabic page shows it: every value put in is isolated. */
const filled = (sentence: string, values: Record<string, string>) =>
  sentence.replace(/\{\{(\w+)\}\}/g, (_, name: string) => isolate(values[name]!));

/** A catalog sentence with its values left open, for values the test does not fix. */
const shape = (sentence: string) =>
  new RegExp(
    sentence
      .split(/\{\{\w+\}\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join(".+"),
  );

async function expectArabicRightToLeft(page: Page) {
  const html = page.locator("html");
  expect({ lang: await html.getAttribute("lang"), dir: await html.getAttribute("dir") }).toEqual({
    lang: "ar",
    dir: "rtl",
  });
}

describe("a visitor in Arabic on a phone, without JavaScript, checks whether her group can apply", () => {
  it("finds the open demo scheme, runs the checker and reads why a pot does not fit", async () => {
    const page = await newPage("/schemes?lng=ar", { phone: true, javaScript: false });
    expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
    await expectArabicRightToLeft(page);
    await page.getByRole("heading", { level: 1, name: ar.list.title }).waitFor();
    await expectNoViolations(page);

    await page.getByRole("link", { name: "ريفرسايد معًا: منح لدمج المجتمعات" }).click();
    await page.waitForURL((url) => url.pathname === "/schemes/riverside-together");
    expect(new URL(page.url()).searchParams.get("lng")).toBe("ar");
    await expectArabicRightToLeft(page);
    // The grass-roots pot's floor: 60% of the money goes to groups led by their own community.
    await page.getByText(filled(ar.floor.byAndFor, { percent: "60" })).waitFor();
    await expectNoViolations(page);

    await page.getByRole("link", { name: ar.scheme.checkLink }).click();
    await page.waitForURL((url) => url.pathname === "/schemes/riverside-together/check");
    await expectArabicRightToLeft(page);

    // A by-and-for group whose income is above the grass-roots pot's €50,000 limit.
    await page.getByRole("radio", { name: ar.checker.byAndForYes }).check();
    await page.getByLabel(ar.checker.leadership).fill("100");
    await page.getByLabel(ar.checker.income).fill("60000");
    await page.getByLabel(ar.checker.area).selectOption("Riverside");
    await page.getByRole("button", { name: ar.checker.submit }).click();

    await page.waitForURL((url) => url.searchParams.get("checked") === "1");
    const url = new URL(page.url());
    expect(url.searchParams.get("lng")).toBe("ar");
    expect(url.hash).toBe("#results");
    await expectArabicRightToLeft(page);

    const results = page.locator("#results");
    await results.getByRole("heading", { level: 2, name: ar.checker.resultsTitle }).waitFor();
    const grassRoots = results
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "مجموعات النساء المهاجرات المحلية" }) });
    await grassRoots.getByText(ar.checker.verdict.no).waitFor();
    const why = grassRoots.getByText(shape(arEligibility.income.aboveLimit));
    expect(await why.isVisible()).toBe(true);
    const languagePot = results
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "اللغة والدعم بين الأقران" }) });
    await languagePot.getByText(ar.checker.verdict.yes).waitFor();

    // Her answers are still in the form, ready to change.
    expect(await page.getByLabel(ar.checker.income).inputValue()).toBe("60000");
    await expectNoViolations(page);
  });

  it("shows a mistyped income next to the field in Arabic and keeps the other answers", async () => {
    const page = await newPage("/schemes/riverside-together/check?lng=ar", {
      phone: true,
      javaScript: false,
    });
    await page.getByLabel(ar.checker.income).fill("كثير");
    await page.getByLabel(ar.checker.area).selectOption("Riverside");
    await page.getByRole("button", { name: ar.checker.submit }).click();
    await page.waitForURL((url) => url.searchParams.get("checked") === "1");

    const summary = page.getByRole("alert");
    await summary.getByText(ar.checker.errors.income).waitFor();
    expect(await summary.getByRole("link").first().getAttribute("href")).toBe("#field-income");
    expect(await page.locator("#field-income-error").innerText()).toContain(
      ar.checker.errors.income,
    );
    expect(await page.getByLabel(ar.checker.area).inputValue()).toBe("Riverside");
    await expectNoViolations(page);
  });
});
