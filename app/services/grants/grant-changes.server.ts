import { can, type Actor } from "~/domain/access/permissions";
import {
  acceptanceOf,
  endingOf,
  paymentOf,
  scheduleChange,
  variationOf,
  type CheckInMove,
  type GrantRefusal,
  type GrantStatus,
} from "~/domain/grants/lifecycle";
import { grantStatuses } from "~/domain/grants/lifecycle";
import type { PlannedTranche } from "~/domain/grants/schedule";
import type { LedgerOperation, Refusal } from "~/domain/schemes/ledger";
import type { AuditAction } from "~/domain/shared/audit-actions";
import type { Prisma } from "~/generated/client-sqlite/client";
import type { Tx } from "~/services/platform/db.server";
import {
  guardedChangeWithin,
  pass,
  refuse,
  RefusedAfterWrite,
  type ChangeRefusal,
} from "~/services/platform/guarded-change.server";
import { nudgeMailWorker } from "~/services/platform/mail-worker.server";
import { renumberCheckIns } from "~/services/monitoring/schedule.server";
import { applyLedgerOperations, inLedgerTransaction } from "~/services/schemes/ledger.server";
import type { GrantEmailEvent } from "../../../emails/grant-changed";
import { completeAfterChange } from "./grant-completion.server";
import { queueGrantEmail } from "./grant-emails.server";
import { grantResource } from "./grant-access.server";
import { loadGrantForChange, type GrantForChange } from "./grant-facts.server";

/**
 * Every change to a grant after the award (decisions 0043, 0045): one transaction that checks
 * the grant is as the person saw it (its revision), asks the lifecycle rules, moves the money
 * through the ledger, writes the grant, its tranches and a GrantChange with the reason, audits
 * it and queues the group's email. A pot changed meanwhile starts the whole change again on
 * fresh figures, so a tranche paid twice at once is paid once.
 */

export type ChangeRefused =
  | { reason: Exclude<ChangeRefusal, "wrong-status"> | "wrong-status" }
  | { reason: "refused"; refusal: GrantRefusal }
  | { reason: "ledger"; refusal: Refusal };
export type ChangeResult = { ok: true } | ({ ok: false } & ChangeRefused);

type Staff = Actor & { id: string };
type Refusing = { grant: GrantRefusal } | { ledger: Refusal };

type Step<Prepared> = {
  actor: Staff;
  grantId: string;
  revision: number;
  action: AuditAction;
  prepare: (
    grant: GrantForChange,
  ) => { ok: true; value: Prepared } | { ok: false; refusal: GrantRefusal };
  /** What the grant row becomes (revision is bumped here). */
  data: (prepared: Prepared) => Prisma.GrantUpdateManyMutationInput;
  ledger: (prepared: Prepared) => LedgerOperation[];
  /** Tranches and the GrantChange; receives the ids of payments the ledger recorded. */
  write: (tx: Tx, grant: GrantForChange, prepared: Prepared, paymentIds: string[]) => Promise<void>;
  email: (prepared: Prepared) => {
    event: GrantEmailEvent;
    reason?: string | null;
    amountMinor?: number;
    awardedMinor?: number;
  };
  detail: (prepared: Prepared) => Prisma.InputJsonValue;
};

async function runChange<Prepared>(step: Step<Prepared>): Promise<ChangeResult> {
  try {
    const result = await inLedgerTransaction(async (tx) => {
      let loaded: GrantForChange | null = null;
      return guardedChangeWithin<GrantForChange, Prepared, undefined, Refusing>(tx, {
        actorId: step.actor.id,
        load: async (client) => (loaded = await loadGrantForChange(client, step.grantId)),
        allowed: (grant) => can(step.actor, "edit", grantResource(grant)),
        from: grantStatuses,
        prepare: (grant) => {
          const read = step.prepare(grant);
          return read.ok ? pass(read.value) : refuse({ grant: read.refusal });
        },
        update: (client, grant, prepared) =>
          client.grant.updateMany({
            where: { id: grant.id, revision: step.revision },
            data: { ...step.data(prepared), revision: { increment: 1 } },
          }),
        then: async (client, grant, prepared) => {
          const money = await applyLedgerOperations(client, {
            actorId: step.actor.id,
            funderId: grant.funderId,
            operations: step.ledger(prepared),
          });
          if (!money.ok) return refuse({ ledger: money.refusal });
          await step.write(client, grant, prepared, money.paymentIds);
          const email = step.email(prepared);
          await queueGrantEmail(client, loaded!, step.revision + 1, email.event, email);
          return pass();
        },
        audit: (grant, _value, prepared) => ({
          action: step.action,
          entity: { type: "Grant", id: grant.id },
          funderId: grant.funderId,
          detail: step.detail(prepared),
        }),
      });
    });
    if (result.ok) return { ok: true };
    if (result.reason === "refused") return refusedAs(result.detail);
    return { ok: false, reason: result.reason };
  } catch (error) {
    if (error instanceof RefusedAfterWrite) return refusedAs(error.detail as Refusing);
    throw error;
  } finally {
    nudgeMailWorker();
  }
}

function refusedAs(detail: Refusing): ChangeResult {
  return "grant" in detail
    ? { ok: false, reason: "refused", refusal: detail.grant }
    : { ok: false, reason: "ledger", refusal: detail.ledger };
}

const changeRow = (
  tx: Tx,
  grantId: string,
  actorId: string,
  kind: "VARIED" | "ENDED_EARLY" | "REVOKED",
  reason: string | null,
  detail: Prisma.InputJsonValue,
) => tx.grantChange.create({ data: { grantId, kind, reason, detail, actorId } });

/**
 * Marks a tranche paid: a ledger `pay`, its Payment linked from the tranche. The last payment
 * of a grant past its end, with every check-in in, completes it at once.
 */
export async function payTranche(
  actor: Staff,
  input: { grantId: string; revision: number; trancheId: string; paidOn: Date },
  now: Date = new Date(),
) {
  const result = await runChange({
    actor,
    grantId: input.grantId,
    revision: input.revision,
    action: "grants.tranche-paid",
    prepare: (grant) => {
      const read = paymentOf(grant.facts, input.trancheId, input.paidOn, now);
      return read.ok ? { ok: true, value: read.operation } : read;
    },
    data: () => ({}),
    ledger: (operation) => [operation],
    write: async (tx, grant, operation, paymentIds) => {
      const linked = await tx.grantTranche.updateMany({
        where: { id: input.trancheId, grantId: grant.id, paymentId: null, cancelledAt: null },
        data: { paymentId: paymentIds[0]! },
      });
      if (linked.count !== 1) throw new RefusedAfterWrite({ grant: { reason: "tranche-paid" } });
      await changeRow(tx, grant.id, actor.id, "VARIED", null, {
        change: "payment",
        trancheId: input.trancheId,
        amountMinor: operation.amountMinor,
        paidOn: input.paidOn.toISOString(),
      });
    },
    email: (operation) => ({ event: "paid", amountMinor: operation.amountMinor }),
    detail: (operation) => ({
      trancheId: input.trancheId,
      amountMinor: operation.amountMinor,
      paidOn: input.paidOn.toISOString(),
    }),
  });
  if (result.ok) await completeAfterChange(input.grantId, now);
  return result;
}

/** Replaces the unpaid tranches with a new schedule that adds up to the award. */
export function changeSchedule(
  actor: Staff,
  input: { grantId: string; revision: number; planned: PlannedTranche[]; reason: string },
) {
  return runChange({
    actor,
    grantId: input.grantId,
    revision: input.revision,
    action: "grants.schedule-changed",
    prepare: (grant) => {
      const read = scheduleChange(grant.facts, input.planned);
      if (!read.ok) return read;
      const before = grant.facts.tranches
        .filter((t) => !t.paid && !t.cancelled)
        .map((t) => ({ amountMinor: t.amountMinor, dueOn: t.dueOn.toISOString() }));
      return { ok: true, value: { before, grant } };
    },
    data: () => ({}),
    ledger: () => [],
    write: async (tx, grant) => {
      const unpaid = grant.facts.tranches.filter((t) => !t.paid && !t.cancelled);
      const kept = new Set(input.planned.flatMap((line) => (line.id ? [line.id] : [])));
      const now = new Date();
      for (const tranche of unpaid.filter((t) => !kept.has(t.id)))
        await tx.grantTranche.update({ where: { id: tranche.id }, data: { cancelledAt: now } });
      let position = Math.max(-1, ...grant.facts.tranches.map((t) => t.position)) + 1;
      const paidCount = grant.facts.tranches.filter((t) => t.paid && !t.cancelled).length;
      for (const [index, line] of input.planned.entries()) {
        // Positions follow the order of due dates after the paid ones; new rows come after.
        if (line.id)
          await tx.grantTranche.update({
            where: { id: line.id },
            data: { amountMinor: line.amountMinor, dueOn: line.dueOn, position: paidCount + index },
          });
        else
          await tx.grantTranche.create({
            data: {
              grantId: grant.id,
              position: Math.max(position++, paidCount + index),
              amountMinor: line.amountMinor,
              dueOn: line.dueOn,
            },
          });
      }
      await changeRow(tx, grant.id, actor.id, "VARIED", input.reason, {
        change: "schedule",
        tranches: input.planned.map((line) => ({
          amountMinor: line.amountMinor,
          dueOn: line.dueOn.toISOString(),
        })),
      });
    },
    email: () => ({ event: "schedule", reason: input.reason }),
    detail: ({ before }) => ({
      before,
      after: input.planned.map((line) => ({
        amountMinor: line.amountMinor,
        dueOn: line.dueOn.toISOString(),
      })),
    }),
  });
}

/**
 * A variation: the award down (the ledger's `award` of it) and/or the dates moved, with the
 * check-ins not yet sent keeping their place in the period. The award lowered to what was paid,
 * or an end moved into the past, may complete the grant at once.
 */
export async function varyGrant(
  actor: Staff,
  input: {
    grantId: string;
    revision: number;
    amountMinor: number | null;
    startsOn: Date;
    endsOn: Date;
    reason: string;
  },
  now: Date = new Date(),
) {
  const result = await runChange({
    actor,
    grantId: input.grantId,
    revision: input.revision,
    action: "grants.varied",
    prepare: (grant) => {
      const read = variationOf(grant.facts, input);
      return read.ok
        ? {
            ok: true,
            value: {
              ...read.variation,
              before: {
                awardedMinor: grant.facts.awardedMinor,
                startsOn: grant.startsOn.toISOString(),
                endsOn: grant.endsOn.toISOString(),
              },
            },
          }
        : read;
    },
    data: (variation) => ({ startsOn: variation.startsOn, endsOn: variation.endsOn }),
    ledger: (variation) => (variation.operation ? [variation.operation] : []),
    write: async (tx, grant, variation) => {
      for (const [id, amountMinor] of variation.tranches)
        await tx.grantTranche.update({
          where: { id },
          data: amountMinor > 0 ? { amountMinor } : { cancelledAt: now },
        });
      // A check-in sent since the page was read stays where it was.
      for (const move of variation.checkIns)
        await tx.checkIn.updateMany({
          where: { id: move.id, grantId: grant.id, submittedAt: null },
          data: { dueOn: move.to },
        });
      if (variation.checkIns.length > 0) await renumberCheckIns(tx, grant.id);
      await changeRow(tx, grant.id, actor.id, "VARIED", input.reason, {
        change: "variation",
        before: variation.before,
        after: afterOf(variation),
        checkIns: movesOf(variation),
      });
    },
    email: (variation) => ({
      event: "varied",
      reason: input.reason,
      awardedMinor: variation.awardedMinor,
    }),
    detail: (variation) => ({
      before: variation.before,
      after: afterOf(variation),
      checkIns: movesOf(variation),
    }),
  });
  if (result.ok) await completeAfterChange(input.grantId, now);
  return result;
}

const movesOf = (variation: { checkIns: CheckInMove[] }) =>
  variation.checkIns.map((move) => ({
    id: move.id,
    from: move.from.toISOString(),
    to: move.to.toISOString(),
    started: move.started,
  }));

const afterOf = (variation: { awardedMinor: number; startsOn: Date; endsOn: Date }) => ({
  awardedMinor: variation.awardedMinor,
  startsOn: variation.startsOn.toISOString(),
  endsOn: variation.endsOn.toISOString(),
});

/** Ends a grant early, or revokes it: what was paid stays, the rest is cancelled. */
export function endGrant(
  actor: Staff,
  input: { grantId: string; revision: number; kind: "end" | "revoke"; reason: string },
  now: Date = new Date(),
) {
  return runChange({
    actor,
    grantId: input.grantId,
    revision: input.revision,
    action: input.kind === "end" ? "grants.ended-early" : "grants.revoked",
    prepare: (grant) => {
      const read = endingOf(grant.facts, input.kind, now);
      return read.ok
        ? { ok: true, value: { ...read.ending, awardedBefore: grant.facts.awardedMinor } }
        : read;
    },
    data: (ending) => ({ status: ending.status, endsOn: ending.endsOn }),
    ledger: (ending) => [ending.operation],
    write: async (tx, grant, ending) => {
      await tx.grantTranche.updateMany({
        where: { id: { in: ending.cancelTrancheIds }, paymentId: null },
        data: { cancelledAt: now },
      });
      await changeRow(tx, grant.id, actor.id, ending.status, input.reason, {
        awardedBefore: ending.awardedBefore,
        awardedAfter: ending.awardedMinor,
        paidMinor: ending.paidMinor,
      });
    },
    email: (ending) => ({
      event: input.kind === "end" ? "ended" : "revoked",
      reason: input.reason,
      awardedMinor: ending.awardedMinor,
    }),
    detail: (ending) => ({
      awardedBefore: ending.awardedBefore,
      awardedAfter: ending.awardedMinor,
      paidMinor: ending.paidMinor,
    }),
  });
}

export type AcceptResult =
  | { ok: true; already: boolean }
  | { ok: false; reason: "closed" | "forbidden" | "conditions-changed" | "conflict" };

/**
 * The group accepts the conditions it read (the version it was shown): who, when, in which
 * language, which version; the offer becomes an active grant. Accepting again changes nothing.
 */
export async function acceptGrant(
  actor: Actor & { id: string },
  input: { grantId: string; conditionsId: string | null; locale: string },
): Promise<AcceptResult> {
  return inLedgerTransaction(async (tx) => {
    const current = await loadGrantForChange(tx, input.grantId);
    if (!current) return { ok: false, reason: "forbidden" } as const;
    const answer = acceptanceOf(current.status as GrantStatus);
    if (answer === "already") return { ok: true, already: true } as const;
    if (answer === "closed") return { ok: false, reason: "closed" } as const;
    const shown = await conditionsFor(tx, current);
    if ((shown?.id ?? null) !== input.conditionsId)
      return { ok: false, reason: "conditions-changed" } as const;
    const now = new Date();
    const result = await guardedChangeWithin(tx, {
      actorId: actor.id,
      load: (client) => loadGrantForChange(client, input.grantId),
      allowed: (grant) =>
        can(actor, "edit", grantResource(grant)) &&
        actor.organisations.some((member) => member.organisationId === grant.organisationId),
      from: ["OFFERED"],
      update: (client, grant) =>
        client.grant.updateMany({
          where: { id: grant.id, status: "OFFERED", revision: grant.revision },
          data: {
            status: "ACTIVE",
            acceptedAt: now,
            acceptedById: actor.id,
            acceptedLocale: input.locale,
            conditionsId: input.conditionsId,
            revision: { increment: 1 },
          },
        }),
      then: async (client, grant) => {
        await client.grantChange.create({
          data: { grantId: grant.id, kind: "ACCEPTED", actorId: actor.id, createdAt: now },
        });
        return pass();
      },
      audit: (grant) => ({
        action: "grants.accepted",
        entity: { type: "Grant", id: grant.id },
        funderId: grant.funderId,
        detail: { conditionsVersion: shown?.version ?? null, locale: input.locale },
      }),
    });
    if (result.ok) return { ok: true, already: false } as const;
    if (result.reason === "wrong-status") return { ok: true, already: true } as const;
    return { ok: false, reason: result.reason === "forbidden" ? "forbidden" : "conflict" } as const;
  });
}

/**
 * The conditions a grant is offered under: the version set when it was made, or, for a grant
 * made before the scheme had any, the scheme's latest version (null when there is none yet).
 */
export async function conditionsFor(
  tx: Tx,
  grant: { conditionsId: string | null; application: { id: string } },
) {
  if (grant.conditionsId)
    return tx.grantConditions.findUnique({ where: { id: grant.conditionsId } });
  const application = await tx.application.findUniqueOrThrow({
    where: { id: grant.application.id },
    select: { pot: { select: { round: { select: { schemeId: true } } } } },
  });
  return tx.grantConditions.findFirst({
    where: { schemeId: application.pot.round.schemeId },
    orderBy: { version: "desc" },
  });
}
