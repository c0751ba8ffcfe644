import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page, Route } from "playwright-core";
import { demoPeople } from "../../../prisma/seed/demo-people";
import { catalogsOf } from "./catalogs";
import {
  englishSentences,
  englishSentencesIn,
  keyIndex,
  rawKeysIn,
  type SentenceIndex,
} from "./raw-keys";

export const languages = ["en", "ar", "fa", "uk", "es", "fr"] as const;
export type Language = (typeof languages)[number];

const rightToLeft = new Set<string>(["ar", "fa"]);
const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Names shown as they are in every language: the product, the demo people and their groups. */
export const names = [
  "Withfund",
  ...new Set(
    demoPeople.flatMap((person) => [person.name, ...Object.values(person.roleValues ?? {})]),
  ),
];

const english = catalogsOf("en");
const keys = keyIndex(english);
const sentencesByLanguage = new Map<Language, SentenceIndex>();

function sentencesFor(language: Language): SentenceIndex {
  let index = sentencesByLanguage.get(language);
  if (!index) {
    // Emails are shown in the mailbox in their reader's language, whatever the page's.
    index = englishSentences(english, {
      skipNamespaces: ["emails"],
      names,
      translation: catalogsOf(language),
    });
    sentencesByLanguage.set(language, index);
  }
  return index;
}

type Snapshot = {
  lang: string | null;
  dir: string | null;
  scrollWidth: number;
  clientWidth: number;
  bodyText: string;
  items: Array<{ where: string; text: string }>;
};

/**
 * What a reader can see or hear on the page: every text node, the attributes read out or shown
 * (placeholder, aria-label, title, alt, button values) and the document title.
 */
function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : "";
      const name = element.getAttribute("name");
      return `<${element.tagName.toLowerCase()}${id}${name ? ` name=${name}` : ""}>`;
    };
    const items: Array<{ where: string; text: string }> = [
      { where: "<title>", text: document.title },
    ];
    const skipped = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (parent && text && !skipped.has(parent.tagName))
        items.push({ where: describe(parent), text });
    }
    const attributes = ["placeholder", "aria-label", "title", "alt"];
    for (const element of document.body.querySelectorAll(
      "[placeholder], [aria-label], [title], [alt]",
    )) {
      for (const attribute of attributes) {
        const value = element.getAttribute(attribute)?.trim();
        if (value) items.push({ where: `${describe(element)} ${attribute}`, text: value });
      }
    }
    const buttons =
      "button[value], input[type=submit][value], input[type=button][value], input[type=reset][value]";
    for (const element of document.body.querySelectorAll(buttons)) {
      const value = element.getAttribute("value")?.trim();
      if (value) items.push({ where: `${describe(element)} value`, text: value });
    }
    const html = document.documentElement;
    return {
      lang: html.getAttribute("lang"),
      dir: html.getAttribute("dir"),
      scrollWidth: html.scrollWidth,
      clientWidth: html.clientWidth,
      bodyText: document.body.innerText,
      items,
    };
  });
}

function rawKeyProblems(state: Snapshot): string[] {
  return state.items.flatMap(({ where, text }) =>
    rawKeysIn(text, keys).map(
      (key) => `raw key "${key}" in ${where}: ${JSON.stringify(text.slice(0, 120))}`,
    ),
  );
}

/** The text-level checks, without axe: language, direction, raw keys, English, sideways scroll. */
export async function textProblems(page: Page, language: Language): Promise<string[]> {
  let state = await snapshot(page);
  const problems: string[] = [];
  const dir = rightToLeft.has(language) ? "rtl" : "ltr";
  if (state.lang !== language || state.dir !== dir) {
    problems.push(
      `<html lang="${state.lang}" dir="${state.dir}">, expected lang="${language}" dir="${dir}"`,
    );
  }
  let rawKeys = rawKeyProblems(state);
  if (rawKeys.length > 0) {
    // A catalog still arriving would replace the keys within moments; say whether it did.
    await page.waitForTimeout(1_000);
    state = await snapshot(page);
    const still = new Set(rawKeyProblems(state));
    rawKeys = rawKeys.map((problem) =>
      still.has(problem) ? problem : `${problem} (shown, then replaced within 1 s)`,
    );
    problems.push(...rawKeys);
  }
  if (language !== "en") {
    const text = [state.bodyText, ...state.items.map((item) => item.text)].join("\n");
    const english = new Map<string, string[]>();
    for (const found of englishSentencesIn(text, sentencesFor(language), names)) {
      english.set(found.text, [...(english.get(found.text) ?? []), found.key]);
    }
    if (english.size > 0) {
      const listed = [...english].map(
        ([sentence, keys]) => `${JSON.stringify(sentence)} (${keys.join(", ")})`,
      );
      problems.push(`${english.size} English text(s): ${listed.join(", ")}`);
    }
  }
  if (state.scrollWidth > state.clientWidth + 1) {
    problems.push(
      `scrolls sideways: ${state.scrollWidth}px of content in a ${state.clientWidth}px window`,
    );
  }
  return problems;
}

// The axe-core that @axe-core/playwright itself runs. Its AxeBuilder opens a blank page and
// injects axe again for every analysis (seconds each); a walk checks hundreds of pages, so the
// walk injects axe once per document and calls it directly.
const axeSource = readFileSync(
  createRequire(createRequire(import.meta.url).resolve("@axe-core/playwright")).resolve(
    "axe-core/axe.min.js",
  ),
  "utf8",
);

type AxeViolation = {
  id: string;
  impact?: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
};

/** axe-core on WCAG 2.x A and AA, one line per rule with the elements it found. Needs JavaScript. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
    };
    const results = await axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return results.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target }) => ({ target })),
    }));
  }, axeTags);
  return violations.map(
    (violation) =>
      `axe ${violation.id} (${violation.impact ?? "no impact given"}): ${violation.help} at ` +
      violation.nodes
        .map((node) => node.target.map((target) => JSON.stringify(target)).join(" > "))
        .join(", "),
  );
}

/**
 * Shows a page the server sent to a browser without JavaScript in `inspector`, a page with
 * JavaScript on, so that axe can run on it: the same address, HTML and stylesheets, none of the
 * scripts.
 */
export async function showServerPage(inspector: Page, page: Page) {
  const url = page.url();
  const html = (await page.content())
    .replace(/<script\b[\s\S]*?<\/script>/gi, "")
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, "");
  const serve = (route: Route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: html });
  await inspector.route(url, serve);
  try {
    await inspector.goto(url, { waitUntil: "load" });
  } finally {
    await inspector.unroute(url, serve);
  }
}
