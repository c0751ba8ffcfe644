/**
 * The translation namespaces: one catalog per feature in app/locales/<locale>/<namespace>.json,
 * used as t("namespace:key"). The browser downloads every namespace of its language at once,
 * except "emails", which is written on the server alone.
 */
export const namespaces = [
  "common",
  "eligibility",
  "public",
  "schemes",
  "organisations",
  "forms",
  "applications",
  "panels",
  "accounts",
  "outbox",
  "privacy",
  "teams",
  "admin",
  "grants",
  "monitoring",
  "outcomes",
  "exports",
  "msc",
  "survey",
  "emails",
] as const;
export type Namespace = (typeof namespaces)[number];
export const defaultNamespace: Namespace = "common";
