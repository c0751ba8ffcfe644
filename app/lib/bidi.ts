/**
 * Wraps a value put into a translated sentence (an email address, a name) in Unicode
 * first-strong isolates, so an English address inside an Arabic sentence keeps its own
 * direction and does not pull the sentence's punctuation to the wrong side.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
