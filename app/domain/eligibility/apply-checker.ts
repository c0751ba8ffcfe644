import { z } from "zod";
import {
  evaluateEligibility,
  legalForms,
  listedAreas,
  type EligibilityRule,
  type Explanation,
  type GroupProfile,
  type LegalForm,
  type RuleOutcome,
} from "./eligibility";
import { parseMoney } from "~/domain/shared/money";

/**
 * The "Can we apply?" checker: which questions a round's pots need, how the answers are read,
 * and what each pot says about them. Nothing is stored; answers live only in the page address.
 */

export const questions = [
  "legalForm",
  "host",
  "byAndFor",
  "leadership",
  "income",
  "area",
  "years",
] as const;
export type Question = (typeof questions)[number];

/** The area answer for groups working outside every area the rules name. */
export const elsewhere = "elsewhere";

export type CheckerQuestions = {
  /** In the order the form asks them. */
  asked: Question[];
  /** Areas named by the rules, for the area choice. */
  areas: string[];
};

/** Only what some pot's rules look at, so nobody answers a question that changes nothing. */
export function questionsFor(ruleSets: EligibilityRule[][]): CheckerQuestions {
  const needed = new Set<Question>();
  for (const rule of ruleSets.flat()) {
    switch (rule.type) {
      case "legalForms":
        needed.add("legalForm");
        if (rule.informalNeedsHost && rule.allowed.includes("INFORMAL_GROUP")) needed.add("host");
        break;
      case "byAndFor":
        needed.add("byAndFor");
        if (rule.minLeadershipPercent > 0) needed.add("leadership");
        break;
      case "maxAnnualIncome":
        needed.add("income");
        break;
      case "areaServed":
        needed.add("area");
        break;
      case "minYearsActive":
        if (rule.years > 0) needed.add("years");
        break;
    }
  }
  return {
    asked: questions.filter((question) => needed.has(question)),
    areas: listedAreas(ruleSets.flat()),
  };
}

const easternDigits = /[٠-٩۰-۹]/g;
/** People type numbers with Arabic-Indic or Persian digits too. */
function westernDigits(text: string) {
  return text.replace(easternDigits, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= 0x6f0 ? code - 0x6f0 : code - 0x660);
  });
}

const blank = (value: string | undefined): value is undefined =>
  value === undefined || value.trim() === "";

function choice<T extends string>(options: readonly T[], message: string) {
  return z
    .string()
    .optional()
    .transform((value, ctx): T | null => {
      if (blank(value)) return null;
      const picked = options.find((option) => option === value.trim());
      if (picked === undefined) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message });
        return z.NEVER;
      }
      return picked;
    });
}

function wholeNumber(max: number, message: string, stripPercent = false) {
  return z
    .string()
    .optional()
    .transform((value, ctx): number | null => {
      if (blank(value)) return null;
      let text = westernDigits(value.trim());
      if (stripPercent) text = text.replace(/\s*[%٪]$/, "").replace(/^[%٪]\s*/, "");
      const number = /^\d+$/.test(text) ? Number(text) : NaN;
      if (!Number.isInteger(number) || number > max) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message });
        return z.NEVER;
      }
      return number;
    });
}

/** Messages are keys in the "public" namespace; an empty answer is "not answered", never an error. */
export function checkerSchema(currency: string, areas: string[]) {
  return z.object({
    legalForm: choice(legalForms, "public:checker.errors.legalForm"),
    host: choice(["yes", "no"] as const, "public:checker.errors.yesNo"),
    byAndFor: choice(["yes", "no"] as const, "public:checker.errors.yesNo"),
    leadership: wholeNumber(100, "public:checker.errors.leadership", true),
    income: z
      .string()
      .optional()
      .transform((value, ctx): number | null => {
        if (blank(value)) return null;
        const minor = parseMoney(value, currency);
        if (minor === null) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: "public:checker.errors.income" });
          return z.NEVER;
        }
        return minor;
      }),
    area: choice([...areas, elsewhere], "public:checker.errors.area"),
    years: wholeNumber(200, "public:checker.errors.years"),
  });
}

export type CheckerAnswers = z.infer<ReturnType<typeof checkerSchema>>;

/**
 * The answers to read from a page address: only the questions asked, so a stray or stale
 * parameter can neither fail the form nor change a result.
 */
export function askedAnswers(params: URLSearchParams, asked: readonly Question[]): FormData {
  const form = new FormData();
  for (const question of asked) {
    const value = params.get(question);
    if (value !== null) form.set(question, value);
  }
  return form;
}

/** `elsewhereLabel` is the reader's words for "another area", shown back in explanations. */
export function toProfile(answers: CheckerAnswers, elsewhereLabel: string): GroupProfile {
  return {
    legalForm: answers.legalForm as LegalForm | null,
    hasHost: answers.host === "yes",
    byAndFor: answers.byAndFor === null ? null : answers.byAndFor === "yes",
    leadershipPercent: answers.leadership,
    annualIncomeMinor: answers.income,
    areaServed: answers.area === elsewhere ? elsewhereLabel : answers.area,
    yearsActive: answers.years,
  };
}

export type Verdict = "yes" | "no" | "unknown";
export type PotCheck = { verdict: Verdict; reasons: Explanation[] };

const needToKnow: Record<string, string> = {
  "eligibility:legalForm.unknown": "legalForm",
  "eligibility:byAndFor.unknown": "byAndFor",
  "eligibility:byAndFor.leadershipUnknown": "leadership",
  "eligibility:income.unknown": "income",
  "eligibility:area.unknown": "area",
  "eligibility:years.unknown": "years",
};

function unknownReason(outcome: RuleOutcome): Explanation {
  const topic = needToKnow[outcome.explanation.key];
  return topic ? { key: `public:checker.needToKnow.${topic}`, values: {} } : outcome.explanation;
}

/**
 * One pot's answer, with the reasons that decided it: what failed, else what is still
 * unknown ("we need to know … to tell you"), else what fits.
 */
export function checkPot(
  rules: EligibilityRule[],
  answers: CheckerAnswers,
  profile: GroupProfile,
): PotCheck {
  const outcomes = evaluateEligibility(rules, profile).outcomes.map((outcome): RuleOutcome => {
    // The rules treat a missing host as "no host"; an unanswered question must not say "no".
    const hostUnanswered =
      outcome.explanation.key === "eligibility:legalForm.needsHost" && answers.host === null;
    return hostUnanswered
      ? {
          ...outcome,
          result: "unknown",
          explanation: { key: "public:checker.needToKnow.host", values: {} },
        }
      : outcome;
  });
  const failed = outcomes.filter((outcome) => outcome.result === "fail");
  if (failed.length > 0)
    return { verdict: "no", reasons: failed.map((outcome) => outcome.explanation) };
  const unknown = outcomes.filter((outcome) => outcome.result === "unknown");
  if (unknown.length > 0) return { verdict: "unknown", reasons: unknown.map(unknownReason) };
  if (outcomes.length === 0)
    return { verdict: "yes", reasons: [{ key: "public:whoCanApply.anyKindOfGroup", values: {} }] };
  return { verdict: "yes", reasons: outcomes.map((outcome) => outcome.explanation) };
}
