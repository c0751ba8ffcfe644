/**
 * "Firefox on Android" from a browser's User-Agent header, so she can tell her remembered
 * devices apart. Brand names need no translation; anything unknown is left to the page to say.
 */
export function describeUserAgent(userAgent: string | null): {
  browser: string | null;
  system: string | null;
} {
  const ua = userAgent ?? "";
  const browser =
    [
      ["Edg/", "Edge"],
      ["OPR/", "Opera"],
      ["SamsungBrowser/", "Samsung Internet"],
      ["Firefox/", "Firefox"],
      ["Chrome/", "Chrome"],
      ["Chromium/", "Chromium"],
      ["Safari/", "Safari"],
    ].find(([marker]) => ua.includes(marker!))?.[1] ?? null;
  const system =
    [
      ["Android", "Android"],
      ["iPhone", "iPhone"],
      ["iPad", "iPad"],
      ["Windows", "Windows"],
      ["Mac OS X", "macOS"],
      ["CrOS", "ChromeOS"],
      ["Linux", "Linux"],
    ].find(([marker]) => ua.includes(marker!))?.[1] ?? null;
  return { browser, system };
}
