import { afterAll, afterEach, beforeAll, inject } from "vitest";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export type PageOptions = {
  /** A phone-sized window (390×844, touch, mobile user agent behaviour). */
  phone?: boolean;
  /** Set to false to browse with JavaScript turned off. */
  javaScript?: boolean;
};

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** The address of the server started by global-setup.ts. */
export function baseUrl(): string {
  return inject("baseUrl");
}

/**
 * Launches Chromium once for the calling test file and closes it afterwards. Every page comes
 * in its own browser context (fresh cookies), closed after each test.
 */
export function useBrowser() {
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: chromiumArgs,
    });
  });

  afterEach(async () => {
    const open = contexts;
    contexts = [];
    await Promise.all(open.map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function newContext(options: PageOptions = {}): Promise<BrowserContext> {
    if (!browser)
      throw new Error("useBrowser(): Chromium is not running; call newPage() inside a test.");
    const context = await browser.newContext({
      baseURL: baseUrl(),
      javaScriptEnabled: options.javaScript ?? true,
      locale: "en-GB",
      ...(options.phone
        ? {
            viewport: { width: 390, height: 844 },
            deviceScaleFactor: 3,
            isMobile: true,
            hasTouch: true,
          }
        : { viewport: { width: 1280, height: 900 } }),
    });
    contexts.push(context);
    return context;
  }

  /** A fresh page in a fresh context; pass a path to open it straight away. */
  async function newPage(path?: string, options: PageOptions = {}): Promise<Page> {
    const context = await newContext(options);
    const page = await context.newPage();
    if (path !== undefined) await page.goto(path);
    return page;
  }

  return { newContext, newPage };
}

/**
 * Reads the newest sign-in code sent to `email` from the demo mailbox, in a separate tab of the
 * same browser context (so the page under test keeps its state).
 */
export async function signInCodeFor(
  context: BrowserContext,
  email: string,
  /** The start of the email's subject in the person's language. */
  subject = "Your Withfund code",
): Promise<string> {
  const mailbox = await context.newPage();
  try {
    await mailbox.goto("/dev/mailbox");
    const row = mailbox.getByRole("row").filter({ hasText: email }).first();
    await row.getByRole("link", { name: subject }).click();
    const text = await mailbox.getByTestId("email-text").innerText();
    const code = /^\s*(\d{6})\s*$/m.exec(text)?.[1];
    if (!code) throw new Error(`No 6-digit sign-in code in the email to ${email}:\n${text}`);
    return code;
  } finally {
    await mailbox.close();
  }
}
