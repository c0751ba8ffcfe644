/**
 * The translation namespaces: one catalog per feature in app/locales/<locale>/<namespace>.json,
 * used as t("namespace:key"). Routes list the ones their page needs in `handle.i18n`, so the
 * browser downloads only those; "emails" is written on the server alone.
 */
export const namespaces = [
  "common",
  "eligibility",
  "public",
  "schemes",
  "organisations",
  "forms",
  "applicationForm",
  "applying",
  "emails",
] as const;
export type Namespace = (typeof namespaces)[number];
export const defaultNamespace: Namespace = "common";

/** What a route exports as `handle` to name the catalogs its page uses besides "common". */
export type TranslationHandle = { i18n: Namespace[] };
