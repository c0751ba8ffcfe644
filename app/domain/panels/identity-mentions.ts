/**
 * Blind review hides the group's name, its people and its contact details, but a group may
 * still write them in an answer ("At Amal Women's Circle we…"). Free text is never redacted
 * behind the writer's back: staff are warned instead, so they can decide what to do before
 * reviewers read it. These are the rules that find such mentions.
 */

export type MentionKind = "group" | "person" | "email" | "phone";

/** Who the group is: its name and registration number, and the names of its people. */
export type Identity = { group: readonly string[]; people: readonly string[] };

export type AnswerText = { questionId: string; text: string };

export type Mention = { questionId: string; kinds: MentionKind[] };

/** Names shorter than this are too likely to be ordinary words. */
const SHORTEST_NAME = 3;

const kindsInOrder: readonly MentionKind[] = ["group", "person", "email", "phone"];

/** The answers that mention who the group is, each with what it mentions. */
export function identityMentions(answers: readonly AnswerText[], identity: Identity): Mention[] {
  const byQuestion = new Map<string, Set<MentionKind>>();
  for (const answer of answers) {
    const kinds = mentionsIn(answer.text, identity);
    if (kinds.length === 0) continue;
    const seen = byQuestion.get(answer.questionId) ?? new Set<MentionKind>();
    kinds.forEach((kind) => seen.add(kind));
    byQuestion.set(answer.questionId, seen);
  }
  return [...byQuestion].map(([questionId, kinds]) => ({
    questionId,
    kinds: kindsInOrder.filter((kind) => kinds.has(kind)),
  }));
}

/** What one text says about who the group is. */
export function mentionsIn(text: string, identity: Identity): MentionKind[] {
  const haystack = comparable(text);
  const kinds: MentionKind[] = [];
  if (identity.group.some((name) => containsName(haystack, name))) kinds.push("group");
  if (identity.people.some((name) => containsName(haystack, name))) kinds.push("person");
  if (emailPattern.test(text)) kinds.push("email");
  if (containsPhoneNumber(text)) kinds.push("phone");
  return kinds;
}

const emailPattern = /[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]{2,}/u;

/**
 * Case, accents, curly apostrophes and spacing do not hide a name: "amal women’s  circle" is
 * "Amal Women's Circle".
 */
function comparable(text: string) {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase()
    .replace(/\s+/gu, " ");
}

/** The name as a whole word or words, not inside a longer word. */
function containsName(haystack: string, name: string) {
  const needle = comparable(name).trim();
  if (needle.length < SHORTEST_NAME) return false;
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if (!isWordCharacter(before) && !isWordCharacter(after)) return true;
    from = at + 1;
  }
}

const isWordCharacter = (character: string | undefined) =>
  character !== undefined && /[\p{L}\p{N}]/u.test(character);

/** Arabic-Indic and Persian digits count as digits: a number typed on an Arabic phone is a number. */
function westernDigits(text: string) {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) =>
    String(digit.charCodeAt(0) & 0xf),
  );
}

/** Runs of digits with the spaces, dots, dashes and brackets people write phone numbers with. */
const digitRun = /\+?\d(?:[\s.\-()]{0,2}\d)+/gu;

/**
 * A phone number: international (+ or 00, 8 to 15 digits) or national with a leading 0 (9 to
 * 12 digits). Amounts and dates rarely look like that: they do not start with 0 or +.
 */
export function containsPhoneNumber(text: string): boolean {
  for (const match of westernDigits(text).matchAll(digitRun)) {
    const run = match[0];
    const digits = run.replace(/\D/g, "");
    if (run.startsWith("+") || digits.startsWith("00")) {
      if (digits.length >= 8 && digits.length <= 15) return true;
    } else if (digits.startsWith("0") && digits.length >= 9 && digits.length <= 12) {
      return true;
    }
  }
  return false;
}
