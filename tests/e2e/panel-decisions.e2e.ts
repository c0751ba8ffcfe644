import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import esApplications from "../../app/locales/es/applications.json";
import esEmails from "../../app/locales/es/emails.json";
import fa from "../../app/locales/fa/panels.json";
import { useBrowser } from "./browser";
import { accessibilityProblems } from "./support/page-checks";

const { newPage } = useBrowser();

async function signIn(name: string) {
  const page = await newPage("/");
  await page.getByRole("button", { name: `Sign in as ${name}` }).click();
  await page.waitForURL((url) => url.pathname === "/my");
  return page;
}

async function expectAccessible(page: Page) {
  await page.waitForLoadState("load");
  const problems = await accessibilityProblems(page);
  expect(problems, `axe on ${page.url()}:\n${problems.join("\n")}`).toEqual([]);
}

/** The community pot of last year's round, as the demo names it in Persian. */
const communityPot = "فعالیت‌هایی که خود جامعه پیش می‌برد";

type Choice =
  | { outcome: "AWARD"; amount: string; feedback?: string }
  | { outcome: "DECLINE"; feedback: string }
  | { outcome: "WAITLIST" };

/** From the moderation table, the chair opens one group's decision, makes it, and comes back. */
async function decide(page: Page, moderationUrl: string, group: string, choice: Choice) {
  const row = page.getByRole("row").filter({ hasText: group });
  // Once the page has loaded, the table's links move within the app: no new document.
  await page.waitForFunction(() => "__remixRouter" in window);
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await row.getByRole("link", { name: fa.moderation.table.decide }).click();
  await page.getByRole("heading", { name: fa.decision.title, level: 1 }).waitFor();
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
  await page
    .getByRole("radio", { name: fa.decision.outcomes[choice.outcome].label, exact: true })
    .check();
  if (choice.outcome === "AWARD") await page.locator('input[name="amount"]').fill(choice.amount);
  if ("feedback" in choice && choice.feedback) {
    await page.locator('select[name="feedbackLanguage"]').selectOption("es");
    await page.locator('textarea[name="feedback"]').fill(choice.feedback);
  }
  await page.getByRole("button", { name: fa.decision.save }).click();
  await page.getByRole("status").filter({ hasText: fa.decision.saved.draft }).waitFor();
  await expectAccessible(page);
  // Back to the table the way people go back: the browser's back button.
  while (!page.url().endsWith(moderationUrl)) await page.goBack();
  await page.getByRole("heading", { name: fa.moderation.table.title }).waitFor();
}

describe("a chair decides a pot", () => {
  it("drafts each decision from the moderation table, confirms the pot, and the group reads it in Spanish", async () => {
    const page = await signIn("Nadia Rahimi");
    await page.goto("/panels");
    await page.getByRole("link", { name: "2026 review panel" }).click();
    await page.getByRole("link", { name: new RegExp(communityPot) }).click();
    await page.getByRole("heading", { name: fa.moderation.table.title }).waitFor();
    const moderationUrl = new URL(page.url()).pathname;
    await expectAccessible(page);

    await decide(page, moderationUrl, "Latin American Women's Collective", {
      outcome: "AWARD",
      amount: "5000",
      feedback: "Al comité le gustó mucho su red de apoyo para trabajadoras del hogar.",
    });
    await decide(page, moderationUrl, "Riverside Community Centre", {
      outcome: "AWARD",
      amount: "5000",
    });
    await decide(page, moderationUrl, "Riverside Youth Football Club", {
      outcome: "DECLINE",
      feedback: "Esta vez el dinero se destinó a grupos dirigidos por mujeres migrantes.",
    });
    // The Sudanese Women's Kitchen is still being read; the pot is confirmed without it.

    await page.getByRole("link", { name: fa.moderation.confirmLink }).click();
    await page.getByRole("button", { name: fa.confirm.submit }).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: fa.confirm.submit }).click();
    await page.getByText(fa.confirm.done).waitFor();

    // The money moved with the decisions: the table now shows them confirmed.
    while (!page.url().endsWith(moderationUrl)) await page.goBack();
    await page.reload();
    const confirmedRows = page.getByRole("row").filter({ hasText: fa.moderation.table.confirmed });
    await expect.poll(() => confirmedRows.count()).toBe(3);

    // Carmen, who runs the Collective, reads the award and the feedback in Spanish.
    const carmen = await signIn("Carmen Rojas");
    await carmen.goto("/applications");
    await carmen
      .getByRole("link", { name: /Riverside/ })
      .first()
      .click();
    await carmen.getByText(esApplications.decision.title, { exact: true }).first().waitFor();
    const body = await carmen.locator("main").innerText();
    expect(body).toContain("Al comité le gustó mucho su red de apoyo");
    expect(body).toMatch(/Se le han concedido/);
    await expectAccessible(carmen);

    // The decision email went to her in Spanish.
    await carmen.goto("/dev/mailbox");
    const subject = esEmails.applicationDecision.subject.awarded.replace(/\{\{scheme\}\}.*/, "");
    await carmen
      .getByRole("row")
      .filter({ hasText: "carmen@example.org" })
      .filter({ hasText: subject })
      .first()
      .waitFor();
  });
});
