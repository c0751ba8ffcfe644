import { AxeBuilder } from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import en from "../../app/locales/en/forms.json";
import esCommon from "../../app/locales/es/common.json";
import es from "../../app/locales/es/forms.json";
import { signInCodeFor, useBrowser } from "./browser";

const { newPage, newContext } = useBrowser();

const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoViolations(page: Page) {
  await page.waitForLoadState("load");
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? "no impact given"}): ${violation.help}\n` +
      violation.nodes
        .map((node) => `    at ${node.target.join(" > ")}\n       ${node.html}`)
        .join("\n"),
  );
  expect(
    violations,
    `axe found accessibility problems on ${page.url()}:\n\n${violations.join("\n\n")}`,
  ).toEqual([]);
}

/** Tomás Ruiz, the demo programme officer, reads Withfund in Spanish. */
async function signInAsTomas(): Promise<Page> {
  const page = await newPage("/");
  await page.getByRole("button", { name: "Sign in as Tomás Ruiz" }).click();
  await page.waitForURL((url) => url.pathname === "/my");
  await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("es");
  return page;
}

/** The demo scheme's form pages, found the way staff find them: from the funder's page. */
async function formsOfDemoScheme(page: Page): Promise<string> {
  await page.getByRole("link", { name: "Riverside City Council" }).click();
  await page.waitForURL((url) => /^\/fund\/[^/]+$/.test(url.pathname));
  // The dashboard also links each round; the scheme itself is listed under the funder's schemes.
  const schemes = page.getByRole("region", { name: esCommon.funder.schemes });
  const schemeLink = schemes.getByRole("link", { name: /Riverside/ }).first();
  const href = await schemeLink.getAttribute("href");
  expect(href).toMatch(/^\/fund\/[^/]+\/schemes\/[^/]+$/);
  return `${href}/forms`;
}

/**
 * A version the working group can comment on. The demo may have none yet, or only a
 * published one, so this makes what is missing through the builder, as staff would.
 */
async function versionInConsultation(page: Page, formsPath: string): Promise<string> {
  await page.goto(formsPath);
  const start = page.getByRole("button", { name: es.versions.createFirst });
  if (await start.count()) {
    await start.click();
    await page.waitForURL((url) => /\/forms\/[^/]+$/.test(url.pathname));
  } else {
    await page.getByRole("list", { name: es.versions.listLabel }).getByRole("link").first().click();
    await page.waitForURL((url) => /\/forms\/[^/]+$/.test(url.pathname));
    // The address changes before the new page is drawn; its "what happens now" box marks it drawn.
    await page.locator("#status-title").waitFor();
    const copy = page.getByRole("button", { name: es.builder.newDraft });
    if (await copy.count()) {
      // Copying a published version opens the new draft at a different address.
      const published = page.url();
      await copy.click();
      await page.waitForURL(
        (url) => url.href !== published && /\/forms\/[^/]+$/.test(url.pathname),
      );
    }
  }
  const open = page.getByRole("button", { name: es.builder.openConsultation });
  const inConsultation = page.getByText(es.status.CONSULTATION, { exact: true }).first();
  // A draft offers to open it; a version already in consultation says so. Wait for either.
  await open.or(inConsultation).first().waitFor();
  if (await open.isVisible()) {
    await open.click();
    await page.getByRole("status").getByText(es.builder.done.consultation).waitFor();
  }
  await page.getByText(es.status.CONSULTATION, { exact: true }).first().waitFor();
  return new URL(page.url()).pathname;
}

async function emailLinkTo(
  context: BrowserContext,
  email: string,
  subject: RegExp,
): Promise<string> {
  const mailbox = await context.newPage();
  try {
    // The demo mailbox shows a new address's emails only to a browser that asked it a code.
    await mailbox.goto("/sign-in");
    await mailbox.locator('input[name="email"]').fill(email);
    await mailbox.locator('main form[method="post"] button[type="submit"]').first().click();
    await mailbox.waitForURL(/\/sign-in\/code/);
    // The invitation may still wait behind other emails (the demo's check-in reminders) in
    // the mail worker's queue: look again until it has been delivered.
    const invitation = mailbox
      .getByRole("row")
      .filter({ hasText: email })
      // Not the sign-in code just asked for (its subject holds the 6-digit code).
      .filter({ hasNotText: /\d{6}/ })
      .getByRole("link", { name: subject })
      .first();
    for (let attempt = 0; ; attempt += 1) {
      await mailbox.goto("/dev/mailbox");
      if ((await invitation.count()) > 0 || attempt === 20) break;
      await mailbox.waitForTimeout(3_000);
    }
    await invitation.click();
    const text = await mailbox.getByTestId("email-text").innerText();
    const link = /(https?:\/\/\S+\/working-group\/\S+)/.exec(text)?.[1];
    if (!link) throw new Error(`No working-group link in the email to ${email}:\n${text}`);
    return new URL(link).pathname;
  } finally {
    await mailbox.close();
  }
}

describe("co-designing the application form with a working group", () => {
  it("staff open a draft to the working group, and a member comments on it in her own words", async () => {
    const staff = await signInAsTomas();
    const formsPath = await formsOfDemoScheme(staff);
    const versionPath = await versionInConsultation(staff, formsPath);

    // Staff invite a new member, in Arabic.
    const member = `e2e-wg-${randomUUID().slice(0, 8)}@example.org`;
    await staff.goto(`${formsPath}/working-group`);
    await staff.getByLabel(es.workingGroup.email).fill(member);
    await staff.getByLabel(es.workingGroup.inviteLanguage).selectOption("ar");
    await staff.getByRole("button", { name: es.workingGroup.invite }).click();
    await staff.getByRole("status").getByText(member).waitFor();

    // She opens the link from the email, signs in with a code, and joins.
    const context = await newContext();
    const joinPath = await emailLinkTo(context, member, /Withfund|ساعدونا/);
    const page = await context.newPage();
    await page.goto(joinPath);
    await page.getByRole("link", { name: en.joining.signIn }).click();
    await page.getByLabel("Email address").fill(member);
    await page.getByRole("button", { name: "Send me a code" }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in/code");
    await page.getByLabel("Code from the email").fill(await signInCodeFor(context, member));
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL((url) => url.pathname === joinPath);
    await page.getByRole("button", { name: en.joining.accept }).click();
    await page.waitForURL((url) => url.pathname === "/consultations");
    await page.getByText(en.consultations.joined).waitFor();

    const versionId = versionPath.split("/").at(-1)!;
    await page.locator(`a[href="/consultations/${versionId}"]`).click();
    await page.getByRole("heading", { level: 1, name: en.consult.title }).waitFor();
    await expectNoViolations(page);

    // She suggests better words for a question, and agrees to be named.
    await page
      .getByRole("link", { name: new RegExp(`^${en.consult.suggestChange}`) })
      .first()
      .click();
    await page.getByRole("radio", { name: en.consult.kinds.REWORDING }).check();
    const words = "Please say that groups which are not registered are welcome too.";
    await page.locator('textarea[name="text"]').fill(words);
    await page.getByLabel(en.consult.showName).check();
    await page.getByRole("button", { name: en.consult.send }).click();
    await page.getByRole("status").getByText(en.consult.sent).waitFor();
    const mine = page.locator("#mine-section");
    await mine.getByText(words).waitFor();
    await mine.getByText(en.suggestions.status.OPEN).waitFor();
    await mine.getByText(en.consult.named).waitFor();
    await mine.getByText(en.suggestions.kind.REWORDING).waitFor();
    expect(await mine.locator(".builder-suggestion__meta").first().innerText()).toContain(
      en.consult.aboutQuestion.split("{{")[0]!.trim(),
    );

    // Staff see it among the suggestions, with her words.
    await staff.goto(`${versionPath}/suggestions`);
    await staff.getByText(words).waitFor();
    await expectNoViolations(staff);
  });

  it("builder pages and the Arabic preview on a phone pass axe", async () => {
    const staff = await signInAsTomas();
    const formsPath = await formsOfDemoScheme(staff);
    const versionPath = await versionInConsultation(staff, formsPath);

    await staff.goto(formsPath);
    await staff.getByRole("heading", { level: 1, name: es.versions.title }).waitFor();
    await expectNoViolations(staff);

    await staff.goto(versionPath);
    await staff.getByRole("heading", { level: 2, name: es.builder.addQuestionTitle }).waitFor();
    await expectNoViolations(staff);

    await staff
      .getByRole("link", { name: new RegExp(`^${es.builder.editQuestion}`) })
      .first()
      .click();
    await staff.getByRole("heading", { level: 1, name: es.question.editTitle }).waitFor();
    await expectNoViolations(staff);

    // A question left without words shows the error next to the field, keeping the rest.
    const source = staff.locator('input[name="label.en"], textarea[name="label.en"]');
    await source.fill("");
    await staff.getByRole("button", { name: es.question.save }).click();
    await staff.getByRole("alert").waitFor();
    expect(await source.getAttribute("aria-invalid")).toBe("true");
    await expectNoViolations(staff);

    await staff.goto(`${versionPath}/changes`);
    await staff.getByRole("heading", { level: 1 }).waitFor();
    await expectNoViolations(staff);

    await staff.goto(`${formsPath}/working-group`);
    await staff.getByRole("heading", { level: 1, name: es.workingGroup.title }).waitFor();
    await expectNoViolations(staff);

    await staff.setViewportSize({ width: 390, height: 844 });
    await staff.goto(`${versionPath}/preview?lng=ar`);
    expect(await staff.locator("html").getAttribute("dir")).toBe("rtl");
    await staff.locator(".appform-phone").waitFor();
    await expectNoViolations(staff);
    // Checking an empty form lists what is missing, each message next to its question.
    await staff.locator(".appform-phone").getByRole("button").last().click();
    await staff.getByRole("alert").waitFor();
    await expectNoViolations(staff);
    const width = await staff.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });
});
