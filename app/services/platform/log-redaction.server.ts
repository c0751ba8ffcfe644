/**
 * What a log line may never carry, as plain functions: the logger (log.server.ts) and the
 * request logger (server/request-log.ts) apply them to every line.
 */

/** Fields whose values are personal data or secrets, wherever they appear in a log line. */
export const redactedKeys = [
  "email",
  "name",
  "code",
  "answers",
  "answer",
  "token",
  "password",
  "secret",
  "cookie",
  "authorization",
] as const;

/** pino's redact paths for those fields at the top of a line and one level down. */
export const redactPaths = [
  ...redactedKeys,
  ...redactedKeys.map((key) => `*.${key}`),
  'req.headers["set-cookie"]',
  'res.headers["set-cookie"]',
];

// Deliberately broad (an address in a URL or a mail server's reply counts too): a false alarm
// costs a word in a log line, a miss leaks an address.
const notInAddress = `[^\\s<>"'(),;:@/?&=#\\[\\]]`;
const emailPattern = new RegExp(
  `${notInAddress}+(?:@|%40)${notInAddress}+\\.${notInAddress}+`,
  "g",
);

/** Free text (an error message from the mail server, a stack) with email addresses blanked. */
export function scrubText(text: string): string {
  return text.replace(emailPattern, "[email]");
}

/**
 * Route paths such as "invitations/:token" give the path segments that are secrets: the link
 * in an invitation email is the invitation itself, so a log must never hold it.
 */
export function secretSegmentsOf(routePaths: string[]): RegExp[] {
  return routePaths
    .filter((path) => /:[^/]*token/i.test(path))
    .map((path) => {
      const pattern = path
        .split("/")
        .filter(Boolean)
        .map((segment) =>
          segment.startsWith(":")
            ? /token/i.test(segment)
              ? "([^/]+)"
              : "[^/]+"
            : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
        )
        .join("/");
      return new RegExp(`^/${pattern}/?$`);
    });
}

/**
 * A request's address as it may be logged: secret path segments replaced, and the values in
 * the query string left out (they can hold an email address or a search for a name).
 */
export function loggableUrl(url: string, secretSegments: RegExp[]): string {
  const [path = "/", query] = url.split(/\?(.*)/s, 2);
  let safePath = path;
  for (const pattern of secretSegments) {
    const match = pattern.exec(path);
    if (!match) continue;
    for (const secret of match.slice(1)) {
      if (secret) safePath = safePath.replace(secret, "[token]");
    }
    break;
  }
  if (!query) return scrubText(safePath);
  const keys = query
    .split("&")
    .filter(Boolean)
    .map((pair) => {
      const key = pair.split("=", 1)[0]!;
      return pair.includes("=") ? `${key}=[redacted]` : key;
    });
  return scrubText(`${safePath}?${keys.join("&")}`);
}
