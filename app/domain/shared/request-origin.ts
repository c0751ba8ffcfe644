/**
 * Cross-site request forgery defence for every state-changing request: the browser's Origin
 * (or, failing that, Referer) must be the app's own. SameSite=Lax cookies already stop most
 * attacks; this closes the rest, including sibling subdomains.
 */

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

export function isSameOriginRequest(
  method: string,
  headers: { origin?: string | null; referer?: string | null },
  allowedOrigins: readonly string[],
): boolean {
  if (safeMethods.has(method.toUpperCase())) return true;
  const claimed =
    headers.origin && headers.origin !== "null" ? headers.origin : originOf(headers.referer);
  return claimed !== null && allowedOrigins.includes(claimed);
}

function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
