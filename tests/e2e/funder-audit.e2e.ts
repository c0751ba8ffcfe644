import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import esCommon from "../../app/locales/es/common.json";
import esForms from "../../app/locales/es/forms.json";
import esSchemes from "../../app/locales/es/schemes.json";
import { useBrowser, type PageOptions } from "./browser";

const { newPage } = useBrowser();

/** Tomás Ruiz, the demo programme officer, reads Withfund in Spanish. */
async function signInAsTomas(options: PageOptions = {}): Promise<Page> {
  const page = await newPage("/", options);
  await page.getByRole("button", { name: "Sign in as Tomás Ruiz" }).click();
  await page.waitForURL((url) => url.pathname === "/my");
  return page;
}

async function funderHome(page: Page) {
  await page.getByRole("link", { name: "Riverside City Council" }).first().click();
  await page.waitForURL((url) => /^\/fund\/[^/]+$/.test(url.pathname));
}

/** Invites someone to the demo scheme's working group, then takes her out again. */
async function inviteAndRemove(page: Page, email: string) {
  const schemes = page.getByRole("region", { name: esCommon.funder.schemes });
  const href = await schemes
    .getByRole("link", { name: /Riverside/ })
    .first()
    .getAttribute("href");
  await page.goto(`${href}/forms/working-group`);
  await page.getByLabel(esForms.workingGroup.email).fill(email);
  await page.getByRole("button", { name: esForms.workingGroup.invite }).click();
  await page.getByRole("status").getByText(email).waitFor();
  const row = page.getByRole("row").filter({ hasText: email });
  await row
    .getByRole("button", { name: new RegExp(esForms.workingGroup.cancelInvitation) })
    .click();
  await page.getByRole("status").getByText(esForms.workingGroup.revoked).waitFor();
  await expect
    .poll(() => page.getByRole("row").filter({ hasText: email }).innerText())
    .toContain(esForms.workingGroup.states.revoked);
}

describe.each([true, false])("the funder's audit log (JavaScript %s)", (javaScript) => {
  it("shows what staff just did, and narrows to one kind of change by choosing it", async () => {
    const page = await signInAsTomas({ javaScript });
    await funderHome(page);
    await inviteAndRemove(page, `e2e-audit-${randomUUID().slice(0, 8)}@example.org`);

    await funderHome(page);
    await page.getByRole("link", { name: esSchemes.auditLog.link }).click();
    await page.getByRole("heading", { level: 1, name: esSchemes.auditLog.title }).waitFor();
    const table = page.getByRole("table", { name: esSchemes.auditLog.caption });
    await expect
      .poll(() => table.innerText())
      .toContain(esForms.auditActions["working-group-revoked"]);

    await page
      .getByLabel(esSchemes.auditLog.what)
      .selectOption({ label: esForms.auditActions["working-group-invited"] });
    await page.getByLabel(esSchemes.auditLog.who).selectOption({ label: "Tomás Ruiz" });
    await page.getByRole("button", { name: esSchemes.auditLog.apply }).click();
    await page.waitForURL(
      (url) => url.searchParams.get("action") === "forms.working-group-invited",
    );

    const whatCells = table.locator("tbody tr td:nth-child(3)");
    await expect.poll(() => whatCells.count()).toBeGreaterThan(0);
    for (const text of await whatCells.allInnerTexts())
      expect(text).toBe(esForms.auditActions["working-group-invited"]);
    // The filters stay chosen on the filtered page.
    expect(await page.getByLabel(esSchemes.auditLog.who).inputValue()).not.toBe("");
  });
});
