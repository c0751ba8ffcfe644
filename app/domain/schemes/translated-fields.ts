import { z } from "zod";
import { defaultLocale, supportedLocales, type Locale } from "~/domain/shared/locales";

/**
 * A text funders write in several languages is one form field per language ("title_ar"),
 * stored as {"en": "...", "ar": "..."}. English is the source every reader falls back to.
 */

export type Texts = Partial<Record<Locale, string>>;

export const textFieldName = (field: string, locale: Locale) => `${field}_${locale}`;

/** Zod fields for one text in every language; the English one may be required. */
export function textFieldsShape(
  field: string,
  options: { required: boolean; maxLength: number; requiredKey?: string },
) {
  const shape: Record<string, z.ZodTypeAny> = {};
  for (const locale of supportedLocales) {
    const text = z.string().trim().max(options.maxLength, "schemes:errors.textTooLong");
    shape[textFieldName(field, locale)] =
      locale === defaultLocale && options.required
        ? text.min(1, options.requiredKey ?? "schemes:errors.englishRequired")
        : text.optional();
  }
  return shape;
}

/** The filled-in languages of one text; blank ones are left out so readers fall back to English. */
export function textsFrom(values: Record<string, unknown>, field: string): Texts {
  const texts: Texts = {};
  for (const locale of supportedLocales) {
    const value = values[textFieldName(field, locale)];
    if (typeof value === "string" && value.trim()) texts[locale] = value.trim();
  }
  return texts;
}

/** Stored texts as form values, for editing. */
export function textFormValues(field: string, stored: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  const texts = stored && typeof stored === "object" ? (stored as Record<string, unknown>) : {};
  for (const locale of supportedLocales) {
    const text = texts[locale];
    if (typeof text === "string") values[textFieldName(field, locale)] = text;
  }
  return values;
}

/** Whether a stored text exists in the language, so staff can see what still needs translating. */
export function hasText(stored: unknown, locale: Locale): boolean {
  const text =
    stored && typeof stored === "object" ? (stored as Record<string, unknown>)[locale] : undefined;
  return typeof text === "string" && text.trim() !== "";
}
