import { can, type Actor } from "~/domain/access/permissions";
import { ruleOf, type ChangeInputs, type RuledChanges } from "~/domain/grants/change-preview";
import {
  readPayment,
  readSchedule,
  readVariation,
  reasonSchema,
  type GrantIntent,
  type Read,
} from "~/domain/grants/grant-forms";
import {
  acceptanceOf,
  type CheckInMove,
  type GrantRefusal,
  type GrantStatus,
} from "~/domain/grants/lifecycle";
import { grantStatuses } from "~/domain/grants/lifecycle";
import type { PlannedTranche } from "~/domain/grants/schedule";
import type { LedgerOperation, Refusal } from "~/domain/schemes/ledger";
import type { AuditAction } from "~/domain/shared/audit-actions";
import type { Prisma } from "~/generated/client-sqlite/client";
import { db, type Tx } from "~/services/platform/db.server";
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

/** What a change carries when recorded: its own values, with the reason staff gave. */
export type GrantChange<I extends GrantIntent> = ChangeInputs[I] & { reason: string | null };

/** One change as it is being recorded, for the parts of its description that write. */
type Recording<I extends GrantIntent> = {
  /** The grant as read inside the transaction, before the change. */
  grant: GrantForChange;
  input: GrantChange<I>;
  ruled: RuledChanges[I];
  actorId: string;
  now: Date;
};

/**
 * How a kind of change is read from the staff form and recorded; its rule and its "check your
 * answers" sentences are in changeChecks (domain/grants/change-preview), under the same name.
 */
type ChangeKind<I extends GrantIntent> = {
  /** The posted form, read into the change (errors belong to fields). */
  read: (
    values: Record<string, string>,
    grant: { id: string; currency: string },
  ) => Promise<Read<GrantChange<I>>>;
  action: AuditAction;
  /** What the grant row becomes (revision is bumped by the caller). */
  data: (ruled: RuledChanges[I]) => Prisma.GrantUpdateManyMutationInput;
  ledger: (ruled: RuledChanges[I]) => LedgerOperation[];
  /** Tranches and the GrantChange; receives the ids of payments the ledger recorded. */
  write: (tx: Tx, change: Recording<I>, paymentIds: string[]) => Promise<void>;
  email: (change: Recording<I>) => {
    event: GrantEmailEvent;
    reason?: string | null;
    amountMinor?: number;
    awardedMinor?: number;
  };
  detail: (change: Recording<I>) => Prisma.InputJsonValue;
  /** Whether the change can leave nothing to wait for, completing the grant at once. */
  completes: boolean;
};

const changeRow = (
  tx: Tx,
  { grant, actorId }: { grant: { id: string }; actorId: string },
  kind: "VARIED" | "ENDED_EARLY" | "REVOKED",
  reason: string | null,
  detail: Prisma.InputJsonValue,
) => tx.grantChange.create({ data: { grantId: grant.id, kind, reason, detail, actorId } });

/** A change that carries nothing but the reason staff give for it. */
async function readReason(values: Record<string, string>): Promise<Read<GrantChange<"end">>> {
  const read = reasonSchema.safeParse({ reason: values.reason });
  if (!read.success)
    return { ok: false, errors: { reason: { key: read.error.issues[0]!.message } } };
  return { ok: true, data: { reason: read.data.reason } };
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

const unpaidOf = (grant: GrantForChange) =>
  grant.facts.tranches.filter((t) => !t.paid && !t.cancelled);

const linesOf = (planned: PlannedTranche[]) =>
  planned.map((line) => ({ amountMinor: line.amountMinor, dueOn: line.dueOn.toISOString() }));

/** The award and period before a variation, as its audit row and GrantChange keep them. */
const periodBefore = (grant: GrantForChange) => ({
  awardedMinor: grant.facts.awardedMinor,
  startsOn: grant.startsOn.toISOString(),
  endsOn: grant.endsOn.toISOString(),
});

/** Ends a grant early, or revokes it: what was paid stays, the rest is cancelled. */
const ending = <K extends "end" | "revoke">(kind: K): ChangeKind<K> => {
  const figures = ({ grant, ruled }: Recording<K>) => ({
    awardedBefore: grant.facts.awardedMinor,
    awardedAfter: ruled.awardedMinor,
    paidMinor: ruled.paidMinor,
  });
  return {
    read: readReason,
    action: kind === "end" ? "grants.ended-early" : "grants.revoked",
    data: (ended) => ({ status: ended.status, endsOn: ended.endsOn }),
    ledger: (ended) => [ended.operation],
    write: async (tx, change) => {
      await tx.grantTranche.updateMany({
        where: { id: { in: change.ruled.cancelTrancheIds }, paymentId: null },
        data: { cancelledAt: change.now },
      });
      await changeRow(tx, change, change.ruled.status, change.input.reason, figures(change));
    },
    email: ({ input, ruled }) => ({
      event: kind === "end" ? "ended" : "revoked",
      reason: input.reason,
      awardedMinor: ruled.awardedMinor,
    }),
    detail: figures,
    completes: false,
  };
};

export const grantChanges: { [I in GrantIntent]: ChangeKind<I> } = {
  /**
   * Marks a tranche paid: a ledger `pay`, its Payment linked from the tranche. The last payment
   * of a grant past its end, with every check-in in, completes it at once.
   */
  pay: {
    read: async (values) => {
      const read = readPayment(values);
      return read.ok ? { ok: true, data: { ...read.data, reason: null } } : read;
    },
    action: "grants.tranche-paid",
    data: () => ({}),
    ledger: (operation) => [operation],
    write: async (tx, change, paymentIds) => {
      const { grant, input, ruled } = change;
      const linked = await tx.grantTranche.updateMany({
        where: { id: input.trancheId, grantId: grant.id, paymentId: null, cancelledAt: null },
        data: { paymentId: paymentIds[0]! },
      });
      if (linked.count !== 1) throw new RefusedAfterWrite({ grant: { reason: "tranche-paid" } });
      await changeRow(tx, change, "VARIED", null, {
        change: "payment",
        trancheId: input.trancheId,
        amountMinor: ruled.amountMinor,
        paidOn: input.paidOn.toISOString(),
      });
    },
    email: ({ ruled }) => ({ event: "paid", amountMinor: ruled.amountMinor }),
    detail: ({ input, ruled }) => ({
      trancheId: input.trancheId,
      amountMinor: ruled.amountMinor,
      paidOn: input.paidOn.toISOString(),
    }),
    completes: true,
  },

  /** Replaces the unpaid tranches with a new schedule that adds up to the award. */
  schedule: {
    read: async (values, grant) => {
      const unpaid = await db().grantTranche.findMany({
        where: { grantId: grant.id, paymentId: null, cancelledAt: null },
        select: { id: true },
      });
      return readSchedule(
        values,
        unpaid.map((tranche) => tranche.id),
        grant.currency,
      );
    },
    action: "grants.schedule-changed",
    data: () => ({}),
    ledger: () => [],
    write: async (tx, change) => {
      const { grant, input, now } = change;
      const kept = new Set(input.planned.flatMap((line) => (line.id ? [line.id] : [])));
      for (const tranche of unpaidOf(grant).filter((t) => !kept.has(t.id)))
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
      await changeRow(tx, change, "VARIED", input.reason, {
        change: "schedule",
        tranches: linesOf(input.planned),
      });
    },
    email: ({ input }) => ({ event: "schedule", reason: input.reason }),
    detail: ({ grant, input }) => ({
      before: linesOf(unpaidOf(grant)),
      after: linesOf(input.planned),
    }),
    completes: false,
  },

  /**
   * A variation: the award down (the ledger's `award` of it) and/or the dates moved, with the
   * check-ins not yet sent keeping their place in the period. The award lowered to what was
   * paid, or an end moved into the past, may complete the grant at once.
   */
  vary: {
    read: async (values, grant) => readVariation(values, grant.currency),
    action: "grants.varied",
    data: (variation) => ({ startsOn: variation.startsOn, endsOn: variation.endsOn }),
    ledger: (variation) => (variation.operation ? [variation.operation] : []),
    write: async (tx, change) => {
      const { grant, input, ruled: variation, now } = change;
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
      await changeRow(tx, change, "VARIED", input.reason, {
        change: "variation",
        before: periodBefore(grant),
        after: afterOf(variation),
        checkIns: movesOf(variation),
      });
    },
    email: ({ input, ruled }) => ({
      event: "varied",
      reason: input.reason,
      awardedMinor: ruled.awardedMinor,
    }),
    detail: ({ grant, ruled }) => ({
      before: periodBefore(grant),
      after: afterOf(ruled),
      checkIns: movesOf(ruled),
    }),
    completes: true,
  },

  end: ending("end"),
  revoke: ending("revoke"),
};

/** Records a staff change of any kind, by its description in grantChanges. */
export async function applyGrantChange<I extends GrantIntent>(
  actor: Staff,
  intent: I,
  input: { grantId: string; revision: number } & GrantChange<I>,
  now: Date = new Date(),
): Promise<ChangeResult> {
  const kind: ChangeKind<I> = grantChanges[intent];
  const { grantId, revision } = input;
  let result: ChangeResult;
  try {
    const done = await inLedgerTransaction(async (tx) => {
      let loaded: GrantForChange | null = null;
      const recording = (grant: GrantForChange, ruled: RuledChanges[I]): Recording<I> => ({
        grant,
        input,
        ruled,
        actorId: actor.id,
        now,
      });
      return guardedChangeWithin<GrantForChange, RuledChanges[I], undefined, Refusing>(tx, {
        actorId: actor.id,
        load: async (client) => (loaded = await loadGrantForChange(client, grantId)),
        allowed: (grant) => can(actor, "edit", grantResource(grant)),
        from: grantStatuses,
        prepare: (grant) => {
          const read = ruleOf(intent, grant.facts, input, now);
          return read.ok ? pass(read.value) : refuse({ grant: read.refusal });
        },
        update: (client, grant, ruled) =>
          client.grant.updateMany({
            where: { id: grant.id, revision },
            data: { ...kind.data(ruled), revision: { increment: 1 } },
          }),
        then: async (client, grant, ruled) => {
          const money = await applyLedgerOperations(client, {
            actorId: actor.id,
            funderId: grant.funderId,
            operations: kind.ledger(ruled),
          });
          if (!money.ok) return refuse({ ledger: money.refusal });
          await kind.write(client, recording(grant, ruled), money.paymentIds);
          const email = kind.email(recording(grant, ruled));
          await queueGrantEmail(client, loaded!, revision + 1, email.event, email);
          return pass();
        },
        audit: (grant, _value, ruled) => ({
          action: kind.action,
          entity: { type: "Grant", id: grant.id },
          funderId: grant.funderId,
          detail: kind.detail(recording(grant, ruled)),
        }),
      });
    });
    if (done.ok) result = { ok: true };
    else if (done.reason === "refused") result = refusedAs(done.detail);
    else result = { ok: false, reason: done.reason };
  } catch (error) {
    if (error instanceof RefusedAfterWrite) result = refusedAs(error.detail as Refusing);
    else throw error;
  } finally {
    nudgeMailWorker();
  }
  if (result.ok && kind.completes) await completeAfterChange(grantId, now);
  return result;
}

function refusedAs(detail: Refusing): ChangeResult {
  return "grant" in detail
    ? { ok: false, reason: "refused", refusal: detail.grant }
    : { ok: false, reason: "ledger", refusal: detail.ledger };
}

type Change<I extends GrantIntent> = { grantId: string; revision: number } & ChangeInputs[I];

export const payTranche = (actor: Staff, input: Change<"pay">, now?: Date) =>
  applyGrantChange(actor, "pay", { ...input, reason: null }, now);

export const changeSchedule = (actor: Staff, input: Change<"schedule"> & { reason: string }) =>
  applyGrantChange(actor, "schedule", input);

export const varyGrant = (actor: Staff, input: Change<"vary"> & { reason: string }, now?: Date) =>
  applyGrantChange(actor, "vary", input, now);

export const endGrant = (
  actor: Staff,
  { kind, ...input }: Change<"end"> & { kind: "end" | "revoke"; reason: string },
  now?: Date,
) => applyGrantChange(actor, kind, input, now);

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
