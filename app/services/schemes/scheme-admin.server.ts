import { Prisma } from "~/generated/client-sqlite/client";
import type { Locale } from "~/domain/shared/locales";
import { moneyRulesLocked } from "~/domain/schemes/round-plan";
import { stillTakesApplications, usableForRounds } from "~/domain/forms/retirement";
import { changedFields } from "~/domain/schemes/changes";
import { checkBudgetChange, checkPotChange, type FieldIssue } from "~/domain/schemes/plan-check";
import { sameMoneyRules, type PotInput, type PotMoney } from "~/domain/schemes/pot-form";
import type { RoundInput } from "~/domain/schemes/round-form";
import type { SchemeInput } from "~/domain/schemes/scheme-form";
import { translated } from "~/domain/shared/translated-text";
import { audit } from "~/services/platform/audit.server";
import { db, isUniqueViolation, type Tx } from "~/services/platform/db.server";
import { toPlannedPot } from "./schemes.server";

/**
 * Funder staff's changes to schemes, rounds and pots; callers have already found the record
 * within the funder (scheme-access.server.ts). Each change is checked and audited inside one
 * transaction, so two people saving at once cannot slip a pot past the round's budget or past
 * the money-rules lock.
 */

export type SaveResult<T> =
  | { ok: true; value: T; warnings: FieldIssue[] }
  | { ok: false; errors: FieldIssue[]; warnings: FieldIssue[] };

const refused = <T>(field: string, key: string, values?: FieldIssue["values"]): SaveResult<T> => ({
  ok: false,
  errors: [{ field, key, values }],
  warnings: [],
});

export function applicationCount(roundId: string, client: Tx = db() as unknown as Tx) {
  return client.application.count({ where: { pot: { roundId } } });
}

const json = (value: unknown) => value as Prisma.InputJsonValue;
const nullableJson = (value: unknown) => (value === null ? Prisma.DbNull : json(value));

// ---------- schemes ----------

export async function createScheme(
  actorId: string,
  funderId: string,
  input: SchemeInput,
): Promise<SaveResult<{ id: string }>> {
  try {
    return await db().$transaction(async (tx) => {
      if (await tx.scheme.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
        return refused<{ id: string }>("slug", "schemes:errors.slugTaken");
      }
      const scheme = await tx.scheme.create({
        data: {
          funderId,
          slug: input.slug,
          currency: input.currency ?? "EUR",
          timeZone: input.timeZone,
          published: input.published,
          retentionMonths: input.retentionMonths,
          title: json(input.title),
          description: json(input.description),
          moneyUse: nullableJson(input.moneyUse),
          helpText: nullableJson(input.helpText),
        },
      });
      await audit(tx, {
        actorId,
        action: "schemes.scheme-created",
        entity: { type: "Scheme", id: scheme.id },
        funderId,
        detail: json({ ...input, currency: scheme.currency }),
      });
      return { ok: true as const, value: { id: scheme.id }, warnings: [] };
    });
  } catch (error) {
    // Two people choosing the same address at the same moment: the database has the last word.
    if (isUniqueViolation(error)) return refused("slug", "schemes:errors.slugTaken");
    throw error;
  }
}

export async function updateScheme(
  actorId: string,
  funderId: string,
  schemeId: string,
  input: SchemeInput,
): Promise<SaveResult<{ id: string }>> {
  try {
    return await db().$transaction(async (tx) => {
      const scheme = await tx.scheme.findFirstOrThrow({
        where: { id: schemeId, funderId },
        include: { _count: { select: { rounds: true } } },
      });
      const currency = input.currency ?? scheme.currency;
      // Budgets and pots are amounts in the scheme's currency; switching it would change every one.
      if (currency !== scheme.currency && scheme._count.rounds > 0) {
        return refused<{ id: string }>("currency", "schemes:errors.currencyLocked");
      }
      const owner = await tx.scheme.findUnique({
        where: { slug: input.slug },
        select: { id: true },
      });
      if (owner && owner.id !== scheme.id)
        return refused<{ id: string }>("slug", "schemes:errors.slugTaken");
      const after = { ...input, currency };
      const changes = changedFields(scheme as unknown as Record<string, unknown>, after);
      if (Object.keys(changes).length > 0) {
        await tx.scheme.update({
          where: { id: scheme.id },
          data: {
            slug: after.slug,
            currency,
            timeZone: after.timeZone,
            published: after.published,
            retentionMonths: after.retentionMonths,
            title: json(after.title),
            description: json(after.description),
            moneyUse: nullableJson(after.moneyUse),
            helpText: nullableJson(after.helpText),
          },
        });
        await audit(tx, {
          actorId,
          action: "schemes.scheme-updated",
          entity: { type: "Scheme", id: scheme.id },
          funderId,
          detail: json({ changes }),
        });
      }
      return { ok: true as const, value: { id: scheme.id }, warnings: [] };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refused("slug", "schemes:errors.slugTaken");
    throw error;
  }
}

// ---------- rounds ----------

/**
 * Writes to the round first, so that on PostgreSQL its row stays locked (and on SQLite the
 * database is held for writing) until this transaction ends: two people changing pots of the
 * same round at once are checked one after the other, never against the same old plan.
 */
async function lockRound(tx: Tx, roundId: string) {
  await tx.round.update({ where: { id: roundId }, data: { updatedAt: new Date() } });
}

type StoredPot = Parameters<typeof toPlannedPot>[0] & { name: unknown };

const labelled = (pots: StoredPot[], locale: Locale) =>
  pots.map((pot) => ({ ...toPlannedPot(pot), label: translated(pot.name, locale).text }));

export async function createRound(
  actorId: string,
  funderId: string,
  schemeId: string,
  input: RoundInput,
): Promise<{ id: string }> {
  return db().$transaction(async (tx) => {
    const round = await tx.round.create({
      data: {
        schemeId,
        name: json(input.name),
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        decisionAt: input.decisionAt,
        budgetMinor: input.budgetMinor ?? 0,
      },
    });
    await audit(tx, {
      actorId,
      action: "schemes.round-created",
      entity: { type: "Round", id: round.id },
      funderId,
      detail: json({
        schemeId,
        ...input,
        opensAt: input.opensAt.toISOString(),
        closesAt: input.closesAt.toISOString(),
        decisionAt: input.decisionAt?.toISOString() ?? null,
      }),
    });
    return { id: round.id };
  });
}

export async function updateRound(
  actorId: string,
  funderId: string,
  roundId: string,
  input: RoundInput,
  locale: Locale,
): Promise<SaveResult<{ id: string }>> {
  return db().$transaction(async (tx) => {
    await lockRound(tx, roundId);
    const round = await tx.round.findUniqueOrThrow({
      where: { id: roundId },
      include: { pots: { orderBy: { position: "asc" } } },
    });
    const budgetMinor = input.budgetMinor ?? round.budgetMinor;
    if (budgetMinor !== round.budgetMinor) {
      if (moneyRulesLocked(await applicationCount(round.id, tx))) {
        return refused<{ id: string }>("budget", "schemes:errors.moneyLocked");
      }
      const issues = checkBudgetChange(
        budgetMinor,
        labelled(round.pots, locale),
        round.budgetMinor,
      );
      if (issues.length > 0) return { ok: false as const, errors: issues, warnings: [] };
    }
    // Reopening a round whose form version was retired would start new applications on it.
    if (round.formVersionId && stillTakesApplications({ closesAt: input.closesAt }, new Date())) {
      const version = await tx.formVersion.findUnique({
        where: { id: round.formVersionId },
        select: { status: true },
      });
      if (version && !usableForRounds(version.status)) {
        return refused<{ id: string }>("closesAt", "schemes:errors.retiredFormVersion");
      }
    }
    const after = {
      name: input.name,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      decisionAt: input.decisionAt,
      budgetMinor,
    };
    const changes = changedFields(round as unknown as Record<string, unknown>, after);
    if (Object.keys(changes).length > 0) {
      await tx.round.update({
        where: { id: round.id },
        data: { ...after, name: json(after.name) },
      });
      await audit(tx, {
        actorId,
        action: "schemes.round-updated",
        entity: { type: "Round", id: round.id },
        funderId,
        detail: json({ changes }),
      });
    }
    return { ok: true as const, value: { id: round.id }, warnings: [] };
  });
}

// ---------- pots ----------

function potMoneyData(money: PotMoney) {
  return {
    amountMinor: money.amountMinor,
    shareBasisPoints: money.shareBasisPoints,
    minGrantMinor: money.minGrantMinor,
    maxGrantMinor: money.maxGrantMinor,
    eligibility: json(money.eligibility),
    floorBasisPoints: money.floorBasisPoints,
    floorRule: nullableJson(money.floorRule),
  };
}

const NEW_POT = "new-pot";

export async function createPot(
  actorId: string,
  funderId: string,
  roundId: string,
  input: PotInput,
  locale: Locale,
): Promise<SaveResult<{ id: string }>> {
  if (!input.money) throw new Error("A new pot needs its money rules.");
  const money = input.money;
  return db().$transaction(async (tx) => {
    await lockRound(tx, roundId);
    const round = await tx.round.findUniqueOrThrow({
      where: { id: roundId },
      include: { pots: { orderBy: { position: "asc" } } },
    });
    // A pot added after people applied would change how the round's money is shared out.
    if (moneyRulesLocked(await applicationCount(round.id, tx)))
      return refused<{ id: string }>("moneyRules", "schemes:errors.potsLocked");
    const check = checkPotChange(round.budgetMinor, labelled(round.pots, locale), NEW_POT, money);
    if (check.problems.length > 0)
      return { ok: false as const, errors: check.problems, warnings: check.warnings };
    const position = round.pots.reduce((highest, pot) => Math.max(highest, pot.position), 0) + 1;
    const pot = await tx.pot.create({
      data: {
        roundId,
        position,
        name: json(input.name),
        description: json(input.description),
        ...potMoneyData(money),
      },
    });
    await audit(tx, {
      actorId,
      action: "schemes.pot-created",
      entity: { type: "Pot", id: pot.id },
      funderId,
      detail: json({ roundId, name: input.name, description: input.description, ...money }),
    });
    return { ok: true as const, value: { id: pot.id }, warnings: check.warnings };
  });
}

export async function updatePot(
  actorId: string,
  funderId: string,
  potId: string,
  input: PotInput,
  locale: Locale,
): Promise<SaveResult<{ id: string }>> {
  return db().$transaction(async (tx) => {
    const { roundId } = await tx.pot.findUniqueOrThrow({
      where: { id: potId },
      select: { roundId: true },
    });
    await lockRound(tx, roundId);
    const pot = await tx.pot.findUniqueOrThrow({
      where: { id: potId },
      include: { round: { include: { pots: { orderBy: { position: "asc" } } } } },
    });
    const stored = toPlannedPot(pot);
    let money: PotMoney = stored;
    let warnings: FieldIssue[] = [];
    if (input.money && !sameMoneyRules(input.money, stored)) {
      if (moneyRulesLocked(await applicationCount(pot.roundId, tx)))
        return refused<{ id: string }>("moneyRules", "schemes:errors.moneyLocked");
      const check = checkPotChange(
        pot.round.budgetMinor,
        labelled(pot.round.pots, locale),
        pot.id,
        input.money,
      );
      if (check.problems.length > 0)
        return { ok: false as const, errors: check.problems, warnings: check.warnings };
      money = input.money;
      warnings = check.warnings;
    }
    const before = { name: pot.name, description: pot.description, ...stored };
    const after: Record<string, unknown> = {
      name: input.name,
      description: input.description,
      ...money,
    };
    delete after.id;
    const changes = changedFields(before as Record<string, unknown>, after);
    if (Object.keys(changes).length > 0) {
      await tx.pot.update({
        where: { id: pot.id },
        data: {
          name: json(input.name),
          description: json(input.description),
          ...potMoneyData(money),
        },
      });
      await audit(tx, {
        actorId,
        action: "schemes.pot-updated",
        entity: { type: "Pot", id: pot.id },
        funderId,
        detail: json({ changes }),
      });
    }
    return { ok: true as const, value: { id: pot.id }, warnings };
  });
}
