import { z } from "zod";
import {
  DEFAULT_RETENTION_MONTHS,
  MAX_RETENTION_MONTHS,
  MIN_RETENTION_MONTHS,
} from "~/domain/privacy/retention";
import { defaultLocale, supportedLocales } from "~/domain/shared/locales";
import { isTimeZone } from "~/domain/shared/zoned-time";
import {
  hasText,
  textFieldName,
  textFieldsShape,
  textFormValues,
  textsFrom,
  type Texts,
} from "./translated-fields";

/** What funder staff type to create or change a scheme. Messages are "schemes" translation keys. */

/** Currencies of the places Withfund is used in; the select shows their names in the reader's language. */
export const currencies = [
  "EUR",
  "GBP",
  "USD",
  "UAH",
  "PLN",
  "RON",
  "CZK",
  "HUF",
  "BGN",
  "SEK",
  "NOK",
  "DKK",
  "CHF",
  "CAD",
  "AUD",
  "TRY",
  "MAD",
  "TND",
  "EGP",
  "JOD",
] as const;

/** Every zone the runtime knows; "UTC" first because Intl lists only geographic zones. */
export function timeZoneOptions(current?: string): string[] {
  const zones = ["UTC", ...Intl.supportedValuesOf("timeZone")];
  // A zone saved under a newer name (Europe/Kyiv) may be missing from an older runtime's list.
  if (current && !zones.includes(current) && isTimeZone(current)) zones.push(current);
  return zones;
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const schemeTextFields = ["title", "description", "moneyUse", "helpText"] as const;
export type SchemeTextField = (typeof schemeTextFields)[number];

const textLimits: Record<SchemeTextField, number> = {
  title: 200,
  description: 5000,
  moneyUse: 5000,
  helpText: 5000,
};

export type SchemeInput = {
  slug: string;
  /** Absent when the form did not offer it (the scheme already has rounds in its currency). */
  currency: string | null;
  timeZone: string;
  published: boolean;
  /** Months after a round closes that unsent drafts and unfunded applications lose their answers. */
  retentionMonths: number;
  title: Texts;
  description: Texts;
  moneyUse: Texts | null;
  helpText: Texts | null;
};

export const schemeFormSchema = z
  .object({
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .min(3, "schemes:errors.slugInvalid")
      .max(60, "schemes:errors.slugInvalid")
      .regex(slugPattern, "schemes:errors.slugInvalid"),
    currency: z.enum(currencies, { message: "schemes:errors.currencyInvalid" }).optional(),
    timeZone: z.string().refine(isTimeZone, "schemes:errors.timeZoneInvalid"),
    // A ticked checkbox sends "on"; an unticked one sends nothing.
    published: z.string().optional(),
    retentionMonths: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? Number(value) : DEFAULT_RETENTION_MONTHS))
      .pipe(
        z
          .number({ message: "schemes:errors.retentionInvalid" })
          .int("schemes:errors.retentionInvalid")
          .min(MIN_RETENTION_MONTHS, "schemes:errors.retentionInvalid")
          .max(MAX_RETENTION_MONTHS, "schemes:errors.retentionInvalid"),
      ),
    ...textFieldsShape("title", {
      required: true,
      maxLength: textLimits.title,
      requiredKey: "schemes:errors.titleRequired",
    }),
    ...textFieldsShape("description", {
      required: true,
      maxLength: textLimits.description,
      requiredKey: "schemes:errors.descriptionRequired",
    }),
    ...textFieldsShape("moneyUse", { required: false, maxLength: textLimits.moneyUse }),
    ...textFieldsShape("helpText", { required: false, maxLength: textLimits.helpText }),
  })
  .superRefine((values, ctx) => {
    // Readers without a translation fall back to English, so a text must start there.
    for (const field of ["moneyUse", "helpText"] as const) {
      const texts = textsFrom(values, field);
      if (Object.keys(texts).length > 0 && !texts[defaultLocale]) {
        ctx.addIssue({
          code: "custom",
          path: [textFieldName(field, defaultLocale)],
          message: "schemes:errors.englishFirst",
        });
      }
    }
  })
  .transform((values): SchemeInput => {
    const optional = (texts: Texts) => (Object.keys(texts).length > 0 ? texts : null);
    return {
      slug: values.slug,
      currency: values.currency ?? null,
      timeZone: values.timeZone,
      published: values.published === "on",
      retentionMonths: values.retentionMonths,
      title: textsFrom(values, "title"),
      description: textsFrom(values, "description"),
      moneyUse: optional(textsFrom(values, "moneyUse")),
      helpText: optional(textsFrom(values, "helpText")),
    };
  });

export function schemeFormValues(scheme: {
  slug: string;
  currency: string;
  timeZone: string;
  published: boolean;
  retentionMonths: number;
  title: unknown;
  description: unknown;
  moneyUse: unknown;
  helpText: unknown;
}): Record<string, string> {
  return {
    slug: scheme.slug,
    currency: scheme.currency,
    timeZone: scheme.timeZone,
    retentionMonths: String(scheme.retentionMonths),
    ...(scheme.published ? { published: "on" } : {}),
    ...Object.assign({}, ...schemeTextFields.map((field) => textFormValues(field, scheme[field]))),
  };
}

/** How many of the scheme's texts exist in each language. */
export function translationCounts(scheme: Record<SchemeTextField, unknown>) {
  return supportedLocales.map((locale) => ({
    locale,
    texts: schemeTextFields.map((field) => ({ field, present: hasText(scheme[field], locale) })),
  }));
}

/** "Euro (EUR)" in the reader's language; the code stays, since finance staff know it. */
export function currencyLabel(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: "currency" }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}
