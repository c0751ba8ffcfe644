import { z } from "zod";
import { legalForms, type LegalForm } from "~/domain/eligibility/eligibility";
import { parseMoney, toInputValue } from "~/domain/shared/money";

/**
 * An organisation's profile as people type it and as the eligibility rules read it. The same
 * schema serves creating and editing, so both forms accept exactly the same answers.
 */

/** A few currencies groups commonly report income in; the list stays short on a phone. */
export const incomeCurrencies = ["EUR", "GBP", "USD", "CHF", "SEK", "NOK", "DKK", "PLN"] as const;
export const defaultIncomeCurrency = "EUR";

export type OrganisationProfile = {
  name: string;
  legalForm: LegalForm;
  registrationNumber: string | null;
  hostOrganisationName: string | null;
  annualIncomeMinor: number | null;
  incomeCurrency: string | null;
  areaServed: string | null;
  communitiesServed: string | null;
  languagesUsed: string | null;
  byAndFor: boolean;
  leadershipPercent: number | null;
  yearsActive: number | null;
  /** The group agreed that its by-and-for leadership may appear in the funder's open data. */
  publishLeadership: boolean;
};

export const profileFields = [
  "name",
  "legalForm",
  "registrationNumber",
  "hostOrganisationName",
  "annualIncomeMinor",
  "incomeCurrency",
  "areaServed",
  "communitiesServed",
  "languagesUsed",
  "byAndFor",
  "leadershipPercent",
  "yearsActive",
  "publishLeadership",
] as const satisfies readonly (keyof OrganisationProfile)[];

const easternDigits = /[٠-٩۰-۹]/g;

/**
 * Reads a whole number typed on any keyboard: Arabic-Indic and Persian digits count, spaces
 * and a percent sign around it are ignored. Null when it is not a whole number.
 */
export function parseWholeNumber(input: string): number | null {
  const text = input
    .replace(easternDigits, (digit) => {
      const code = digit.charCodeAt(0);
      return String(code >= 0x6f0 ? code - 0x6f0 : code - 0x660);
    })
    .replace(/[\s\u00a0\u202f%٪]/g, "");
  if (!/^\d{1,9}$/.test(text)) return null;
  return Number(text);
}

const ERR = "organisations:errors";

// Missing fields read as empty, so a hand-made request gets field errors rather than a crash.
const formText = (max: number, tooLong: string) =>
  z.string().trim().max(max, `${ERR}.${tooLong}`).default("");

const wholeNumber = (min: number, max: number, invalid: string) =>
  z
    .string()
    .default("")
    .transform((value, ctx) => {
      if (!value.trim()) return null;
      const number = parseWholeNumber(value);
      if (number === null || number < min || number > max) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${ERR}.${invalid}` });
        return z.NEVER;
      }
      return number;
    });

// Choices and numbers add their issue inside a transform: unlike a failed z.enum, that leaves
// the object's other checks (the income amount) running, so every problem is shown at once.
const oneOf = <T extends string>(choices: readonly T[], message: string) =>
  z
    .string()
    .default("")
    .transform((value, ctx) => {
      if (!(choices as readonly string[]).includes(value)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${ERR}.${message}` });
      }
      return value as T;
    });

const emptyToNull = (value: string) => value || null;

export const profileFormSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, `${ERR}.nameRequired`)
      .max(200, `${ERR}.nameTooLong`)
      .default(""),
    legalForm: oneOf(legalForms, "legalFormRequired"),
    registrationNumber: formText(100, "registrationNumberTooLong"),
    hostOrganisationName: formText(200, "hostTooLong"),
    annualIncome: z.string().trim().default(""),
    noIncome: z.string().optional(),
    incomeCurrency: oneOf(incomeCurrencies, "currencyInvalid"),
    areaServed: formText(200, "textTooLong"),
    communitiesServed: formText(500, "textTooLong"),
    languagesUsed: formText(200, "textTooLong"),
    byAndFor: z.string().optional(),
    leadershipPercent: wholeNumber(0, 100, "leadershipInvalid"),
    yearsActive: wholeNumber(0, 200, "yearsInvalid"),
    publishLeadership: z.string().optional(),
  })
  .superRefine((form, ctx) => {
    const issue = (message: string) =>
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["annualIncome"],
        message: `${ERR}.${message}`,
      });
    if (!form.annualIncome) return;
    const amount = parseMoney(form.annualIncome, form.incomeCurrency);
    if (amount === null) issue("incomeInvalid");
    else if (form.noIncome && amount > 0) issue("incomeAndNoIncome");
  })
  .transform((form): OrganisationProfile => {
    const typed = form.annualIncome ? parseMoney(form.annualIncome, form.incomeCurrency) : null;
    // "We have no income yet" is an answer (0); an empty amount is no answer yet (null).
    const annualIncomeMinor = form.noIncome ? 0 : typed;
    return {
      name: form.name,
      legalForm: form.legalForm,
      registrationNumber: emptyToNull(form.registrationNumber),
      hostOrganisationName: emptyToNull(form.hostOrganisationName),
      annualIncomeMinor,
      incomeCurrency: annualIncomeMinor === null ? null : form.incomeCurrency,
      areaServed: emptyToNull(form.areaServed),
      communitiesServed: emptyToNull(form.communitiesServed),
      languagesUsed: emptyToNull(form.languagesUsed),
      byAndFor: Boolean(form.byAndFor),
      leadershipPercent: form.leadershipPercent,
      yearsActive: form.yearsActive,
      publishLeadership: Boolean(form.publishLeadership),
    };
  });

/** The profile as the form shows it again for editing. */
export function profileFormValues(profile: OrganisationProfile): Record<string, string> {
  const currency = profile.incomeCurrency ?? defaultIncomeCurrency;
  return {
    name: profile.name,
    legalForm: profile.legalForm,
    registrationNumber: profile.registrationNumber ?? "",
    hostOrganisationName: profile.hostOrganisationName ?? "",
    annualIncome:
      profile.annualIncomeMinor === null ? "" : toInputValue(profile.annualIncomeMinor, currency),
    incomeCurrency: currency,
    areaServed: profile.areaServed ?? "",
    communitiesServed: profile.communitiesServed ?? "",
    languagesUsed: profile.languagesUsed ?? "",
    ...(profile.byAndFor ? { byAndFor: "yes" } : {}),
    leadershipPercent: profile.leadershipPercent === null ? "" : String(profile.leadershipPercent),
    yearsActive: profile.yearsActive === null ? "" : String(profile.yearsActive),
    ...(profile.publishLeadership ? { publishLeadership: "yes" } : {}),
  };
}

type ProfileValue = OrganisationProfile[keyof OrganisationProfile];
export type ProfileChanges = Partial<
  Record<keyof OrganisationProfile, { from: ProfileValue; to: ProfileValue }>
>;

/** What an edit changed, field by field, for the audit trail. Empty when nothing changed. */
export function profileChanges(
  before: OrganisationProfile,
  after: OrganisationProfile,
): ProfileChanges {
  const changes: ProfileChanges = {};
  for (const field of profileFields) {
    if (before[field] !== after[field]) changes[field] = { from: before[field], to: after[field] };
  }
  return changes;
}

/** Picks the profile out of a stored organisation row. */
export function profileOf(row: OrganisationProfile & Record<string, unknown>): OrganisationProfile {
  return Object.fromEntries(
    profileFields.map((field) => [field, row[field]]),
  ) as OrganisationProfile;
}
