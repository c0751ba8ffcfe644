import { rulesCompatible, type EligibilityRule } from "~/domain/eligibility/eligibility";
import { BASIS_POINTS, meetsShare } from "~/domain/shared/money";
import { potBudget } from "./ledger";

/**
 * Checks a round and its pots as the funder plans them. Problems block saving; warnings are
 * shown but allowed. Keys are translation keys in the "schemes" namespace.
 */

export type PlannedRound = {
  opensAt: Date;
  closesAt: Date;
  decisionAt: Date | null;
  budgetMinor: number;
};

export type PlannedPot = {
  id: string;
  amountMinor: number | null;
  shareBasisPoints: number | null;
  minGrantMinor: number;
  maxGrantMinor: number;
  eligibility: EligibilityRule[];
  floorBasisPoints: number | null;
  floorRule: EligibilityRule | null;
};

export type PlanIssue = {
  potId?: string;
  field: string;
  key: string;
  values?: Record<string, number | { minor: number }>;
};

export function checkRoundDates(
  round: Pick<PlannedRound, "opensAt" | "closesAt" | "decisionAt">,
): PlanIssue[] {
  const issues: PlanIssue[] = [];
  if (round.closesAt.getTime() <= round.opensAt.getTime()) {
    issues.push({ field: "closesAt", key: "schemes:errors.closesBeforeOpens" });
  }
  if (round.decisionAt && round.decisionAt.getTime() < round.closesAt.getTime()) {
    issues.push({ field: "decisionAt", key: "schemes:errors.decisionBeforeClose" });
  }
  return issues;
}

export function checkPots(
  budgetMinor: number,
  pots: PlannedPot[],
): { problems: PlanIssue[]; warnings: PlanIssue[] } {
  const problems: PlanIssue[] = [];
  const warnings: PlanIssue[] = [];

  for (const pot of pots) {
    if ((pot.amountMinor === null) === (pot.shareBasisPoints === null)) {
      problems.push({ potId: pot.id, field: "moneyKind", key: "schemes:errors.amountOrShare" });
      continue;
    }
    if (pot.amountMinor !== null && pot.amountMinor > budgetMinor) {
      problems.push({
        potId: pot.id,
        field: "amount",
        key: "schemes:errors.potAboveBudget",
        values: { budget: { minor: budgetMinor } },
      });
    }
    if (
      pot.shareBasisPoints !== null &&
      (pot.shareBasisPoints <= 0 || pot.shareBasisPoints > BASIS_POINTS)
    ) {
      problems.push({ potId: pot.id, field: "share", key: "schemes:errors.shareRange" });
    }
    if (pot.minGrantMinor > pot.maxGrantMinor) {
      problems.push({ potId: pot.id, field: "minGrant", key: "schemes:errors.minAboveMax" });
    }
    const money = potBudget(pot, budgetMinor);
    if (pot.maxGrantMinor > money) {
      problems.push({
        potId: pot.id,
        field: "maxGrant",
        key: "schemes:errors.maxAbovePot",
        values: { pot: { minor: money } },
      });
    }
    if (pot.floorBasisPoints !== null) {
      if (pot.floorBasisPoints <= 0 || pot.floorBasisPoints > BASIS_POINTS) {
        problems.push({ potId: pot.id, field: "floor", key: "schemes:errors.floorRange" });
      } else if (!pot.floorRule) {
        problems.push({ potId: pot.id, field: "floorRule", key: "schemes:errors.floorNeedsRule" });
      }
    }
  }

  const shares = pots.reduce((total, pot) => total + (pot.shareBasisPoints ?? 0), 0);
  if (shares > BASIS_POINTS)
    problems.push({ field: "shares", key: "schemes:errors.sharesAbove100" });
  const allocated = pots.reduce((total, pot) => total + potBudget(pot, budgetMinor), 0);
  if (allocated > budgetMinor) {
    problems.push({
      field: "budget",
      key: "schemes:errors.potsAboveBudget",
      values: { allocated: { minor: allocated }, budget: { minor: budgetMinor } },
    });
  }

  for (const pot of pots) {
    if (pot.floorBasisPoints === null || !pot.floorRule) continue;
    const floorRule = pot.floorRule;
    const reachable = pots.some((candidate) => rulesCompatible(candidate.eligibility, [floorRule]));
    if (!reachable) {
      problems.push({ potId: pot.id, field: "floor", key: "schemes:errors.floorUnreachable" });
      continue;
    }
    // Pots that admit only qualifying groups guarantee the floor by construction; otherwise
    // meeting it depends on the panel's choices, which the funder should know.
    const guaranteed = pots
      .filter((candidate) => candidate.eligibility.some((rule) => sameRule(rule, floorRule)))
      .reduce((total, candidate) => total + potBudget(candidate, budgetMinor), 0);
    if (!meetsShare(guaranteed, allocated, pot.floorBasisPoints)) {
      warnings.push({ potId: pot.id, field: "floor", key: "schemes:warnings.floorNotGuaranteed" });
    }
  }
  return { problems, warnings };
}

function sameRule(a: EligibilityRule, b: EligibilityRule) {
  return (
    a.type === b.type &&
    (a.type !== "byAndFor" ||
      b.type !== "byAndFor" ||
      a.minLeadershipPercent >= b.minLeadershipPercent)
  );
}

/**
 * Once anyone has started an application, the money rules (budget, pots' money, limits and
 * eligibility) are fixed: changing them would change the terms people applied under.
 * Texts and dates can still be corrected.
 */
export function moneyRulesLocked(applicationCount: number): boolean {
  return applicationCount > 0;
}
