/**
 * The one check for a place to send someone after an action (after signing in, after a
 * language change): a path on this site, or the fallback. Browsers forgive a lot in a
 * Location header (they drop tabs and newlines, read "\" as "/", and "//host" leaves the
 * site), so the target is parsed as a URL and must stay on our origin, and anything a browser
 * or proxy might read differently is refused outright.
 */
const ORIGIN = "https://withfund.invalid";
// Control characters (tab, newline, NUL...) and backslashes, raw or percent-encoded.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const AMBIGUOUS = /[\u0000-\u001f\u007f\\]/;

export function safeRedirectTarget(target: unknown, fallback = "/my"): string {
  if (typeof target !== "string" || !target.startsWith("/") || AMBIGUOUS.test(target)) {
    return fallback;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    return fallback;
  }
  // "/%2F/evil.example" and "/%5C/evil.example" become "//" and "/\" once anything decodes them.
  if (AMBIGUOUS.test(decoded) || decoded.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(target, ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
