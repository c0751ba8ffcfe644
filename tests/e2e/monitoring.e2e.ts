import { join } from "node:path";
import { tmpdir } from "node:os";
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import arMonitoring from "../../app/locales/ar/monitoring.json";
import esMsc from "../../app/locales/es/msc.json";
import esOutcomes from "../../app/locales/es/outcomes.json";
import ukMonitoring from "../../app/locales/uk/monitoring.json";
import { useBrowser, type PageOptions } from "./browser";
import { accessibilityProblems, textProblems, type Language } from "./support/page-checks";

/**
 * Monitoring as the people who do it: Olena (Ukrainian Women's Association, whose demo grant is
 * active with two check-ins) sends one check-in from her phone with JavaScript off and the
 * other with it on; Tomás, the programme officer, reads it in Spanish, tags it with a theme,
 * highlights the story and finds it counted in the outcome views and on the story wall. Then
 * axe and the page checks on every new page, the group's pages and the outcomes in Arabic.
 */

const { newPage } = useBrowser();

// SCREENSHOTS_DIR=<folder> keeps them somewhere of your choosing.
const shots = process.env.SCREENSHOTS_DIR ?? join(tmpdir(), "withfund-screenshots");

async function signIn(name: string, options: PageOptions = {}) {
  const page = await newPage("/", options);
  await page.getByRole("button", { name: `Sign in as ${name}` }).click();
  await page.waitForURL((url) => url.pathname === "/my");
  return page;
}

/** axe, then the text checks: language and direction, raw keys, English left, sideways scroll. */
async function expectGoodPage(page: Page, language: Language) {
  await page.waitForLoadState("load");
  const problems = [
    ...(await accessibilityProblems(page)),
    ...(await textProblems(page, language)),
  ];
  expect(problems, `on ${page.url()}:\n${problems.join("\n")}`).toEqual([]);
}

/** The header's language switcher, found by its form rather than its words. */
async function chooseLanguage(page: Page, locale: string) {
  const form = page.locator('form[action="/language"]');
  await form.locator('select[name="locale"]').selectOption(locale);
  await form.locator('button[type="submit"]').click();
  await expect
    .poll(() => page.locator("html").getAttribute("lang"), { timeout: 15_000 })
    .toBe(locale);
  await page.waitForLoadState("load");
}

async function screenshot(page: Page, name: string) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

/** From "my work", the way to her group's (first) grant: the grants link, then the grant. */
async function openGrant(page: Page) {
  await page.goto("/my");
  await page.locator('a[href="/grants"]').first().click();
  await page.waitForURL((url) => url.pathname === "/grants");
  await page.locator('main a[href^="/grants/"]').first().click();
  await page.waitForURL((url) => /^\/grants\/[^/]+$/.test(url.pathname));
  return new URL(page.url()).pathname;
}

/** Opens the grant's check-in at `index` (0 = the first) from the grant page. */
async function openCheckIn(page: Page, index: number) {
  await openGrant(page);
  await page.locator('main a[href*="/check-ins/"]').nth(index).click();
  await page.waitForURL((url) => /^\/grants\/[^/]+\/check-ins\/[^/]+$/.test(url.pathname));
  return new URL(page.url()).pathname;
}

/**
 * A small photo as a phone takes it: a JPEG carrying EXIF with a GPS position (Kyiv). The GPS
 * IFD is pointed to by tag 0x8825, written little-endian in the EXIF block.
 */
async function photoWithLocation() {
  const bytes = await sharp({
    create: { width: 96, height: 64, channels: 3, background: "#3a7bd5" },
  })
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneMaker" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "50/1 27/1 0/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "30/1 31/1 0/1",
      },
    })
    .toBuffer();
  const exif = (await sharp(bytes).metadata()).exif;
  expect(exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);
  return { name: "zustrich.jpg", mimeType: "image/jpeg", buffer: bytes };
}

const story = {
  whatHappened: "Ми провели вісім зустрічей розмовного клубу англійською для жінок.",
  change: "Оксана вперше сама записалася до лікаря телефоном, англійською.",
  changeFor: "Жінка, яка приєдналася до нас навесні.",
  whyItMatters: "Тепер вона не чекає на доньку, щоб піти до лікаря.",
  quote: "«Я більше не боюся дзвонити»",
  hard: "Важко було знайти приміщення на вечір.",
  learned: "Наступного разу почнемо з коротших зустрічей.",
};

/** The check-in Olena sent with JavaScript off, which Tomás then reads. */
let sentCheckIn = "";

async function fill(page: Page, answers: Partial<typeof story>) {
  for (const [name, text] of Object.entries(answers)) {
    await page.locator(`[name="${name}"]`).fill(text);
  }
}

describe("a group's check-in, in Ukrainian on a phone", () => {
  it("is filled in with a photo and consent, checked and sent with JavaScript off", async () => {
    const page = await signIn("Olena Kovalenko", { phone: true, javaScript: false });
    const here = await openCheckIn(page, 0);
    expect(await page.locator("html").getAttribute("lang")).toBe("uk");
    await page.getByRole("button", { name: ukMonitoring.form.continue }).waitFor();

    // A photo without saying how far it may be shared: an error by that question, nothing lost.
    await fill(page, story);
    await page.locator('[name="photo"]').setInputFiles(await photoWithLocation());
    await page.locator('[name="newPhotoCaption"]').fill("Розмовний клуб у бібліотеці");
    await page.getByRole("button", { name: ukMonitoring.form.continue }).click();
    await page.locator(".error-summary").waitFor();
    const consentField = page
      .locator("fieldset")
      .filter({ hasText: ukMonitoring.form.photos.newConsent });
    expect(await consentField.innerText()).toContain(ukMonitoring.form.errors.photoConsent);
    expect(await page.locator(".error-summary").innerText()).toContain(
      ukMonitoring.form.errors.photoConsent,
    );
    for (const [name, text] of Object.entries(story))
      expect(await page.locator(`[name="${name}"]`).inputValue()).toBe(text);

    // With the consent chosen, the photo is kept.
    await page.locator('[name="photo"]').setInputFiles(await photoWithLocation());
    await page.locator('[name="newPhotoCaption"]').fill("Розмовний клуб у бібліотеці");
    await page.locator('[name="newPhotoConsent"][value="FUNDER_REPORTS"]').check();
    await page.getByRole("button", { name: ukMonitoring.form.continue }).click();

    // She left out how far the story may be shared: checking says so, and leads to the question.
    await page.waitForURL((url) => url.pathname === `${here}/check`);
    const missing = page.locator(".error-summary");
    expect(await missing.innerText()).toContain(ukMonitoring.form.errors.storyConsent);
    expect(await page.getByRole("button", { name: ukMonitoring.check.send }).count()).toBe(0);
    await missing.getByRole("link", { name: ukMonitoring.form.errors.storyConsent }).click();
    await page.waitForURL((url) => url.pathname === here);
    expect(await page.locator('[name="change"]').inputValue()).toBe(story.change);

    // The photo kept no trace of where it was taken.
    const photo = page.locator(".check-in-photo img").first();
    const src = await photo.getAttribute("src");
    expect(src).toBeTruthy();
    const stored = await page.request.get(new URL(src ?? "", page.url()).href);
    expect(stored.ok()).toBe(true);
    const metadata = await sharp(await stored.body()).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(await photo.getAttribute("alt")).toBe("Розмовний клуб у бібліотеці");

    await page.locator('[name="storyConsent"][value="PUBLIC"]').check();
    await page.getByRole("button", { name: ukMonitoring.form.continue }).click();
    await page.waitForURL((url) => url.pathname === `${here}/check`);
    const answers = await page.locator("main").innerText();
    expect(answers).toContain(story.change);
    expect(answers).toContain(ukMonitoring.consent.PUBLIC);
    await page.getByRole("button", { name: ukMonitoring.check.send }).click();

    await page.waitForURL((url) => url.pathname === here);
    await page.getByRole("status").filter({ hasText: ukMonitoring.notice.sent }).waitFor();
    expect(await page.locator("main").innerText()).toContain(ukMonitoring.sent.on);
    expect(await page.locator('[name="whatHappened"]').count()).toBe(0);

    // On her grant page the check-in now shows as sent.
    await openGrant(page);
    const row = page.locator(`main li:has(a[href="${here}"])`);
    expect(await row.innerText()).toMatch(/Надіслано/);
    sentCheckIn = here;
  });

  it("saves by itself and is sent with JavaScript on", async () => {
    const page = await signIn("Olena Kovalenko", { phone: true });
    const here = await openCheckIn(page, 1);
    await page.locator(`form[action="${here}"]`).waitFor();

    await page.locator('[name="whatHappened"]').fill("Ми відкрили другу групу для мам із дітьми.");
    const status = page.locator(".applying-autosave");
    await expect.poll(() => status.innerText(), { timeout: 15_000 }).not.toBe("");
    await expect.poll(() => status.getAttribute("class"), { timeout: 15_000 }).toContain("--saved");
    await page.reload();
    expect(await page.locator('[name="whatHappened"]').inputValue()).toBe(
      "Ми відкрили другу групу для мам із дітьми.",
    );

    await page
      .locator('[name="change"]')
      .fill("Мами познайомилися між собою і тепер допомагають одна одній.");
    await page.locator('[name="storyConsent"][value="FUNDER_REPORTS"]').check();
    await page.getByRole("button", { name: ukMonitoring.form.continue }).click();
    await page.waitForURL((url) => url.pathname === `${here}/check`);
    await page.getByRole("button", { name: ukMonitoring.check.send }).click();
    await page.getByRole("status").filter({ hasText: ukMonitoring.notice.sent }).waitFor();
    expect(new URL(page.url()).pathname).toBe(here);
  });
});

/** The "total" cell of a theme's row in the first (over time) table of the outcome views. */
async function themeTotal(page: Page, theme: string): Promise<number> {
  const row = page
    .locator("table")
    .first()
    .locator("tr")
    .filter({ has: page.getByRole("rowheader", { name: theme, exact: true }) });
  if ((await row.count()) === 0) return 0;
  return Number((await row.locator("td").last().innerText()).replace(/\D/g, ""));
}

async function openFunder(page: Page) {
  await page.locator('a[href^="/fund/"]').first().click();
  await page.waitForURL((url) => /^\/fund\/[^/]+$/.test(url.pathname));
  return new URL(page.url()).pathname;
}

describe("a programme officer codes the check-in", () => {
  it("tags it with a theme, highlights it, and finds it in the outcome views and on the story wall", async () => {
    expect(sentCheckIn, "the first test sends the check-in").not.toBe("");
    const checkInId = sentCheckIn.split("/").pop();
    const page = await signIn("Tomás Ruiz");
    const funder = await openFunder(page);

    await page.getByRole("link", { name: esOutcomes.views.title }).click();
    await page.getByRole("heading", { level: 1, name: esOutcomes.views.title }).waitFor();
    const before = await themeTotal(page, "Confianza");

    await page.goto(funder);
    await page.getByRole("link", { name: esOutcomes.reading.listLink }).click();
    await page.locator(`a[href="${funder}/check-ins/${checkInId}"]`).click();
    await page.getByText(story.change).first().waitFor();

    await page.getByLabel("Confianza", { exact: true }).check();
    await page.getByRole("button", { name: esOutcomes.reading.saveThemes }).click();
    await page.getByText(esOutcomes.reading.notices.tagged).waitFor();

    await page.getByLabel(esOutcomes.reading.highlightStory).check();
    await page.getByLabel(esOutcomes.reading.highlightQuote).check();
    await page.getByRole("button", { name: esOutcomes.reading.saveHighlights }).click();
    await page.getByText(esOutcomes.reading.notices.highlighted).waitFor();

    await page.goto(funder);
    await page.getByRole("link", { name: esOutcomes.views.title }).click();
    await page.getByRole("heading", { level: 1, name: esOutcomes.views.title }).waitFor();
    expect(await themeTotal(page, "Confianza")).toBe(before + 1);

    await page.getByRole("link", { name: esOutcomes.views.links.stories }).click();
    await page.waitForURL((url) => url.pathname.endsWith("/outcomes/stories"));
    await page.getByRole("heading", { level: 1, name: esOutcomes.stories.title }).waitFor();
    const wall = await page.locator("main").innerText();
    expect(wall).toContain(story.change);
    expect(wall).toContain(story.quote);
    // The photo was shared for the funder's reports, so it shows with its story.
    await page.locator('main img[alt="Розмовний клуб у бібліотеці"]').first().waitFor();
  });
});

/** Follows a link found by where it goes, then waits for that address. */
async function follow(page: Page, selector: string, path: (pathname: string) => boolean) {
  await page.locator(selector).first().click();
  await page.waitForURL((url) => path(url.pathname));
  // With JavaScript the address changes as the new page is drawn and its catalog fetched.
  await page.waitForLoadState("networkidle");
}

/** The 390 px Arabic and 1280 px desktop pictures of a page, into the screenshots folder. */
async function bothScreenshots(page: Page, name: string) {
  const size = page.viewportSize();
  await screenshot(page, `${name}-390-ar`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, `${name}-1280-ar`);
  if (size) await page.setViewportSize(size);
}

describe("the new pages have no accessibility problems", () => {
  it("for a group, in Arabic on a phone: grants, a grant, accepting, a check-in from form to sent", async () => {
    const page = await signIn("Amina Haddad", { phone: true });
    await page.locator('a[href="/grants"]').first().click();
    await page.waitForURL((url) => url.pathname === "/grants");
    await expectGoodPage(page, "ar");
    await follow(page, 'main a[href^="/grants/"]', (path) => /^\/grants\/[^/]+$/.test(path));
    const grant = new URL(page.url()).pathname;
    await expectGoodPage(page, "ar");

    // Her group's grant is offered: she reads the conditions and accepts them.
    await follow(page, `main a[href="${grant}/accept"]`, (path) => path === `${grant}/accept`);
    await expectGoodPage(page, "ar");
    await page.locator("#field-agree").check();
    await page.locator('main form[method="post"] button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === grant);
    await page.locator('main a[href*="/check-ins/"]').first().waitFor();
    await expectGoodPage(page, "ar");
    await bothScreenshots(page, "grant-page");

    await follow(page, 'main a[href*="/check-ins/"]', (path) => path.includes("/check-ins/"));
    const here = new URL(page.url()).pathname;
    await page.locator(`form[action="${here}"]`).waitFor();
    await expectGoodPage(page, "ar");
    await bothScreenshots(page, "check-in-form");

    await page.locator('[name="whatHappened"]').fill("التقينا كل أسبوع في المكتبة.");
    await page.locator('[name="change"]').fill("صارت سعاد تتكلم في الاجتماعات بثقة.");
    await page.locator('[name="storyConsent"][value="FUNDER_ONLY"]').check();
    await page.getByRole("button", { name: arMonitoring.form.continue }).click();
    await page.waitForURL((url) => url.pathname === `${here}/check`);
    await page.getByRole("button", { name: arMonitoring.check.send }).waitFor();
    await expectGoodPage(page, "ar");
    await page.getByRole("button", { name: arMonitoring.check.send }).click();
    await page.getByRole("status").filter({ hasText: arMonitoring.notice.sent }).waitFor();
    await expectGoodPage(page, "ar");

    // The anonymous survey about applying and reporting, from her grant.
    await page.goto(grant);
    await follow(page, `main a[href="${grant}/survey"]`, (path) => path === `${grant}/survey`);
    await expectGoodPage(page, "ar");
  });

  it("for a programme officer (Spanish): grants, check-in dates, a conversation, the round's monitoring, themes, check-ins, outcomes and exports", async () => {
    const page = await signIn("Tomás Ruiz");
    const funder = await openFunder(page);

    await follow(page, `main a[href="${funder}/grants"]`, (path) => path === `${funder}/grants`);
    await expectGoodPage(page, "es");
    await follow(page, `main a[href^="${funder}/grants/"]`, (path) =>
      /\/grants\/[^/]+$/.test(path),
    );
    await expectGoodPage(page, "es");
    const grant = new URL(page.url()).pathname;
    await follow(
      page,
      `main a[href="${grant}/check-ins"]`,
      (path) => path === `${grant}/check-ins`,
    );
    await expectGoodPage(page, "es");
    await follow(page, `main a[href="${grant}/conversations/new"]`, (path) =>
      path.endsWith("/conversations/new"),
    );
    await expectGoodPage(page, "es");

    await page.goto(funder);
    await follow(page, `main a[href="${funder}/themes"]`, (path) => path === `${funder}/themes`);
    await expectGoodPage(page, "es");
    await follow(page, `main a[href^="${funder}/themes/"]`, (path) =>
      /\/themes\/[^/]+$/.test(path),
    );
    await expectGoodPage(page, "es");

    await page.goto(funder);
    await follow(
      page,
      `main a[href="${funder}/check-ins"]`,
      (path) => path === `${funder}/check-ins`,
    );
    await expectGoodPage(page, "es");
    await follow(page, `main a[href^="${funder}/check-ins/"]`, (path) =>
      /\/check-ins\/[^/]+$/.test(path),
    );
    await expectGoodPage(page, "es");

    await page.goto(funder);
    await follow(
      page,
      `main a[href="${funder}/outcomes"]`,
      (path) => path === `${funder}/outcomes`,
    );
    await expectGoodPage(page, "es");
    await follow(page, `main a[href^="${funder}/outcomes/stories"]`, (path) =>
      path.endsWith("/outcomes/stories"),
    );
    await expectGoodPage(page, "es");
    await page.goBack();
    await follow(page, `main a[href^="${funder}/outcomes/summary"]`, (path) =>
      path.endsWith("/outcomes/summary"),
    );
    await expectGoodPage(page, "es");

    await page.goto(funder);
    await follow(page, `main a[href="${funder}/exports"]`, (path) => path === `${funder}/exports`);
    await expectGoodPage(page, "es");
    await follow(page, 'main a[href$="/open-data"]', (path) => path.endsWith("/open-data"));
    await expectGoodPage(page, "es");

    await page.goto(funder);
    await page.locator('main a[href*="/rounds/"]').filter({ hasText: "2026" }).first().click();
    await page.waitForURL((url) => /\/rounds\/[^/]+$/.test(url.pathname));
    const round = new URL(page.url()).pathname;
    await follow(page, `main a[href="${round}/monitoring"]`, (path) =>
      path.endsWith("/monitoring"),
    );
    await expectGoodPage(page, "es");
    await page.goto(round);
    await follow(page, `main a[href="${round}/msc"]`, (path) => path.endsWith("/msc"));
    await expectGoodPage(page, "es");
    // Most Significant Change on, with its three domains of change, so the panel has stories.
    for (const domain of ["Confidence and voice", "Friends and neighbours", "Getting help"]) {
      await page.locator('input[name^="name"][lang="en"]').fill(domain);
      await page.getByRole("button", { name: esMsc.domains.add }).click();
      await page.getByRole("listitem").filter({ hasText: domain }).first().waitFor();
    }
    await page.getByRole("button", { name: esMsc.domains.switchOn }).click();
    await page.getByText(esMsc.domains.isOn).waitFor();
    await expectGoodPage(page, "es");
    await page.goto(round);
    await follow(page, `main a[href="${round}/survey"]`, (path) => path.endsWith("/survey"));
    await expectGoodPage(page, "es");

    // Last year's round, where enough groups answered the survey for its results to show.
    const scheme = round.split("/rounds/")[0]!;
    await follow(page, `a[href="${scheme}"]`, (path) => path === scheme);
    await page.locator('main a[href*="/rounds/"]').filter({ hasText: "2025" }).first().click();
    await page.waitForURL((url) => /\/rounds\/[^/]+$/.test(url.pathname) && url.pathname !== round);
    const lastRound = new URL(page.url()).pathname;
    await follow(page, `main a[href="${lastRound}/survey"]`, (path) => path.endsWith("/survey"));
    await page.locator("main table").first().waitFor();
    await expectGoodPage(page, "es");
  });

  it("for the panel chair (Persian): the stories of change the panel chooses from", async () => {
    const page = await signIn("Nadia Rahimi");
    await page.goto("/panels");
    await page.getByRole("link", { name: "2026 review panel" }).click();
    await follow(page, 'main a[href$="/stories"]', (path) => path.endsWith("/stories"));
    await expectGoodPage(page, "fa");
  });

  it("for a funder admin reading Arabic: the outcome views with their charts, and the story wall", async () => {
    const page = await signIn("Grace Okafor", { phone: true });
    await chooseLanguage(page, "ar");
    const funder = await openFunder(page);
    await follow(
      page,
      `main a[href="${funder}/outcomes"]`,
      (path) => path === `${funder}/outcomes`,
    );
    await page.locator('main svg[role="img"]').first().waitFor();
    await expectGoodPage(page, "ar");
    await bothScreenshots(page, "outcomes");
    await follow(page, `main a[href^="${funder}/outcomes/stories"]`, (path) =>
      path.endsWith("/outcomes/stories"),
    );
    await expectGoodPage(page, "ar");
    await bothScreenshots(page, "story-wall");
    await page.goBack();
    await follow(page, `main a[href^="${funder}/outcomes/summary"]`, (path) =>
      path.endsWith("/outcomes/summary"),
    );
    await expectGoodPage(page, "ar");
  });
});
