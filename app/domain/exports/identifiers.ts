import { z } from "zod";

/**
 * The identifiers 360Giving open data is built from. A funder records its own org-id (the
 * org-id.guide form: country, register, number, e.g. GB-CHC-1234567) and the grant identifier
 * prefix 360Giving registered for it (e.g. 360G-riverside). Every grant and every group it
 * funded is then named from those, so the same grant keeps the same identifier in every file.
 */

/** Country code, register code, then the number in that register. */
export const orgIdentifierPattern = /^[A-Z]{2}-[A-Z0-9]{2,10}-[A-Za-z0-9][A-Za-z0-9._/-]*$/;
/** 360Giving prefixes start "360G-" followed by letters, digits, hyphens or underscores. */
export const grantIdPrefixPattern = /^360G-[A-Za-z0-9][A-Za-z0-9_-]*$/;

const ERR = "exports:identifiers.errors";

const optionalIdentifier = (pattern: RegExp, message: string) =>
  z
    .string()
    .trim()
    .max(100, `${ERR}.${message}`)
    .default("")
    .refine((value) => value === "" || pattern.test(value), `${ERR}.${message}`)
    .transform((value) => value || null);

/** The two settings fields; empty clears a value. */
export const openDataIdentifierFields = {
  orgIdentifier: optionalIdentifier(orgIdentifierPattern, "orgIdentifier"),
  grantIdPrefix: optionalIdentifier(grantIdPrefixPattern, "grantIdPrefix"),
};

export type FunderIdentifiers = { orgIdentifier: string | null; grantIdPrefix: string | null };

/** Which identifiers are still missing before anything can be published. */
export function missingIdentifiers(
  funder: FunderIdentifiers,
): ("orgIdentifier" | "grantIdPrefix")[] {
  const missing: ("orgIdentifier" | "grantIdPrefix")[] = [];
  if (!funder.orgIdentifier) missing.push("orgIdentifier");
  if (!funder.grantIdPrefix) missing.push("grantIdPrefix");
  return missing;
}

/** A grant's identifier: the funder's prefix and the application's reference, which never changes. */
export function grantIdentifier(prefix: string, reference: string): string {
  return `${prefix}-${reference}`;
}

export type RecipientForIdentifier = {
  id: string;
  legalForm: string;
  registrationNumber: string | null;
};

/**
 * A funded group's org-id. A registered charity or company with a number gets the register's
 * identifier: the number itself when the group typed a full org-id, otherwise the UK registers
 * when the funder is in the UK (Charity Commission, Scottish charities, Companies House).
 * Everyone else, informal groups above all, has no register: they get an identifier under the
 * funder's prefix, as the standard asks, built from our own record so it never changes.
 */
export function recipientOrgId(
  organisation: RecipientForIdentifier,
  funder: { orgIdentifier: string; grantIdPrefix: string },
): { id: string; charityNumber?: string; companyNumber?: string } {
  const fallback = { id: `${funder.grantIdPrefix}-ORG-${organisation.id}` };
  const number = (organisation.registrationNumber ?? "").replace(/\s+/g, "").toUpperCase();
  const charity = organisation.legalForm === "REGISTERED_CHARITY";
  const company = organisation.legalForm === "COMPANY";
  if (!number || (!charity && !company)) return fallback;
  if (orgIdentifierPattern.test(number)) return { id: number };
  if (!/^[A-Z0-9-]{1,20}$/.test(number)) return fallback;
  const country = funder.orgIdentifier.slice(0, 2);
  if (country !== "GB") return fallback;
  if (charity) {
    const list = number.startsWith("SC") ? "GB-SC" : "GB-CHC";
    return { id: `${list}-${number}`, charityNumber: number };
  }
  const companyNumber = /^\d+$/.test(number) ? number.padStart(8, "0") : number;
  return { id: `GB-COH-${companyNumber}`, companyNumber };
}
