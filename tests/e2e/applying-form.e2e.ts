import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import arForm from "../../app/locales/ar/forms.json";
import ar from "../../app/locales/ar/applications.json";
import arCommon from "../../app/locales/ar/common.json";
import { useBrowser, type PageOptions } from "./browser";

/**
 * How the answer form behaves under Amina's fingers, in Arabic on her phone: problems are
 * found when she submits and stay put until she submits again, the budget reads amounts the
 * way the server does and marks only the lines at fault, the file control speaks her
 * language with and without JavaScript, and check your answers names what is left to do.
 * Each test works on the draft the demo data gives her (demo pot for local migrant women's
 * groups), setting up the part it needs itself.
 */

const { newPage } = useBrowser();

async function signIn(name: string, options: PageOptions) {
  const page = await newPage("/?lng=ar", options);
  await page.getByRole("button", { name: new RegExp(name) }).click();
  await page.waitForURL((url) => url.pathname === "/my");
  return page;
}

/**
 * The task list of Amina's draft from the demo data, found by its pot: other browser tests
 * start and send newer applications of hers, which the list shows first.
 */
async function draftOf(page: Page) {
  await page.goto("/applications?lng=ar");
  const draft = page.locator("main li").filter({ hasText: "مجموعات النساء المهاجرات المحلية" });
  const link = draft.locator('a[href^="/applications/"]').first();
  if ((await link.count()) === 0)
    throw new Error(
      `Amina has no draft in the demo data:\n${await page.locator("main").innerText()}`,
    );
  return (await link.getAttribute("href"))!;
}

async function openPart(page: Page, tasks: string, sectionId: string) {
  const path = `${tasks}/sections/${sectionId}`;
  await page.goto(path);
  await page.locator(`form[action="${path}"]`).waitFor();
  return path;
}

/** Where an element is on the page (not the screen), so a scroll does not count as a move. */
const pageTop = (locator: Locator) =>
  locator.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);

const saveAndContinue = (page: Page) =>
  page.getByRole("button", { name: ar.section.saveAndContinue }).click();

/** A WAV file with no sound in it: enough for the server to recognise a recording. */
function silentWav() {
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36, 4);
  header.write("WAVE", 8);
  header.write("fmt ", 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write("data", 36);
  header.writeUInt32LE(0, 40);
  return header;
}

describe("the answer form, in Arabic on a phone", () => {
  it("keeps the error summary and every error until she submits again, and moves nothing while she answers", async () => {
    const page = await signIn("Amina Haddad", { phone: true });
    const tasks = await draftOf(page);
    await openPart(page, tasks, "your-project");
    await page.locator('[name="q.project-what"]').fill("");

    await saveAndContinue(page);
    const summary = page.locator(".error-summary");
    await summary.waitFor();
    // Focus goes to the list of problems, as it would after a page load.
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains("error-summary")),
    ).toBe(true);
    const problems = await summary.innerText();
    const errorsShown = await page.locator(".field__error").count();
    expect(errorsShown).toBeGreaterThan(0);

    const no = page.locator('[name="q.project-children"][value="no"]');
    const save = page.getByRole("button", { name: ar.section.saveAndContinue });
    const before = { no: await pageTop(no), save: await pageTop(save) };
    // Answering, leaving a question and choosing checks nothing yet: the page stays as it was.
    await page.locator('[name="q.project-what"]').fill("دروس طبخ كل أسبوع.");
    await page.keyboard.press("Tab");
    await no.check();
    await page.waitForTimeout(500);
    expect(await summary.innerText()).toBe(problems);
    expect(await page.locator(".field__error").count()).toBe(errorsShown);
    expect(await pageTop(no)).toBe(before.no);
    expect(await pageTop(save)).toBe(before.save);

    // The next submit checks again; now everything is answered and she moves on.
    await saveAndContinue(page);
    await page.waitForURL((url) => !url.pathname.endsWith("/your-project"));
  });

  it("reads 1.500,50 as the server does and marks only the budget line at fault", async () => {
    const page = await signIn("Amina Haddad", { phone: true });
    const tasks = await draftOf(page);
    await openPart(page, tasks, "budget");
    const items = page.locator('input[name$=".item"]');
    const amounts = page.locator('input[name$=".amount"]');
    for (let row = 0; row < (await items.count()); row++) {
      await items.nth(row).fill("");
      await amounts.nth(row).fill("");
    }
    const save = page.getByRole("button", { name: ar.section.saveAndContinue });
    const saveTop = await pageTop(save);
    await items.nth(0).fill("إيجار القاعة");
    await amounts.nth(0).fill("1.500,50");
    // The first amount read fills in the total; the button below stays where it was.
    await page.keyboard.press("Tab");
    await page.waitForTimeout(300);
    expect(await pageTop(save)).toBe(saveTop);
    await items.nth(1).fill("طعام");
    await amounts.nth(1).fill("٨٠٠");
    await items.nth(2).fill("رعاية الأطفال");

    await saveAndContinue(page);
    await page.locator(".error-summary").waitFor();
    expect(await page.locator(".error-summary").innerText()).toContain("رعاية الأطفال");
    // Only the amount that is missing is outlined; the empty lines offered below are not.
    const marked = await page
      .locator('.appform-budget input[aria-invalid="true"]')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name));
    expect(marked).toEqual(["q.budget-items.2.amount"]);
    // The browser read "1.500,50" as fifteen hundred and fifty cents, as the server will.
    expect(await page.locator(".appform-budget tfoot output").innerText()).toMatch(
      /2[,.٬]?300[.,٫]50|٢٬?٣٠٠٫٥٠/,
    );

    await amounts.nth(2).fill("٣٠٠");
    await saveAndContinue(page);
    await page.waitForURL((url) => !url.pathname.endsWith("/budget"));
    await page.goto(tasks);
    const budgetTask = page
      .locator(".applying-tasks li")
      .filter({ has: page.locator(`a[href$="/sections/budget"]`) });
    expect(await budgetTask.locator(".applying-tag--complete").count()).toBe(1);
  });

  it("shows the file control in Arabic, with a visible keyboard focus and the chosen file's name", async () => {
    const page = await signIn("Amina Haddad", { phone: true });
    const tasks = await draftOf(page);
    await openPart(page, tasks, "your-project");
    const input = page.locator('input[type="file"]').first();
    const button = page.locator(".file-input__button").first();
    expect(await button.innerText()).toBe(arCommon.fileInput.choose);
    // The browser's own English words are nowhere on the page.
    expect(await page.locator("main").innerText()).not.toMatch(/Choose File|No file chosen/);
    // Screen readers still meet the input itself, named by its question.
    const labels = await input.evaluate((element) =>
      [...((element as HTMLInputElement).labels ?? [])].map((label) => label.textContent ?? ""),
    );
    expect(labels.some((label) => label.includes(arForm.field.recordingLabel))).toBe(true);

    // Reached from the question above with the keyboard, the button shows the focus.
    await page.locator('[name="q.project-what"]').focus();
    await page.keyboard.press("Tab");
    expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
    const outline = await button.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe("none");

    await input.setInputFiles({ name: "تسجيل.wav", mimeType: "audio/wav", buffer: silentWav() });
    expect(await page.locator(".file-input__chosen").first().innerText()).toContain("تسجيل.wav");

    // Autosave sends what she typed but never the file, nor anything pretending to be it.
    await page.locator('[name="q.project-what"]').fill("دروس طبخ وخياطة كل أسبوع.");
    await expect
      .poll(() => page.locator(".applying-autosave").innerText(), { timeout: 15_000 })
      .toMatch(new RegExp(ar.autosave.saved.replace("{{time}}", ".+")));
    await page.reload();
    expect(await page.locator('[id$="-recording-hint"]').innerText()).toBe(
      arForm.field.recordingHint,
    );
  });

  it("sends a chosen file without JavaScript, from the translated control", async () => {
    const page = await signIn("Amina Haddad", { phone: true, javaScript: false });
    const tasks = await draftOf(page);
    await openPart(page, tasks, "your-project");
    expect(await page.locator(".file-input__button").first().innerText()).toBe(
      arCommon.fileInput.choose,
    );
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({ name: "تسجيل.wav", mimeType: "audio/wav", buffer: silentWav() });
    await page.getByRole("button", { name: ar.section.saveForLater }).click();
    await page.waitForURL((url) => url.pathname === tasks);
    await openPart(page, tasks, "your-project");
    expect(await page.locator(".applying-files").innerText()).toContain("تسجيل.wav");
  });

  it("names each unfinished part on check your answers, with a link that shows what is missing", async () => {
    const page = await signIn("Amina Haddad", { phone: true });
    const tasks = await draftOf(page);
    await page.goto(`${tasks}/check`);
    await page.getByRole("heading", { level: 1, name: ar.check.title }).waitFor();
    const list = page.getByRole("region", { name: ar.check.incompleteTitle });
    const links = list.getByRole("link");
    expect(await links.count()).toBeGreaterThan(0);
    const first = await links.first().innerText();
    await links.first().click();
    await page.waitForURL((url) => url.pathname.includes("/sections/"));
    await page.getByRole("heading", { level: 1, name: first }).waitFor();
    await page.locator(".error-summary").waitFor();
  });
});
