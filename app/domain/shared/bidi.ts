/**
 * Wraps a value put into a translated sentence (an email address, a name) in Unicode
 * first-strong isolates, so an English address inside an Arabic sentence keeps its own
 * direction and does not pull the sentence's punctuation to the wrong side.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

// Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and Arabic presentation
// forms), and Arabic-Indic digits, which the bidi algorithm treats as Arabic.
const rightToLeft = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
// Plain-text email programs turn a bare address into a link up to the next space, and would
// take a closing isolate mark into the link with it.
const link = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;

/** Whether the whole text is one isolate already, so isolating it again would add nothing. */
function isIsolated(text: string): boolean {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x2066 && code <= 0x2068) depth++;
    else if (code === 0x2069) depth--;
    else if (depth <= 0) return false;
    if (depth === 0 && index < text.length - 1) return false;
  }
  return text.length > 0 && depth === 0;
}

/**
 * A value for a sentence written in `direction`, isolated whenever it could be reordered there.
 * In a right-to-left sentence that is every value. In a left-to-right one, only a value with
 * right-to-left letters or Arabic digits: nothing else can move, and isolate marks would only
 * travel along with what a reader copies (an address pasted into her mail).
 */
export function isolateIn(text: string, direction: "ltr" | "rtl"): string {
  if (text === "" || isIsolated(text) || link.test(text)) return text;
  if (direction === "ltr" && !rightToLeft.test(text)) return text;
  return isolate(text);
}
