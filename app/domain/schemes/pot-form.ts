import { z } from "zod";
import {
  eligibilityRuleSchema,
  legalForms,
  type EligibilityRule,
  type RuleType,
} from "~/domain/eligibility/eligibility";
import { parseMoney, toInputValue } from "~/domain/shared/money";
import { parsePercent, percentInputValue } from "~/domain/shared/percent";
import type { PlannedPot } from "./round-plan";
import { textFieldsShape, textFormValues, textsFrom, type Texts } from "./translated-fields";

/**
 * The pot form: texts per language, the pot's money (a fixed amount or a share of the round
 * budget), grant limits, eligibility rules as data and an optional floor. Every rule type is
 * a checkbox with its own inputs, so the form needs no JavaScript. Messages are "schemes"
 * translation keys.
 */

export const ruleTypes: readonly RuleType[] = [
  "legalForms",
  "byAndFor",
  "maxAnnualIncome",
  "areaServed",
  "minYearsActive",
];

/** "rule" for who may apply to the pot, "floor" for the rule a floor counts. */
export type RulePrefix = "rule" | "floor";

export const potFields = {
  moneyKind: "moneyKind",
  amount: "amount",
  share: "share",
  minGrant: "minGrant",
  maxGrant: "maxGrant",
  /** Checkbox switching a rule type on (eligibility only) and the place its errors go. */
  rule: (prefix: RulePrefix, type: RuleType) => `${prefix}.${type}`,
  legalForm: (prefix: RulePrefix, form: string) => `${prefix}.legalForms.${form}`,
  informalNeedsHost: (prefix: RulePrefix) => `${prefix}.legalForms.informalNeedsHost`,
  minLeadershipPercent: (prefix: RulePrefix) => `${prefix}.byAndFor.minLeadershipPercent`,
  maxAnnualIncome: (prefix: RulePrefix) => `${prefix}.maxAnnualIncome.amount`,
  areas: (prefix: RulePrefix) => `${prefix}.areaServed.areas`,
  years: (prefix: RulePrefix) => `${prefix}.minYearsActive.years`,
  floor: "floor",
  floorPercent: "floor.percent",
  floorType: "floor.type",
} as const;

/** Field names that carry money rules; once these are locked, posting any of them is a change request. */
export function isMoneyField(name: string): boolean {
  return (
    ["moneyKind", "amount", "share", "minGrant", "maxGrant", "floor"].includes(name) ||
    /^(rule|floor)\./.test(name)
  );
}

export type PotMoney = Omit<PlannedPot, "id">;
export type PotInput = { name: Texts; description: Texts; money: PotMoney | null };
type Issue = { field: string; key: string };
type Values = Partial<Record<string, string>>;

const easternDigits = /[٠-٩۰-۹]/g;
function wholeNumber(input: string | undefined, max: number): number | null {
  const text = (input ?? "")
    .trim()
    .replace(easternDigits, (d) =>
      String(d.charCodeAt(0) >= 0x6f0 ? d.charCodeAt(0) - 0x6f0 : d.charCodeAt(0) - 0x660),
    );
  if (!/^\d{1,4}$/.test(text)) return null;
  const value = Number(text);
  return value <= max ? value : null;
}

/** Areas typed one per line or separated by commas (Arabic and Persian commas too). */
export function splitAreas(input: string | undefined): string[] {
  const areas = (input ?? "")
    .split(/[,\n\r،]+/)
    .map((area) => area.trim())
    .filter(Boolean);
  return [...new Set(areas)];
}

function readMoney(
  values: Values,
  field: string,
  currency: string,
  issues: Issue[],
  required = "schemes:errors.amountRequired",
) {
  const typed = values[field]?.trim();
  if (!typed) {
    issues.push({ field, key: required });
    return null;
  }
  const minor = parseMoney(typed, currency);
  if (minor === null) issues.push({ field, key: "schemes:errors.moneyInvalid" });
  return minor;
}

function readRule(
  values: Values,
  prefix: RulePrefix,
  type: RuleType,
  currency: string,
  issues: Issue[],
): EligibilityRule | null {
  const before = issues.length;
  let rule: unknown = null;
  switch (type) {
    case "legalForms": {
      const allowed = legalForms.filter(
        (form) => values[potFields.legalForm(prefix, form)] === "on",
      );
      if (allowed.length === 0)
        issues.push({ field: potFields.rule(prefix, type), key: "schemes:errors.legalFormsNone" });
      rule = {
        type,
        allowed,
        informalNeedsHost: values[potFields.informalNeedsHost(prefix)] === "on",
      };
      break;
    }
    case "byAndFor": {
      const field = potFields.minLeadershipPercent(prefix);
      const minLeadershipPercent = wholeNumber(values[field], 100);
      if (minLeadershipPercent === null)
        issues.push({ field, key: "schemes:errors.wholePercentInvalid" });
      rule = { type, minLeadershipPercent };
      break;
    }
    case "maxAnnualIncome": {
      const amountMinor = readMoney(
        values,
        potFields.maxAnnualIncome(prefix),
        currency,
        issues,
        "schemes:errors.incomeLimitRequired",
      );
      rule = { type, amountMinor };
      break;
    }
    case "areaServed": {
      const areas = splitAreas(values[potFields.areas(prefix)]);
      if (areas.length === 0)
        issues.push({ field: potFields.areas(prefix), key: "schemes:errors.areasRequired" });
      rule = { type, areas };
      break;
    }
    case "minYearsActive": {
      const field = potFields.years(prefix);
      const years = wholeNumber(values[field], 200);
      if (years === null) issues.push({ field, key: "schemes:errors.yearsInvalid" });
      rule = { type, years };
      break;
    }
  }
  return issues.length === before ? eligibilityRuleSchema.parse(rule) : null;
}

/** Reads the pot's money rules; the texts are checked by the zod shape. */
export function readPotMoney(
  values: Values,
  currency: string,
): { money: PotMoney | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const kind = values.moneyKind;
  let amountMinor: number | null = null;
  let shareBasisPoints: number | null = null;
  if (kind === "amount") {
    amountMinor = readMoney(
      values,
      potFields.amount,
      currency,
      issues,
      "schemes:errors.potAmountRequired",
    );
    if (amountMinor === 0)
      issues.push({ field: potFields.amount, key: "schemes:errors.amountPositive" });
  } else if (kind === "share") {
    const typed = values.share?.trim();
    shareBasisPoints = typed ? parsePercent(typed) : null;
    if (!typed) issues.push({ field: potFields.share, key: "schemes:errors.shareRequired" });
    else if (shareBasisPoints === null)
      issues.push({ field: potFields.share, key: "schemes:errors.percentInvalid" });
  } else {
    issues.push({ field: potFields.moneyKind, key: "schemes:errors.moneyKindRequired" });
  }

  const minGrantMinor = readMoney(
    values,
    potFields.minGrant,
    currency,
    issues,
    "schemes:errors.minGrantRequired",
  );
  const maxGrantMinor = readMoney(
    values,
    potFields.maxGrant,
    currency,
    issues,
    "schemes:errors.maxGrantRequired",
  );
  if (maxGrantMinor === 0)
    issues.push({ field: potFields.maxGrant, key: "schemes:errors.amountPositive" });

  const eligibility: EligibilityRule[] = [];
  for (const type of ruleTypes) {
    if (values[potFields.rule("rule", type)] !== "on") continue;
    const rule = readRule(values, "rule", type, currency, issues);
    if (rule) eligibility.push(rule);
  }

  let floorBasisPoints: number | null = null;
  let floorRule: EligibilityRule | null = null;
  if (values.floor === "on") {
    const typed = values[potFields.floorPercent]?.trim();
    floorBasisPoints = typed ? parsePercent(typed) : null;
    if (floorBasisPoints === null) {
      issues.push({
        field: potFields.floorPercent,
        key: typed ? "schemes:errors.percentInvalid" : "schemes:errors.floorPercentRequired",
      });
    }
    const type = ruleTypes.find((candidate) => candidate === values[potFields.floorType]);
    if (!type) issues.push({ field: potFields.floorType, key: "schemes:errors.floorNeedsRule" });
    else floorRule = readRule(values, "floor", type, currency, issues);
  }

  if (issues.length > 0) return { money: null, issues };
  return {
    money: {
      amountMinor,
      shareBasisPoints,
      minGrantMinor: minGrantMinor!,
      maxGrantMinor: maxGrantMinor!,
      eligibility,
      floorBasisPoints,
      floorRule,
    },
    issues,
  };
}

const potTextsShape = {
  ...textFieldsShape("name", {
    required: true,
    maxLength: 200,
    requiredKey: "schemes:errors.potNameRequired",
  }),
  ...textFieldsShape("description", {
    required: true,
    maxLength: 2000,
    requiredKey: "schemes:errors.potDescriptionRequired",
  }),
};

/**
 * `moneyRules: false` reads only the texts: used when the money rules are locked and the form
 * sent none of them.
 */
export function potFormSchema(currency: string, options: { moneyRules: boolean }) {
  return z
    .object(potTextsShape)
    .passthrough()
    .superRefine((values, ctx) => {
      if (!options.moneyRules) return;
      for (const issue of readPotMoney(values as Values, currency).issues) {
        ctx.addIssue({ code: "custom", path: [issue.field], message: issue.key });
      }
    })
    .transform((values): PotInput => ({
      name: textsFrom(values, "name"),
      description: textsFrom(values, "description"),
      money: options.moneyRules ? readPotMoney(values as Values, currency).money : null,
    }));
}

function ruleFormValues(
  prefix: RulePrefix,
  rule: EligibilityRule,
  currency: string,
): Record<string, string> {
  switch (rule.type) {
    case "legalForms":
      return {
        ...Object.fromEntries(
          rule.allowed.map((form) => [potFields.legalForm(prefix, form), "on"]),
        ),
        ...(rule.informalNeedsHost ? { [potFields.informalNeedsHost(prefix)]: "on" } : {}),
      };
    case "byAndFor":
      return { [potFields.minLeadershipPercent(prefix)]: String(rule.minLeadershipPercent) };
    case "maxAnnualIncome":
      return { [potFields.maxAnnualIncome(prefix)]: toInputValue(rule.amountMinor, currency) };
    case "areaServed":
      return { [potFields.areas(prefix)]: rule.areas.join("\n") };
    case "minYearsActive":
      return { [potFields.years(prefix)]: String(rule.years) };
  }
}

/** What a new pot's form starts with: the usual by-and-for threshold filled in, nothing switched on. */
export const newPotFormValues: Record<string, string> = {
  [potFields.minLeadershipPercent("rule")]: "51",
  [potFields.minLeadershipPercent("floor")]: "51",
  [potFields.years("rule")]: "0",
  [potFields.years("floor")]: "0",
};

export function potFormValues(
  pot: { name: unknown; description: unknown } & PotMoney,
  currency: string,
): Record<string, string> {
  const values: Record<string, string> = {
    ...newPotFormValues,
    ...textFormValues("name", pot.name),
    ...textFormValues("description", pot.description),
    moneyKind: pot.amountMinor !== null ? "amount" : "share",
    minGrant: toInputValue(pot.minGrantMinor, currency),
    maxGrant: toInputValue(pot.maxGrantMinor, currency),
  };
  if (pot.amountMinor !== null) values.amount = toInputValue(pot.amountMinor, currency);
  if (pot.shareBasisPoints !== null) values.share = percentInputValue(pot.shareBasisPoints);
  for (const rule of pot.eligibility) {
    values[potFields.rule("rule", rule.type)] = "on";
    Object.assign(values, ruleFormValues("rule", rule, currency));
  }
  if (pot.floorBasisPoints !== null) {
    values.floor = "on";
    values[potFields.floorPercent] = percentInputValue(pot.floorBasisPoints);
  }
  if (pot.floorRule) {
    values[potFields.floorType] = pot.floorRule.type;
    Object.assign(values, ruleFormValues("floor", pot.floorRule, currency));
  }
  return values;
}

/** A rule in one spelling, so stored and typed rules compare equal when they mean the same. */
function canonicalRule(rule: EligibilityRule): EligibilityRule {
  const parsed = eligibilityRuleSchema.parse(rule);
  if (parsed.type === "legalForms")
    return { ...parsed, allowed: legalForms.filter((form) => parsed.allowed.includes(form)) };
  if (parsed.type === "areaServed") return { ...parsed, areas: [...parsed.areas].sort() };
  return parsed;
}

function canonicalMoney(money: PotMoney) {
  return JSON.stringify({
    amountMinor: money.amountMinor,
    shareBasisPoints: money.shareBasisPoints,
    minGrantMinor: money.minGrantMinor,
    maxGrantMinor: money.maxGrantMinor,
    eligibility: money.eligibility
      .map(canonicalRule)
      .sort((a, b) => ruleTypes.indexOf(a.type) - ruleTypes.indexOf(b.type)),
    floorBasisPoints: money.floorBasisPoints,
    floorRule: money.floorRule ? canonicalRule(money.floorRule) : null,
  });
}

/** Whether two sets of money rules are the same terms for applicants. */
export function sameMoneyRules(a: PotMoney, b: PotMoney): boolean {
  return canonicalMoney(a) === canonicalMoney(b);
}
