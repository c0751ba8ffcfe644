/**
 * Checks every translation catalog against English, so no reader meets a missing or
 * half-translated sentence. Run with `npm run i18n:check` (or `npx tsx scripts/i18n-check.ts`).
 *
 * For every namespace file app/locales/en/*.json, each locale folder under app/locales must
 * have the same file with:
 * - exactly the keys English has (nested keys are compared as dotted paths);
 * - for every plural key (`key_one`, `key_other`, ...), exactly the plural categories that
 *   Node's Intl.PluralRules lists for that locale, and no others;
 * - non-empty string values;
 * - the same {{placeholders}} as English (plural forms are compared with English `_other`;
 *   the `zero`, `one` and `two` forms may leave out {{count}}, e.g. "one try left", and the
 *   placeholders that carry the count already formatted, e.g. Arabic «حتى حرفين», "up to two
 *   letters", where «حتى 2 حرفين» would say the number twice);
 * - a translated value, not a copy of the English one (see SAME_AS_ENGLISH_ALLOWED);
 * - the wording rules of ./i18n-style.ts: the glossary's agreed words (app/locales/glossary.json),
 *   script and digits, and how each language addresses the reader.
 * It also fails when the glossary table in docs/glossary.md is older than glossary.json;
 * `npm run i18n:check -- --write-glossary` rewrites that table.
 *
 * Exits with 1 and prints one problem per line, or prints a one-line summary.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { supportedLocales } from "../app/domain/shared/locales";
import {
  checkGlossary,
  checkStyle,
  glossarySchema,
  withGlossaryTable,
  type Glossary,
} from "./i18n-style";

export const sourceLocale = "en";

type PluralCategory = Intl.LDMLPluralRule;

const pluralSuffix = /^(.+)_(zero|one|two|few|many|other)$/;

/** Plural forms that may name their number in words ("one try left") instead of {{count}}. */
const countOptional: ReadonlySet<PluralCategory> = new Set(["zero", "one", "two"]);

/** Placeholders that code fills with the plural's count formatted for the reader. */
const formattedCount: ReadonlySet<string> = new Set(["count", "number", "max"]);

/**
 * Values that are rightly the same as English. "*" applies to every locale; a locale's own
 * list is for ordinary words that its language shares with English.
 */
const SAME_AS_ENGLISH_ALLOWED: Readonly<Record<string, readonly string[]>> = {
  "*": [
    "Withfund",
    "English",
    "العربية",
    "Українська",
    "فارسی",
    "Español",
    "Français",
    "name@example.org",
    // A grant's title in open data: the scheme and the group, nothing to translate.
    "{{scheme}}: {{group}}",
    // A reference (and amount) in brackets, and a value followed by a colon: punctuation only.
    "({{reference}})",
    "({{reference}}, {{amount}})",
    "{{label}}:",
  ],
  es: ["No"],
  fr: ["Association"],
};

/** Nested catalog objects as dotted paths: { a: { b: "x" } } becomes "a.b" → "x". */
export function flatten(tree: unknown, prefix = ""): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  if (!isObject(tree)) {
    if (prefix) leaves.set(prefix, tree);
    return leaves;
  }
  for (const [key, value] of Object.entries(tree)) {
    const fullKey = prefix ? `${prefix}.${key}` : key;
    for (const [leafKey, leafValue] of flatten(value, fullKey)) leaves.set(leafKey, leafValue);
  }
  return leaves;
}

/** "verify.errors.wrong_one" → { base: "verify.errors.wrong", category: "one" }. */
export function splitPluralKey(key: string): { base: string; category: PluralCategory } | null {
  const match = pluralSuffix.exec(key);
  if (!match?.[1] || !match[2]) return null;
  return { base: match[1], category: match[2] as PluralCategory };
}

/** The plural categories a locale needs, in CLDR order (zero, one, two, few, many, other). */
export function pluralCategoriesOf(locale: string): PluralCategory[] {
  const order: PluralCategory[] = ["zero", "one", "two", "few", "many", "other"];
  const needed = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
  return order.filter((category) => needed.has(category));
}

/** Names inside {{…}}: "{{count}}", "{{ name }}", "{{- html}}" and "{{date, short}}" count. */
export function placeholdersOf(value: string): Set<string> {
  const names = new Set<string>();
  for (const match of value.matchAll(/\{\{(.*?)\}\}/g)) {
    const name = (match[1] ?? "")
      .replace(/^\s*-\s*/, "")
      .split(",")[0]
      ?.trim();
    if (name) names.add(name);
  }
  return names;
}

export type CatalogComparison = {
  /** The locale being checked, e.g. "ar"; decides which plural forms are needed. */
  locale: string;
  /** Parsed English catalog. */
  english: unknown;
  /** Parsed catalog of `locale` (pass English itself to check English's own plural forms). */
  translation: unknown;
  /** Prefix for each problem line; defaults to the locale. */
  label?: string;
};

/** Every difference between one catalog and English, as readable lines. Empty when complete. */
export function compareCatalog({
  locale,
  english,
  translation,
  label = locale,
}: CatalogComparison): string[] {
  const englishValues = flatten(english);
  const values = flatten(translation);
  const categories = pluralCategoriesOf(locale);
  const problems: string[] = [];
  const report = (message: string) => problems.push(`${label}: ${message}`);

  // What this locale must contain: English's plain keys, and every English plural base
  // spelled out in this locale's own plural categories.
  const expected = new Map<string, { reference: string; category?: PluralCategory }>();
  const pluralBases = new Set<string>();
  for (const key of englishValues.keys()) {
    const plural = splitPluralKey(key);
    if (!plural) {
      expected.set(key, { reference: key });
      continue;
    }
    if (pluralBases.has(plural.base)) continue;
    pluralBases.add(plural.base);
    for (const category of categories) {
      expected.set(`${plural.base}_${category}`, {
        reference: `${plural.base}_other`,
        category,
      });
    }
  }

  for (const [key, { reference, category }] of expected) {
    if (!values.has(key)) {
      report(`missing key "${key}"`);
      continue;
    }
    const value = values.get(key);
    if (typeof value !== "string" || value.trim() === "") {
      report(`"${key}" must be a non-empty string`);
      continue;
    }

    const referenceValue = englishValues.get(reference);
    if (typeof referenceValue === "string") {
      const wanted = placeholdersOf(referenceValue);
      const found = placeholdersOf(value);
      const missing = [...wanted].filter(
        (name) =>
          !found.has(name) &&
          !(formattedCount.has(name) && category && countOptional.has(category)),
      );
      const unexpected = [...found].filter((name) => !wanted.has(name));
      if (missing.length > 0 || unexpected.length > 0) {
        const details = [
          missing.length > 0 ? `missing ${braces(missing)}` : "",
          unexpected.length > 0 ? `unexpected ${braces(unexpected)}` : "",
        ].filter(Boolean);
        report(`"${key}" placeholders differ from English: ${details.join("; ")}`);
      }
    }

    const englishValue = englishValues.get(key) ?? referenceValue;
    if (locale !== sourceLocale && value === englishValue && !mayEqualEnglish(locale, value)) {
      report(
        `"${key}" is the same as English ("${value}"): translate it, or allow it in SAME_AS_ENGLISH_ALLOWED`,
      );
    }
  }

  for (const key of values.keys()) {
    if (expected.has(key)) continue;
    const plural = splitPluralKey(key);
    if (plural && pluralBases.has(plural.base)) {
      report(
        `"${key}": "${plural.category}" is not a plural form in ${locale} (it uses ${categories.join(", ")})`,
      );
    } else {
      report(`extra key "${key}" (English has no such key)`);
    }
  }

  return problems;
}

/** Plain and plural keys counted once each: "wrong_one" and "wrong_other" are one key. */
export function countKeys(catalog: unknown): number {
  const keys = new Set<string>();
  for (const key of flatten(catalog).keys()) keys.add(splitPluralKey(key)?.base ?? key);
  return keys.size;
}

function mayEqualEnglish(locale: string, value: string): boolean {
  return [
    ...(SAME_AS_ENGLISH_ALLOWED["*"] ?? []),
    ...(SAME_AS_ENGLISH_ALLOWED[locale] ?? []),
  ].includes(value);
}

function braces(names: string[]): string {
  return names.map((name) => `{{${name}}}`).join(", ");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readCatalog(file: string, label: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    problems.push(`${label}: cannot read JSON (${(error as Error).message})`);
    return undefined;
  }
}

/** app/locales/glossary.json, checked against its schema; null (with a problem) when unreadable. */
export function readGlossary(localesDir: string, problems: string[]): Glossary | null {
  const parsed = glossarySchema.safeParse(
    readCatalog(path.join(localesDir, "glossary.json"), "glossary.json", problems),
  );
  if (!parsed.success) {
    problems.push(
      `glossary.json: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`,
    );
    return null;
  }
  problems.push(...checkGlossary(parsed.data));
  return parsed.data;
}

/** Checks app/locales and returns the problems plus what a passing summary needs. */
export function checkLocalesFolder(localesDir: string): {
  problems: string[];
  locales: string[];
  keyCount: number;
  namespaces: string[];
  glossary: Glossary | null;
} {
  const problems: string[] = [];
  const glossary = readGlossary(localesDir, problems);
  const folders = readdirSync(localesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const locales = [sourceLocale, ...folders.filter((name) => name !== sourceLocale).sort()];

  for (const locale of supportedLocales) {
    if (!folders.includes(locale)) problems.push(`${locale}: no folder app/locales/${locale}`);
  }

  const namespaces = readdirSync(path.join(localesDir, sourceLocale))
    .filter((name) => name.endsWith(".json"))
    .sort();
  let keyCount = 0;

  for (const namespace of namespaces) {
    const englishLabel = `${sourceLocale}/${namespace}`;
    const english = readCatalog(
      path.join(localesDir, sourceLocale, namespace),
      englishLabel,
      problems,
    );
    if (english === undefined) continue;
    keyCount += countKeys(english);

    for (const locale of locales) {
      const label = `${locale}/${namespace}`;
      if (Intl.PluralRules.supportedLocalesOf(locale).length === 0) {
        problems.push(`${label}: Node's Intl has no plural rules for "${locale}"`);
        continue;
      }
      const file = path.join(localesDir, locale, namespace);
      if (!existsSync(file)) {
        problems.push(`${label}: file is missing`);
        continue;
      }
      const translation = locale === sourceLocale ? english : readCatalog(file, label, problems);
      if (translation === undefined) continue;
      problems.push(...compareCatalog({ locale, english, translation, label }));
      if (glossary) {
        problems.push(...checkStyle({ locale, values: flatten(translation), glossary, label }));
      }
    }
  }

  for (const locale of locales) {
    const extraFiles = readdirSync(path.join(localesDir, locale)).filter(
      (name) => name.endsWith(".json") && !namespaces.includes(name),
    );
    for (const name of extraFiles) {
      problems.push(`${locale}/${name}: English has no such namespace file`);
    }
  }

  return { problems, locales, keyCount, namespaces, glossary };
}

function main(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const { problems, locales, keyCount, namespaces, glossary } = checkLocalesFolder(
    path.join(root, "app", "locales"),
  );
  if (glossary)
    problems.push(...checkGlossaryDoc(path.join(root, "docs", "glossary.md"), glossary));
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    console.error(`i18n: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
    process.exit(1);
  }
  const files = namespaces.length === 1 ? "" : ` in ${namespaces.length} namespaces`;
  console.log(`i18n: ${locales.length} locales, ${keyCount} keys each${files}, all complete`);
}

/** The generated table of docs/glossary.md must match glossary.json; --write-glossary renews it. */
function checkGlossaryDoc(file: string, glossary: Glossary): string[] {
  const label = "docs/glossary.md";
  if (!existsSync(file)) return [`${label}: file is missing`];
  const current = readFileSync(file, "utf8");
  const renewed = withGlossaryTable(current, glossary);
  if (renewed === null) return [`${label}: the glossary table markers are missing`];
  if (renewed === current) return [];
  if (process.argv.includes("--write-glossary")) {
    writeFileSync(file, renewed);
    console.log(`${label}: glossary table rewritten`);
    return [];
  }
  return [
    `${label}: the glossary table is older than app/locales/glossary.json; run npm run i18n:check -- --write-glossary`,
  ];
}

/** Run only from the command line, not when a test imports the functions above. */
const invokedPath = process.argv[1];
if (
  invokedPath &&
  existsSync(invokedPath) &&
  import.meta.url === pathToFileURL(realpathSync(invokedPath)).href
) {
  main();
}
