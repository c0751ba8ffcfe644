/**
 * Text someone typed (a person's or a group's name) made safe to quote in a message Withfund
 * sends on her behalf: one line, no invisible direction controls that could reorder what
 * follows, and short, so it reads as a name and cannot pass for a paragraph of the platform's
 * own. The sentence around it puts it in quotation marks.
 */

// C0 and C1 controls (line breaks included), bidi embeddings, overrides and isolates, and the
// zero-width characters that can hide text.
const hidden = /[\p{Cc}\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu;

export const QUOTED_MAX = { name: 60, title: 80 } as const;

export function quotable(text: string, maxLength: number): string {
  const line = text.replace(hidden, " ").replace(/\s+/g, " ").trim();
  const characters = [...line];
  if (characters.length <= maxLength) return line;
  return `${characters
    .slice(0, maxLength - 1)
    .join("")
    .trimEnd()}…`;
}
