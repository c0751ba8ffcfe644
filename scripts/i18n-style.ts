/**
 * The wording rules of the translation catalogs, beyond keys and placeholders: the agreed word
 * for each domain term (app/locales/glossary.json), script and digit rules, and the way each
 * language addresses the reader. Pure, so the catalog check and its tests share it.
 * The rules are explained for translators in docs/glossary.md.
 */
import { z } from "zod";
import { supportedLocales, type Locale } from "../app/domain/shared/locales";

const entrySchema = z.object({
  use: z.string().min(1),
  avoid: z.array(z.string().min(1)).default([]),
  note: z.string().optional(),
});

const termSchema = z.object({
  id: z.string().min(1),
  note: z.string().optional(),
  words: z.object(
    Object.fromEntries(supportedLocales.map((locale) => [locale, entrySchema])) as Record<
      Locale,
      typeof entrySchema
    >,
  ),
});

export const glossarySchema = z.object({ terms: z.array(termSchema).min(1) });
export type Glossary = z.infer<typeof glossarySchema>;
export type GlossaryTerm = Glossary["terms"][number];

const letter = String.raw`[\p{L}\p{M}]`;

/**
 * Arabic short vowels and shadda are optional in writing: «المموِّلة» and «المموّلة» are the
 * same word, so both the catalog text and the glossary's variants are compared without them.
 */
function withoutHarakat(text: string): string {
  return text.replace(/[\u064B-\u065F\u0670]/g, "");
}

/**
 * What a reader sees of a catalog value, minus the parts no translator writes: {{placeholders}}
 * (filled in at run time) and tokens that mix Latin letters with digits or symbols (addresses,
 * reference numbers, example URLs and email addresses, which stay in Latin script).
 */
export function translatableText(value: string): string {
  return value
    .replace(/\{\{.*?\}\}/g, " ")
    .replace(/\S*(?:[A-Za-z]\S*[0-9]|[0-9]\S*[A-Za-z]|@|:\/\/)\S*/g, " ");
}

/**
 * A glossary variant as a whole-word pattern: «fonds» matches «fonds» but not «fondsx»;
 * a leading or trailing * lets the word carry prefixes or endings («*مستضيف*» matches
 * «المستضيفة», «ronda*» matches «rondas»).
 */
export function variantPattern(variant: string): RegExp {
  const core = withoutHarakat(variant)
    .replace(/^\*|\*$/g, "")
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const before = variant.startsWith("*") ? `${letter}*` : `(?<!${letter})`;
  const after = variant.endsWith("*") ? `${letter}*` : `(?!${letter})`;
  return new RegExp(`${before}${core}${after}`, "iu");
}

type PatternRule = { pattern: RegExp; message: string };

/**
 * How each language addresses the reader, where a pattern can tell. Each pattern names a form
 * that has no place in the agreed register; docs/glossary.md explains the register itself.
 */
export const registerRules: Partial<Record<Locale, PatternRule[]>> = {
  ar: [
    {
      // A word ending in the singular «ك» ("your", "you"), other than the words whose own
      // last letter it is, or a singular imperative.
      pattern: new RegExp(
        `(?<!${letter})(?:أنت|اختر|اكتب|أضف|تأكد|أعدها|(?!(?:ذلك|لذلك|كذلك|بذلك|هناك|وهناك|تلك|ترك|يترك|يملك|تملك|مالك|بنك|البنك|شبك|ملك|مشترك|المشترك|مشتركة|المشتركة)(?!${letter}))\\p{L}+ك)(?!${letter})`,
        "u",
      ),
      message:
        'addresses the reader as singular "you"; Arabic uses the plural (أنتم، يمكنكم، لديكم)',
    },
  ],
  fa: [
    {
      pattern: new RegExp(
        `(?<!${letter})(?:بگیر|نگهش دار|بزن|بفرست|بنویس|برو|بیا|ببین|بده|بکن|انتخاب کن|کلیک کن|وارد کن|هستی|داری|می‌توانی|می‌خواهی|می‌کنی)(?!${letter})`,
        "u",
      ),
      message: 'uses the informal "تو" form; Persian uses the formal plural (بگیرید، می‌توانید)',
    },
  ],
  uk: [
    {
      pattern: new RegExp(
        `(?<!${letter})(?:ти|тебе|тобі|тобою|твій|твоя|твоє|твої|твого|твоєї|твоїх)(?!${letter})`,
        "iu",
      ),
      message: 'addresses the reader as "ти"; Ukrainian uses "ви"',
    },
  ],
  es: [
    {
      pattern: new RegExp(
        `(?<!${letter})(?:tienes|puedes|quieres|debes|necesitas|eres|estás|tu|tus|te|ti|contigo|vosotros|vosotras|vuestro|vuestra|vuestros|vuestras|ustedes)(?!${letter})`,
        "iu",
      ),
      message:
        'leaves the "usted" register (tú, vosotros or ustedes); Spanish addresses the reader as "usted"',
    },
    {
      pattern: /(?:^|[¡.!]\s*)Bienvenid[ao]s?(?![\p{L}])/u,
      message: 'greets the reader with a gendered "Bienvenido/a"; say "Le damos la bienvenida"',
    },
  ],
  fr: [
    {
      pattern: new RegExp(`(?<!${letter})(?:tu|toi|ton|ta|tes)(?!${letter})`, "iu"),
      message: 'addresses the reader as "tu"; French uses "vous"',
    },
    {
      pattern: new RegExp(
        `(?<!${letter})vous (?:êtes|serez|étiez)(?: \\p{L}+)? (?:connecté|invité|inscrit|prêt|sûr|seul|arrivé|venu)e?s?(?!${letter})`,
        "iu",
      ),
      message: "gives the reader a gender (« vous êtes connectée »); rephrase without agreement",
    },
  ],
};

/** Rules of script and digits, by language. */
export const scriptRules: Partial<Record<Locale, PatternRule[]>> = {
  ar: [{ pattern: /%/, message: "uses a Latin «%»; Arabic uses «٪»" }],
  fa: [
    { pattern: /[يك]/, message: "uses Arabic «ي» or «ك»; Persian uses «ی» and «ک»" },
    { pattern: /%/, message: "uses a Latin «%»; Persian uses «٪»" },
    {
      pattern: /[0-9]/,
      message: "writes Latin digits; Persian text uses Persian digits (۰۱۲۳۴۵۶۷۸۹)",
    },
    {
      // One spelling of the ezafe after a silent h: «صفحهٔ», never «صفحه‌ی».
      pattern: /ه\u200Cی(?![\p{L}\p{M}])/u,
      message: "writes the ezafe as «ه‌ی»; Persian catalogs write «هٔ» (صفحهٔ، برنامهٔ)",
    },
  ],
};

export type StyleCheck = {
  locale: string;
  /** Flattened catalog: dotted key → value. */
  values: ReadonlyMap<string, unknown>;
  glossary: Glossary;
  /** Prefix for each problem line, e.g. "fa/applying". */
  label: string;
};

/** Every wording problem in one catalog, one readable line each. Empty when it follows the rules. */
export function checkStyle({ locale, values, glossary, label }: StyleCheck): string[] {
  const problems: string[] = [];
  const variants = glossary.terms.flatMap((term) => {
    const entry = term.words[locale as Locale];
    if (!entry) return [];
    return entry.avoid.map((variant) => ({
      term,
      use: entry.use,
      variant,
      pattern: variantPattern(variant),
    }));
  });
  const rules = [
    ...(registerRules[locale as Locale] ?? []),
    ...(scriptRules[locale as Locale] ?? []),
  ];

  for (const [key, value] of values) {
    if (typeof value !== "string") continue;
    const text = translatableText(value);
    const plain = withoutHarakat(text);
    for (const { term, use, variant, pattern } of variants) {
      if (pattern.test(plain)) {
        problems.push(
          `${label}: "${key}" says «${variant.replace(/^\*|\*$/g, "")}» for "${term.id}"; the glossary word is «${use}»`,
        );
      }
    }
    for (const { pattern, message } of rules) {
      if (pattern.test(plain)) problems.push(`${label}: "${key}" ${message}`);
    }
  }
  return problems;
}

/** Glossary problems that do not depend on any catalog: a variant that is also the agreed word. */
export function checkGlossary(glossary: Glossary): string[] {
  const problems: string[] = [];
  for (const term of glossary.terms) {
    for (const locale of supportedLocales) {
      const entry = term.words[locale];
      for (const variant of entry.avoid) {
        if (variantPattern(variant).test(withoutHarakat(entry.use))) {
          problems.push(
            `glossary: "${term.id}" in ${locale} forbids «${variant}», which its own word «${entry.use}» contains`,
          );
        }
      }
    }
  }
  return problems;
}

export const glossaryTableStart =
  "<!-- glossary table: generated from app/locales/glossary.json by `npm run i18n:check -- --write-glossary` -->";
export const glossaryTableEnd = "<!-- end of glossary table -->";

/** The glossary as Markdown tables: one row per term, agreed word first, variants to avoid after. */
export function renderGlossaryTable(glossary: Glossary): string {
  const languages = supportedLocales;
  const cell = (text: string) => text.replace(/[|*]/g, "\\$&");
  const lines = [
    `| term | ${languages.join(" | ")} |`,
    `|---|${languages.map(() => "---").join("|")}|`,
  ];
  for (const term of glossary.terms) {
    const cells = languages.map((locale) => {
      const { use, avoid } = term.words[locale];
      const avoided = avoid.map((variant) => `~~${cell(variant)}~~`).join(", ");
      return avoided ? `**${cell(use)}**<br>not ${avoided}` : `**${cell(use)}**`;
    });
    lines.push(`| ${term.id} | ${cells.join(" | ")} |`);
  }
  const notes = glossary.terms.flatMap((term) => {
    const own = term.note ? [`- **${term.id}**: ${term.note}`] : [];
    const perLanguage = languages.flatMap((locale) => {
      const note = term.words[locale].note;
      return note ? [`- **${term.id}** (${locale}): ${note}`] : [];
    });
    return [...own, ...perLanguage];
  });
  return [...lines, "", ...notes].join("\n");
}

/** docs/glossary.md with its generated table replaced; null when the markers are missing. */
export function withGlossaryTable(markdown: string, glossary: Glossary): string | null {
  const start = markdown.indexOf(glossaryTableStart);
  const end = markdown.indexOf(glossaryTableEnd);
  if (start < 0 || end < start) return null;
  return `${markdown.slice(0, start + glossaryTableStart.length)}\n\n${renderGlossaryTable(glossary)}\n\n${markdown.slice(end)}`;
}
