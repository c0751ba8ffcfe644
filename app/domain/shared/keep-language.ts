import { isLocale } from "~/domain/shared/locales";

/**
 * Adds the ?lng= of the current address to a link, so someone who opened a shared link in
 * her language stays in it page after page. Unknown languages are not carried along.
 */
export function keepLanguage(to: string, currentSearch: string): string {
  const lng = new URLSearchParams(currentSearch).get("lng");
  if (!isLocale(lng)) return to;
  const hashAt = to.indexOf("#");
  const hash = hashAt >= 0 ? to.slice(hashAt) : "";
  const url = new URL(hashAt >= 0 ? to.slice(0, hashAt) : to, "http://link.invalid");
  url.searchParams.set("lng", lng);
  return `${url.pathname}${url.search}${hash}`;
}

/** The language of the current address, when it names one; for hidden inputs of GET forms. */
export function languageOf(currentSearch: string): string | null {
  const lng = new URLSearchParams(currentSearch).get("lng");
  return isLocale(lng) ? lng : null;
}
