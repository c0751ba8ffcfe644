import { appendFileSync } from "node:fs";
import { chromium, type Browser, type Page, type Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, chromiumArgs } from "./browser";
import {
  accessibilityProblems,
  languages,
  showServerPage,
  textProblems,
  type Language,
} from "./support/page-checks";

/**
 * Walks the app the way people do: for each kind of person and each language, from where they
 * land, following links by clicking them (client-side navigation with JavaScript on), pressing
 * back, changing language in the header halfway, and sending one main form with a mistake in
 * it. Every page reached is checked for raw keys, English on a page in another language, the
 * wrong lang/dir, sideways scroll on a 390 px phone, console errors and axe violations. All
 * problems of a walk are collected and reported together, page by page.
 *
 * WALK_FINDINGS=<file> appends every problem found to that file as well.
 */

/** Pages reached by following links, per walk; the form and the language change come on top. */
const linksPerWalk = 12;
const settleTimeout = 15_000;

type Walk = {
  page: Page;
  js: boolean;
  language: Language;
  problems: string[];
  /** Console errors and failed responses since the last check, with what the walk expects. */
  pending: string[];
  expectedStatus: number | null;
  shared: Shared;
};

/**
 * What the walks of one role share. axe takes most of a walk's time, so it runs once per kind
 * of page and text direction for the role (the walk without JavaScript adds the pages it alone
 * reaches, and the server's answer to the form); the text checks run on every page. `reached`
 * lists the kinds of page the role's walks have reached, so that each walk goes first where
 * the walks before it did not, and the six walks together cover more of the app.
 */
type Shared = { axed: Set<string>; reached: Set<string>; inspector?: Page };

type Role = {
  name: string;
  /** The demo person to sign in as, by the name the home page lists; none when signed out. */
  person: string | null;
  /** The person's own language, given back to her account after the walks change it. */
  ownLanguage?: Language;
  /** Sends the role's main form with a mistake, by clicking from wherever the walk is. */
  sendForm: (walk: Walk) => Promise<void>;
};

const roles: Role[] = [
  {
    name: "signed out",
    person: null,
    async sendForm(walk) {
      await clickLink(walk, (url) => url.pathname === "/sign-in");
      await submitExpectingErrors(walk, "main form[method=post] button[type=submit]");
    },
  },
  {
    name: "applicant group (Amina)",
    person: "Amina Haddad",
    ownLanguage: "ar",
    async sendForm(walk) {
      // My work lists her drafts first: other browser tests may have sent applications of hers.
      await clickLink(walk, (url) => url.pathname === "/my");
      await clickLink(walk, (url) => /^\/applications\/[^/]+$/.test(url.pathname));
      // Her draft leaves "Do you look after children?" unanswered in this part.
      await clickLink(walk, (url) => /\/sections\/your-project$/.test(url.pathname));
      await submitExpectingErrors(
        walk,
        'main form[method=post] button[type=submit][value="continue"]',
      );
      await clickLink(walk, (url) => /^\/applications\/[^/]+$/.test(url.pathname));
      await clickLink(walk, (url) => /\/sections\/budget$/.test(url.pathname));
    },
  },
  {
    name: "funder staff (Tomás)",
    person: "Tomás Ruiz",
    ownLanguage: "es",
    async sendForm(walk) {
      await clickLink(walk, (url) => url.pathname === "/my");
      await clickLink(walk, (url) => /^\/fund\/[^/]+$/.test(url.pathname));
      await clickLink(walk, (url) => /^\/fund\/[^/]+\/schemes\/(?!new$)[^/]+$/.test(url.pathname));
      await clickLink(walk, (url) => /\/rounds\/new$/.test(url.pathname));
      await submitExpectingErrors(walk, "main form[method=post] button[type=submit]");
    },
  },
  {
    name: "panel member (Nadia)",
    person: "Nadia Rahimi",
    ownLanguage: "fa",
    sendForm: tooShortPassword,
  },
  {
    name: "platform admin (Sam)",
    person: "Sam Admin",
    ownLanguage: "en",
    sendForm: tooShortPassword,
  },
];

async function tooShortPassword(walk: Walk) {
  await clickLink(walk, (url) => url.pathname === "/account");
  await submitExpectingErrors(walk, "main form:has(input[name=newPassword]) button[type=submit]");
}

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: chromiumArgs,
  });
});

afterAll(async () => {
  await browser?.close();
});

function pathOf(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}

function where(walk: Walk): string {
  return `${walk.js ? "js" : "no-js"} ${walk.language} ${pathOf(walk.page)}`;
}

/** Waits until the page is loaded and, with JavaScript, hydrated with no navigation pending. */
async function settle(walk: Walk) {
  await walk.page.waitForLoadState("load");
  if (!walk.js) return;
  await walk.page.waitForFunction(
    () => {
      type RouterState = {
        navigation: { state: string };
        revalidation: string;
        location: { pathname: string; search: string };
      };
      const router = (window as { __remixRouter?: { state: RouterState } }).__remixRouter;
      if (!router) return false;
      const { navigation, revalidation, location: shown } = router.state;
      // After the back button the address changes first and the router catches up.
      const current = shown.pathname === location.pathname && shown.search === location.search;
      return current && navigation.state === "idle" && revalidation === "idle";
    },
    undefined,
    { timeout: settleTimeout },
  );
  // Let React commit what the router has just handed it.
  await walk.page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/** Checks the page the walk is on and files every problem under its path and how it got there. */
async function check(walk: Walk, how: string) {
  await settle(walk);
  const found = [...walk.pending.splice(0), ...(await textProblems(walk.page, walk.language))];
  const sent = how === sentHow ? ` sent ${walk.js ? "js" : "no-js"}` : "";
  const axeKey = `${kindOf(pathOf(walk.page))} ${rightToLeft(walk.language) ? "rtl" : "ltr"}${sent}`;
  if (!walk.shared.axed.has(axeKey)) {
    walk.shared.axed.add(axeKey);
    found.push(...(await accessibilityProblems(await axePage(walk))));
  }
  for (const problem of found) walk.problems.push(`${where(walk)} (${how}): ${problem}`);
}

function watch(walk: Walk) {
  walk.page.on("console", (message) => {
    if (message.type() !== "error") return;
    const status = /status of (\d{3})/.exec(message.text())?.[1];
    if (status && Number(status) === walk.expectedStatus) return;
    walk.pending.push(`console error: ${message.text()}`);
  });
  walk.page.on("pageerror", (error) => walk.pending.push(`uncaught error: ${error.message}`));
  walk.page.on("response", (response: Response) => {
    const type = response.request().resourceType();
    if (response.status() < 400 || (type !== "document" && type !== "fetch")) return;
    if (response.status() === walk.expectedStatus) return;
    walk.pending.push(`HTTP ${response.status()} for ${new URL(response.url()).pathname}`);
  });
}

/** The in-app links worth following from this page, in page order. */
async function linksOn(walk: Walk): Promise<string[]> {
  const found = await walk.page.evaluate(() =>
    [...document.querySelectorAll("a[href]")].map((link) => ({
      href: (link as HTMLAnchorElement).href,
      download: link.hasAttribute("download"),
      newWindow: link.getAttribute("target") === "_blank",
    })),
  );
  const here = new URL(walk.page.url());
  return found.flatMap(({ href, download, newWindow }) => {
    const url = new URL(href);
    if (download || newWindow || url.origin !== here.origin) return [];
    if (url.pathname === here.pathname && url.search === here.search) return [];
    // Single emails of the mailbox, sign-out, and files are not pages to read.
    if (url.pathname.startsWith("/dev/mailbox/") || url.pathname.startsWith("/sign-out")) return [];
    if (/\/files\/|\.[a-z0-9]{2,4}$/i.test(url.pathname)) return [];
    // A link in another language (a form preview) is that page's own language, not the walk's.
    const lng = url.searchParams.get("lng");
    if (lng && lng !== walk.language) return [];
    return [`${url.pathname}${url.search}`];
  });
}

/** Clicks the first visible link the predicate accepts, unless the walk is there already. */
async function clickLink(walk: Walk, accept: (url: URL) => boolean): Promise<boolean> {
  if (accept(new URL(walk.page.url()))) return true;
  const links = await linksOn(walk);
  const target = links.find((link) => accept(new URL(link, walk.page.url())));
  if (!target) {
    walk.problems.push(`${where(walk)}: no link to follow for the main form step`);
    return false;
  }
  return follow(walk, target);
}

/** Clicks a visible link to `url` on the current page (client-side navigation with JavaScript). */
async function follow(walk: Walk, url: string): Promise<boolean> {
  const before = pathOf(walk.page);
  if (url === before) return false;
  const href = await walk.page.evaluate((target) => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>("a[href]")].filter((link) => {
      const resolved = new URL(link.href);
      const onPage = link.getAttribute("href")?.startsWith("#");
      return (
        !onPage &&
        `${resolved.pathname}${resolved.search}` === target &&
        link.getClientRects().length > 0
      );
    });
    return (links.find((link) => link.closest("main")) ?? links[0])?.getAttribute("href") ?? null;
  }, url);
  if (href === null) return false;
  const selector = `a[href="${href.replace(/["\\]/g, "\\$&")}"]`;
  const inMain = walk.page.locator(`main ${selector}`).filter({ visible: true });
  const link =
    (await inMain.count()) > 0
      ? inMain.first()
      : walk.page.locator(selector).filter({ visible: true }).first();
  await link.click({ timeout: settleTimeout });
  await walk.page.waitForURL((next) => `${next.pathname}${next.search}` !== before, {
    timeout: settleTimeout,
    waitUntil: "commit",
  });
  await check(walk, `clicked a link on ${before}`);
  return true;
}

const sentHow = "sent the form with a mistake";

async function submitExpectingErrors(walk: Walk, button: string) {
  const submit = walk.page.locator(button).first();
  if ((await submit.count()) === 0) {
    walk.problems.push(`${where(walk)}: no button ${button} to send the form`);
    return;
  }
  walk.expectedStatus = 400;
  try {
    await submit.click();
    const errors = walk.page.locator('.error-summary, [aria-invalid="true"]').first();
    await errors.waitFor({ timeout: settleTimeout }).catch(() => {
      walk.problems.push(`${where(walk)}: sending the form with a mistake showed no error`);
    });
    await check(walk, sentHow);
  } finally {
    walk.expectedStatus = null;
  }
}

/** Chooses a language with the header switcher, which reloads the page in it. */
async function switchLanguage(walk: Walk, language: Language) {
  const form = walk.page.locator('form[action="/language"]');
  await form.locator('select[name="locale"]').selectOption(language);
  await form.locator('button[type="submit"]').click();
  await walk.page.waitForFunction((lang) => document.documentElement.lang === lang, language, {
    timeout: settleTimeout,
  });
  walk.language = language;
  await check(walk, `chose ${language} in the header`);
}

function rightToLeft(language: Language) {
  return language === "ar" || language === "fa";
}

/** The page axe can run on: the walk's own, or the same HTML in a page with JavaScript. */
async function axePage(walk: Walk): Promise<Page> {
  if (walk.js) return walk.page;
  walk.shared.inspector ??= await (await newPhoneContext(true)).newPage();
  await showServerPage(walk.shared.inspector, walk.page);
  return walk.shared.inspector;
}

function newPhoneContext(js: boolean) {
  return browser!.newContext({
    baseURL: baseUrl(),
    javaScriptEnabled: js,
    locale: "en-GB",
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
  });
}

/** Where a path's ids are, so two pages of the same kind count as one kind. */
function kindOf(url: string): string {
  return new URL(url, "http://x").pathname.replace(/\/c[a-z0-9]{20,}(?=\/|$)/g, "/:id");
}

async function walkOnce(
  role: Role,
  language: Language,
  js: boolean,
  shared: Shared,
): Promise<string[]> {
  const context = await newPhoneContext(js);
  const page = await context.newPage();
  const walk: Walk = {
    page,
    js,
    language,
    problems: [],
    pending: [],
    expectedStatus: null,
    shared,
  };
  watch(walk);
  try {
    if (role.person) {
      await page.goto("/");
      await page
        .locator('form[action="/demo/sign-in"]')
        .filter({ hasText: role.person })
        .locator('button[type="submit"]')
        .click();
      await page.waitForURL((url) => url.pathname !== "/");
      await settle(walk);
      const landedIn = await page.locator("html").getAttribute("lang");
      if (landedIn === language) await check(walk, "signed in");
      else await switchLanguage(walk, language);
    } else {
      await page.goto(`/?lng=${language}`);
      await check(walk, "opened a shared link");
    }

    const visited = new Set([pathOf(page)]);
    const seenKinds = new Set([kindOf(pathOf(page))]);
    const queue: Array<{ url: string; from: string }> = [];
    const discover = async () => {
      const from = pathOf(page);
      for (const url of await linksOn(walk)) {
        if (!visited.has(url) && !queue.some((queued) => queued.url === url))
          queue.push({ url, from });
      }
    };
    await discover();

    let followed = 0;
    let previous: string | null = null;
    let wentBack = false;
    const switchAt = Math.ceil(linksPerWalk / 2);
    while (followed < linksPerWalk && queue.length > 0) {
      if (followed === switchAt && walk.language === language) {
        await switchLanguage(
          walk,
          languages[(languages.indexOf(language) + 1) % languages.length]!,
        );
        // The switcher's reload replaced the history entry the back button would return to.
        previous = null;
      }
      // Breadth first, but a kind of page no walk of this role has reached goes first, then a
      // kind this walk has not reached.
      const reachedByRole = (url: string) => shared.reached.has(`${js} ${kindOf(url)}`);
      const fresh = queue.findIndex((item) => !reachedByRole(item.url));
      const index = Math.max(
        0,
        fresh >= 0 ? fresh : queue.findIndex((item) => !seenKinds.has(kindOf(item.url))),
      );
      const [next] = queue.splice(index, 1);
      if (!next || visited.has(next.url) || pathOf(page) === next.url) continue;
      if (pathOf(page) !== next.from) {
        if (previous === next.from) {
          await page.goBack({ waitUntil: "commit" });
          wentBack = true;
          await check(walk, "pressed back");
        } else {
          // Without its ?lng=, which would change the walk's language back.
          const from = new URL(next.from, page.url());
          from.searchParams.delete("lng");
          await page.goto(`${from.pathname}${from.search}`);
          await check(walk, "opened by address to follow its next link");
        }
      }
      previous = pathOf(page);
      visited.add(next.url);
      if (!(await follow(walk, next.url))) continue;
      followed += 1;
      seenKinds.add(kindOf(next.url));
      shared.reached.add(`${js} ${kindOf(next.url)}`);
      visited.add(pathOf(page));
      await discover();
    }
    if (!wentBack && previous) {
      await page.goBack({ waitUntil: "commit" });
      await check(walk, "pressed back");
    }

    await role.sendForm(walk);
  } catch (error) {
    walk.problems.push(
      `${where(walk)}: the walk stopped: ${(error as Error).message.split("\n")[0]}`,
    );
  } finally {
    await context.close();
  }
  return walk.problems;
}

/**
 * Changing language in the header also changes the account's language, so the walks leave
 * each person with the language she had: other browser tests sign in as the same people.
 */
async function restoreOwnLanguage(role: Role) {
  if (!role.person || !role.ownLanguage) return;
  const context = await newPhoneContext(true);
  try {
    const page = await context.newPage();
    await page.goto("/");
    await page
      .locator('form[action="/demo/sign-in"]')
      .filter({ hasText: role.person })
      .locator('button[type="submit"]')
      .click();
    await page.waitForURL((url) => url.pathname !== "/");
    const form = page.locator('form[action="/language"]');
    await form.locator('select[name="locale"]').selectOption(role.ownLanguage);
    await form.locator('button[type="submit"]').click();
    await page.waitForFunction((lang) => document.documentElement.lang === lang, role.ownLanguage, {
      timeout: settleTimeout,
    });
  } finally {
    await context.close();
  }
}

function report(label: string, problems: string[], started: number) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.info(`walk ${label}: ${problems.length} problem(s) in ${seconds}s`);
  // Printed here too, so a finding of an attempt that a retry then passes is not lost.
  for (const problem of problems) console.info(`  ${problem}`);
  if (process.env.WALK_FINDINGS && problems.length > 0) {
    appendFileSync(process.env.WALK_FINDINGS, `## ${label}\n${problems.join("\n")}\n\n`);
  }
}

const sharedByRole = new Map(
  roles.map((role) => [
    role.name,
    { axed: new Set<string>(), reached: new Set<string>() } as Shared,
  ]),
);

// WALK_ROLES=applicant, WALK_LANGUAGES=ar,fa and WALK_JS=off narrow a run down to one failure.
const only = {
  roles: process.env.WALK_ROLES?.toLowerCase(),
  languages: process.env.WALK_LANGUAGES?.split(","),
  js: process.env.WALK_JS,
};

for (const js of [true, false].filter((on) => !only.js || only.js === (on ? "on" : "off"))) {
  // One test per role walks its six languages one after another, so a person's language
  // choice is never changed by a walk of the same person running beside it.
  describe(`walking the app ${js ? "with" : "without"} JavaScript on a phone`, () => {
    for (const role of roles.filter(
      (role) => !only.roles || role.name.toLowerCase().includes(only.roles),
    )) {
      // One retry: five walks share two cores, and a click that times out under that load is not
      // a defect; a real one fails again.
      it.concurrent(`${role.name}: every language`, { timeout: 900_000, retry: 1 }, async () => {
        const problems: string[] = [];
        const shared = sharedByRole.get(role.name)!;
        try {
          for (const language of languages.filter(
            (language) => !only.languages || only.languages.includes(language),
          )) {
            const started = Date.now();
            const found = await walkOnce(role, language, js, shared);
            report(
              `${role.name}, ${language}, ${js ? "JavaScript on" : "JavaScript off"}`,
              found,
              started,
            );
            problems.push(...found);
          }
        } finally {
          await restoreOwnLanguage(role);
        }
        await shared.inspector?.context().close();
        shared.inspector = undefined;
        expect(
          problems,
          `${problems.length} problem(s) walking as ${role.name}:\n${problems.join("\n")}`,
        ).toEqual([]);
      });
    }
  });
}
