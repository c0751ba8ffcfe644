/**
 * Pages that work fully without JavaScript and gain nothing from it (the front door, public
 * scheme pages, the "Can we apply?" checker, "You said, we did", receipts, sign-in) declare
 * `export const handle = staticPage;`. Their document then ships no scripts at all, so a phone
 * on a weak connection downloads no JavaScript for them; links and forms work as plain HTML.
 */
export const staticPage = { scripts: false } as const;

/** Whether the page being rendered ships scripts: not when any of its routes is static. */
export function shipsScripts(matches: readonly { handle?: unknown }[]): boolean {
  return !matches.some(
    (match) => (match.handle as { scripts?: unknown } | undefined)?.scripts === false,
  );
}
