import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import enCommon from "../../app/locales/en/common.json";
import en from "../../app/locales/en/panels.json";
import fr from "../../app/locales/fr/panels.json";
import { useBrowser, type PageOptions } from "./browser";
import { accessibilityProblems } from "./support/page-checks";

const { newPage } = useBrowser();

async function signIn(name: string, options: PageOptions) {
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

/** The Arabic application of last year's round that nobody has scored yet. */
const sudanese = "Sudanese Women's Kitchen";
/** One of its answers, as the group wrote it. */
const arabicAnswer = "وجبة مجتمعية شهرية";

/** From her queue, the reviewer opens the application she was given. */
async function openFromQueue(page: Page, texts: typeof en) {
  await page.goto("/panels");
  await page.getByRole("link", { name: "2026 review panel" }).click();
  await page.getByRole("heading", { name: texts.queue.title }).waitFor();
  const item = page.locator("li, tr").filter({ hasText: sudanese }).last();
  await item.getByRole("link", { name: texts.queue.read }).click();
  await page.getByText(arabicAnswer).first().waitFor();
}

/** Scores every criterion of the demo rubric (1–5) with a comment, and recommends funding. */
async function scoreAndSubmit(page: Page, texts: typeof en) {
  for (const criterion of ["c1", "c2", "c3", "c4"]) {
    await page.locator(`input[name="score-${criterion}"][value="4"]`).check();
    await page
      .locator(`textarea[name="comment-${criterion}"]`)
      .fill("Clear plan, written by the women who will run it.");
  }
  await page.locator('textarea[name="overallComment"]').fill("A strong, well-costed idea.");
  await page.getByRole("radio", { name: texts.review.recommendations.FUND, exact: true }).check();
  await page.getByRole("button", { name: texts.review.submit }).click();
  await page.getByText(texts.review.submittedThanks).waitFor();
}

describe("a community reviewer on a phone", () => {
  it("reads an Arabic application with a machine translation into English, scores it and submits", async () => {
    const page = await signIn("Joy Mensah", { phone: true });
    await openFromQueue(page, en);
    await expectAccessible(page);

    const answer = page.locator("blockquote, span").filter({ hasText: arabicAnswer }).first();
    await expect.poll(() => answer.getAttribute("lang")).toBe("ar");
    await page
      .getByRole("link", {
        name: enCommon.machineTranslation.show.replace("{{language}}", "English"),
      })
      .click();
    await page.getByText(enCommon.machineTranslation.label).first().waitFor();
    // The stand-in service marks each translation with its target language.
    await page.getByText(`[en] ${arabicAnswer}`, { exact: false }).first().waitFor();
    // The original is one click away.
    await page.getByText(enCommon.machineTranslation.showOriginal).first().click();
    await expect.poll(() => page.getByText(arabicAnswer).first().isVisible()).toBe(true);
    await expectAccessible(page);

    await page.getByRole("link", { name: en.reading.score }).click();
    await page.getByRole("button", { name: en.review.submit }).waitFor();
    await expectAccessible(page);
    await scoreAndSubmit(page, en);
    await expectAccessible(page);
  });

  it("does the same with JavaScript off, in French, and an incomplete sheet keeps what she typed", async () => {
    const page = await signIn("Fatima Diallo", { phone: true, javaScript: false });
    await openFromQueue(page, fr);
    await page.getByRole("link", { name: fr.reading.score }).click();
    await page.locator('textarea[name="overallComment"]').fill("Une belle idée.");
    await page.getByRole("button", { name: fr.review.submit }).click();
    // Nothing is lost: the error summary says what is missing and the comment is still there.
    await page.getByRole("alert").first().waitFor();
    expect(await page.locator('textarea[name="overallComment"]').inputValue()).toBe(
      "Une belle idée.",
    );
    await scoreAndSubmit(page, fr);
  });
});
