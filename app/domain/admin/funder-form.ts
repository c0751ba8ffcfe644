import { z } from "zod";
import { supportedLocales } from "~/domain/shared/locales";
import { isTimeZone } from "~/domain/shared/zoned-time";

/**
 * What a platform administrator types to create or rename a funder. Messages are "admin"
 * translation keys.
 */

const ERR = "admin:errors";

/** ISO 4217 codes the runtime knows, which are the ones it can format amounts in. */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf("currency").includes(code);
}

const name = z
  .string()
  .trim()
  .min(1, `${ERR}.nameRequired`)
  .max(200, `${ERR}.nameTooLong`)
  .default("");

export const renameFunderSchema = z.object({ name });

export const newFunderSchema = z.object({
  name,
  defaultLocale: z.enum(supportedLocales, { message: `${ERR}.languageInvalid` }),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isCurrencyCode, `${ERR}.currencyInvalid`)
    .default(""),
  timeZone: z.string().trim().refine(isTimeZone, `${ERR}.timeZoneInvalid`).default(""),
  adminEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, `${ERR}.emailInvalid`)
    .email(`${ERR}.emailInvalid`)
    .default(""),
});
export type NewFunder = z.infer<typeof newFunderSchema>;

/** An administrator invited from the admin area, to a funder that lost or never had one. */
export const inviteAdminSchema = z.object({
  email: newFunderSchema.shape.adminEmail,
  locale: newFunderSchema.shape.defaultLocale,
});

/**
 * The funder's address name: its name in plain ASCII, lower case, words joined by hyphens.
 * A name with no Latin letters (Arabic, Ukrainian) gives "funder"; uniqueness is the caller's.
 */
export function funderSlugBase(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/, "");
  return slug || "funder";
}

/** The first of base, base-2, base-3… that is not taken. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
