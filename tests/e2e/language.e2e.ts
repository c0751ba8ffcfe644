import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";

const { newPage } = useBrowser();

/** The switcher, found by its form rather than its words, which change with the language. */
function switcher(page: Page) {
  const form = page.locator('form[action="/language"]');
  return {
    select: form.locator('select[name="locale"]'),
    submit: form.locator('button[type="submit"]'),
  };
}

async function htmlLanguage(page: Page) {
  const html = page.locator("html");
  return { lang: await html.getAttribute("lang"), dir: await html.getAttribute("dir") };
}

/** Waits (polling, no fixed delay) until the reloaded document is in the given language. */
async function waitForLanguage(page: Page, lang: string) {
  await expect
    .poll(() => page.locator("html").getAttribute("lang"), { timeout: 15_000 })
    .toBe(lang);
  await page.waitForLoadState("load");
}

/** Chooses a language with the header switcher and waits for the page to reload in it. */
async function chooseLanguage(page: Page, locale: string) {
  const { select, submit } = switcher(page);
  await select.selectOption(locale);
  await submit.click();
  await waitForLanguage(page, locale);
}

describe("choosing a language", () => {
  it("switches the page to right-to-left Arabic, remembers it, and switches back to English", async () => {
    const page = await newPage("/");
    expect(await htmlLanguage(page)).toEqual({ lang: "en", dir: "ltr" });

    const { select } = switcher(page);
    await page.getByLabel("Language").selectOption("ar");
    await page.getByRole("button", { name: "Change", exact: true }).click();
    await waitForLanguage(page, "ar");

    expect(await htmlLanguage(page)).toEqual({ lang: "ar", dir: "rtl" });
    expect(new URL(page.url()).pathname).toBe("/");
    expect(await select.inputValue()).toBe("ar");

    // The next page she opens is still in Arabic.
    await page.goto("/sign-in");
    expect(await htmlLanguage(page)).toEqual({ lang: "ar", dir: "rtl" });
    expect(await select.inputValue()).toBe("ar");

    await chooseLanguage(page, "en");
    expect(await htmlLanguage(page)).toEqual({ lang: "en", dir: "ltr" });
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();

    await page.goto("/");
    expect(await htmlLanguage(page)).toEqual({ lang: "en", dir: "ltr" });
  });

  it("works without JavaScript", async () => {
    const page = await newPage("/sign-in", { javaScript: false });
    expect(await htmlLanguage(page)).toEqual({ lang: "en", dir: "ltr" });

    await chooseLanguage(page, "ar");
    expect(await htmlLanguage(page)).toEqual({ lang: "ar", dir: "rtl" });
    expect(new URL(page.url()).pathname).toBe("/sign-in");

    await page.goto("/");
    expect(await htmlLanguage(page)).toEqual({ lang: "ar", dir: "rtl" });

    await chooseLanguage(page, "en");
    expect(await htmlLanguage(page)).toEqual({ lang: "en", dir: "ltr" });
    await page.getByRole("button", { name: "Change", exact: true }).waitFor();
  });

  it("opens a shared ?lng=fa link in right-to-left Persian", async () => {
    const page = await newPage("/?lng=fa");
    expect(await htmlLanguage(page)).toEqual({ lang: "fa", dir: "rtl" });
    expect(await switcher(page).select.inputValue()).toBe("fa");
  });
});
