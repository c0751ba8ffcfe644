import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import arForm from "../../app/locales/ar/forms.json";
import ar from "../../app/locales/ar/applications.json";
import arOrganisations from "../../app/locales/ar/organisations.json";
import { useBrowser, type PageOptions } from "./browser";

/**
 * Amina (Arabic, on her phone) applies to the demo scheme from start to receipt: once with
 * JavaScript off, where every step is a plain form; once with it on, where answers save
 * themselves; and axe checks the pages she meets. The demo seed gives the round a published
 * form with four parts (about your group, your project, budget, declaration).
 */

const { newPage } = useBrowser();

const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoViolations(page: Page) {
  await page.waitForLoadState("load");
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  const lines = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `    ${node.target.join(" > ")}: ${node.html}`).join("\n")}`,
  );
  expect(lines, `axe found accessibility problems on ${page.url()}:\n${lines.join("\n")}`).toEqual(
    [],
  );
}

async function signIn(name: string, options: PageOptions) {
  const page = await newPage("/", options);
  await page.getByRole("button", { name: `Sign in as ${name}` }).click();
  await page.waitForURL((url) => url.pathname === "/my");
  return page;
}

/**
 * The id of a pot of the demo round, read from the staff page for applying on a group's
 * behalf (its radio buttons carry the pot ids), so the test needs no database access. Tomás
 * reads Withfund in Spanish, so the pot is named as the demo funder named it in Spanish.
 */
async function potIdOf(potName: RegExp): Promise<string> {
  const page = await signIn("Tomás Ruiz", { javaScript: false });
  const funderPath = await page.locator('a[href^="/fund/"]').first().getAttribute("href");
  // Staff find only groups that have applied to them before: the Ukrainian association has.
  await page.goto(`${funderPath}/apply-on-behalf?q=Ukrainian`);
  await page.locator('a[href*="organisationId="]').first().click();
  const label = page.locator("label").filter({ hasText: potName }).first();
  const id = await label.getAttribute("for");
  const potId = await page.locator(`[id="${id}"]`).getAttribute("value");
  await page.context().close();
  if (!potId) throw new Error(`No open pot called ${potName} on the demo round`);
  return potId;
}

/** Starts (or continues) Amina's application to a pot and returns the task list's address. */
async function startApplication(page: Page, potId: string) {
  await page.goto(`/apply/${potId}`);
  expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
  const start = page.getByRole("button", { name: ar.start.submit });
  if ((await start.count()) === 0) {
    throw new Error(
      `Cannot start an application (does the demo round have a published form?):\n${await page.locator("main").innerText()}`,
    );
  }
  await start.click();
  await page.waitForURL((url) => /^\/applications\/[^/]+$/.test(url.pathname));
  await page.getByRole("heading", { level: 1, name: ar.tasks.title }).waitFor();
  return new URL(page.url()).pathname;
}

/** Writes where Amina's group works on its profile, as she would in her own words. */
async function setGroupArea(page: Page, area: string) {
  await page.goto("/my");
  const profile = await page.locator('a[href^="/organisations/"]').first().getAttribute("href");
  await page.goto(`${profile}/edit`);
  await page.locator('[name="areaServed"]').fill(area);
  await page.getByRole("button", { name: arOrganisations.edit.submit }).click();
  await page.waitForURL((url) => url.searchParams.get("notice") === "saved");
}

/**
 * Her group's area is written in Arabic, the pot lists "Riverside": starting asks which of
 * the funder's areas the group works in, and choosing one starts the application.
 */
async function startByChoosingArea(
  page: Page,
  potId: string,
  beforeChoosing?: (page: Page) => Promise<void>,
) {
  await setGroupArea(page, "ريفرسايد");
  await page.goto(`/apply/${potId}`);
  await page.getByRole("button", { name: ar.start.submit }).click();
  const choice = page.getByRole("group", { name: ar.start.areaQuestion });
  await choice.waitFor();
  await beforeChoosing?.(page);
  await choice.getByLabel("Riverside").check();
  await page.getByRole("button", { name: ar.start.areaSubmit }).click();
  await page.waitForURL((url) => /^\/applications\/[^/]+$/.test(url.pathname));
  await page.getByRole("heading", { level: 1, name: ar.tasks.title }).waitFor();
  return new URL(page.url()).pathname;
}

/** Every answer of the demo form, by field name; the page shows only the fields of its part. */
const answers: Record<string, string | { choose: string } | { tick: true }> = {
  "q.group-name": "دائرة أمل للنساء",
  "q.group-registered": { choose: "no" },
  "q.group-people": "نساء عربيات في ريفرسايد، نلتقي كل أسبوع.",
  "q.project-what": "دروس في اللغة الإنجليزية ووجبات مشتركة كل يوم سبت.",
  "q.project-children": { choose: "no" },
  "q.budget-items.0.item": "إيجار القاعة",
  "q.budget-items.0.amount": "1200",
  "q.budget-items.1.item": "طعام",
  "q.budget-items.1.amount": "٣٥٠",
  "q.declaration-true": { tick: true },
};

async function answerThisPart(page: Page) {
  for (const [name, answer] of Object.entries(answers)) {
    const field = page.locator(`[name="${name}"]`);
    if ((await field.count()) === 0) continue;
    if (typeof answer === "string") await field.fill(answer);
    else if ("choose" in answer)
      await page.locator(`[name="${name}"][value="${answer.choose}"]`).check();
    else await field.check();
  }
}

/** Goes through the parts from the task list, saving each with "Save and continue". */
async function answerEveryPart(
  page: Page,
  tasks: string,
  onEachPart?: (page: Page) => Promise<void>,
) {
  const parts = await page.locator(".applying-tasks a").count();
  expect(parts).toBe(4);
  await page.locator(".applying-tasks a").first().click();
  for (let part = 0; part < parts; part++) {
    await page.waitForURL((url) => url.pathname.includes("/sections/"));
    // With JavaScript the address changes before the new part is drawn: wait for its own form.
    await page.locator(`form[action="${new URL(page.url()).pathname}"]`).waitFor();
    await answerThisPart(page);
    if (onEachPart) await onEachPart(page);
    const before = page.url();
    await page.getByRole("button", { name: ar.section.saveAndContinue }).click();
    await page.waitForURL((url) => url.href !== before);
  }
  await page.waitForURL((url) => url.pathname === tasks);
  await expect.poll(() => page.locator(".applying-tag--complete").count()).toBe(parts);
}

async function checkAndSend(page: Page, tasks: string) {
  await page.getByRole("link", { name: ar.tasks.checkAndSend }).click();
  await page.waitForURL((url) => url.pathname === `${tasks}/check`);
  await page.getByRole("heading", { level: 1, name: ar.check.title }).waitFor();
  // The budget reads back with its total, in the euro format of an Arabic reader.
  const total = await page.locator(".applying-budget tfoot td").innerText();
  expect(total).toMatch(/١٬?٥٥٠|1[,.]?550/);
  await page.getByRole("button", { name: ar.check.send }).click();
  await page.waitForURL((url) => url.pathname === `${tasks}/sent`);
  await page.getByRole("heading", { level: 1, name: ar.sent.title }).waitFor();
}

describe("applying, in Arabic on a phone", () => {
  it("works from start to receipt with JavaScript off", async () => {
    const potId = await potIdOf(/Actividades dirigidas por la comunidad/);
    const page = await signIn("Amina Haddad", { phone: true, javaScript: false });
    const tasks = await startByChoosingArea(page, potId);

    // Continuing with a gap keeps what was typed and names the problem next to the field.
    await page.locator(".applying-tasks a").first().click();
    await page.locator('[name="q.group-name"]').fill("دائرة أمل");
    await page.getByRole("button", { name: ar.section.saveAndContinue }).click();
    await page.getByRole("alert").first().waitFor();
    expect(await page.locator('[name="q.group-name"]').inputValue()).toBe("دائرة أمل");
    expect(await page.locator(".field__error").count()).toBeGreaterThan(0);
    await page.goto(tasks);

    await answerEveryPart(page, tasks);
    await checkAndSend(page, tasks);
    expect(await page.getByText(ar.sent.nextTitle).count()).toBe(1);

    // Sent answers are read-only.
    await page.goto(`${tasks}/sections/about-your-group`);
    await page.getByText(ar.section.readOnly).waitFor();
    expect(await page.locator('[name="q.group-name"]').count()).toBe(0);
  });

  it("saves by itself a few seconds after typing stops, with JavaScript on", async () => {
    const potId = await potIdOf(/Idioma y apoyo entre iguales/);
    const page = await signIn("Amina Haddad", { phone: true });
    const tasks = await startApplication(page, potId);
    await page.locator(".applying-tasks a").first().click();
    await page.waitForURL((url) => url.pathname.endsWith("/sections/about-your-group"));
    await page.locator(`form[action="${new URL(page.url()).pathname}"]`).waitFor();
    // The task list does not use the form's catalog; reached by a link, the part of the form
    // fetches it before it shows, so no raw translation key ever appears.
    expect(await page.locator("main").innerText()).not.toMatch(
      /\b(applicationForm|applying|common):/,
    );

    await page.locator('[name="q.group-name"]').fill("نساء الأمل");
    const status = page.locator(".applying-autosave");
    await expect
      .poll(() => status.innerText(), { timeout: 15_000 })
      .toMatch(new RegExp(ar.autosave.saved.replace("{{time}}", ".+")));
    expect(await status.getAttribute("aria-live")).toBe("polite");

    // Saved on the server: a fresh load of the page shows it.
    await page.reload();
    expect(await page.locator('[name="q.group-name"]').inputValue()).toBe("نساء الأمل");

    // "Save and continue" with a question left out says so at once, without leaving the page.
    await page.getByRole("button", { name: ar.section.saveAndContinue }).click();
    await page.locator(".error-summary").waitFor();
    expect(await page.locator(".error-summary").innerText()).toContain(arForm.errors.required);
    expect(new URL(page.url()).pathname.endsWith("/sections/about-your-group")).toBe(true);

    await page.goto(tasks);
    await answerEveryPart(page, tasks);
    await checkAndSend(page, tasks);
  });

  it("has no accessibility problems choosing an area, on a part of the form, check your answers and the receipt", async () => {
    const potId = await potIdOf(/Actividades dirigidas por la comunidad/);
    // axe runs inside the page, so this one needs JavaScript on.
    const page = await signIn("Amina Haddad", { phone: true });
    const tasks = await startByChoosingArea(page, potId, expectNoViolations);
    let checked = false;
    await answerEveryPart(page, tasks, async (part) => {
      if (checked) return;
      checked = true;
      await expectNoViolations(part);
    });
    await page.getByRole("link", { name: ar.tasks.checkAndSend }).click();
    await page.getByRole("heading", { level: 1, name: ar.check.title }).waitFor();
    await expectNoViolations(page);
    await page.getByRole("button", { name: ar.check.send }).click();
    await page.getByRole("heading", { level: 1, name: ar.sent.title }).waitFor();
    await expectNoViolations(page);
  });
});
