import { audit, type AuditEntry } from "./audit.server";
import type { Db, Tx } from "./db.server";

/**
 * The one way to change a record's status (or anything else that must not be overwritten
 * blindly): in one transaction, load the record under its parent, ask the policy, check the
 * status it starts from, write conditionally, and record the change in the audit log. The
 * write must be conditional on what was read (`updateMany` with the expected status, and
 * `updatedAt` or a revision where the content matters): when it changes no row, somebody
 * else got there first, and the change is refused rather than overwriting theirs.
 */

export type ChangeRefusal = "forbidden" | "wrong-status" | "conflict";

export type GuardedChangeResult<R, Value = undefined, Detail = never> =
  | { ok: true; record: R; value: Value }
  | { ok: false; reason: ChangeRefusal }
  | { ok: false; reason: "refused"; detail: Detail };

/** A step's answer: go on (with a value for the next step), or stop with a reason of its own. */
export type Verdict<Value, Detail> = { pass: Value } | { refuse: Detail };

export const pass = <Value = undefined>(value?: Value): { pass: Value } => ({
  pass: value as Value,
});
export const refuse = <Detail>(detail: Detail): { refuse: Detail } => ({ refuse: detail });

export type GuardedChange<R extends { status: string }, Prepared, Value, Detail> = {
  /** Who makes the change; written to the audit log. Null: Withfund itself, by a rule. */
  actorId: string | null;
  /** The record under its parent in the address, or null: missing and off-limits look alike. */
  load: (tx: Tx) => Promise<R | null>;
  /** The policy's answer for this record, usually `can(actor, action, resourceOf(record))`. */
  allowed: (record: R) => boolean;
  /** The statuses the change may start from. */
  from: readonly R["status"][];
  /** Checks (and work) before writing, such as computing the new content; may refuse. */
  prepare?: (record: R, tx: Tx) => Verdict<Prepared, Detail> | Promise<Verdict<Prepared, Detail>>;
  /** The conditional write; a count of 0 means the record changed since it was read. */
  update: (tx: Tx, record: R, prepared: Prepared) => Promise<{ count: number }>;
  /**
   * Checks and writes that must come after the write (for instance because the write holds
   * the row against a concurrent change). A refusal here undoes the write.
   */
  then?: (tx: Tx, record: R, prepared: Prepared) => Promise<Verdict<Value, Detail>>;
  /** What to record; the actor is added. */
  audit: (record: R, value: Value, prepared: Prepared) => Omit<AuditEntry, "actorId">;
};

/** Thrown to undo the transaction when `then` refuses; carries the refusal out. */
export class RefusedAfterWrite<Detail> extends Error {
  constructor(readonly detail: Detail) {
    super("change refused after writing; the transaction is undone");
  }
}

/**
 * Runs the change inside the caller's transaction, with the caller's other writes. A refusal
 * from `then` is thrown as RefusedAfterWrite, so the caller's whole transaction is undone.
 */
export async function guardedChangeWithin<R extends { status: string }, Prepared, Value, Detail>(
  tx: Tx,
  change: GuardedChange<R, Prepared, Value, Detail>,
): Promise<GuardedChangeResult<R, Value, Detail>> {
  const record = await change.load(tx);
  if (!record || !change.allowed(record)) return { ok: false, reason: "forbidden" };
  if (!change.from.includes(record.status)) return { ok: false, reason: "wrong-status" };
  const prepared = change.prepare ? await change.prepare(record, tx) : pass(undefined as Prepared);
  if ("refuse" in prepared) return { ok: false, reason: "refused", detail: prepared.refuse };
  const written = await change.update(tx, record, prepared.pass);
  if (written.count === 0) return { ok: false, reason: "conflict" };
  const followed = change.then
    ? await change.then(tx, record, prepared.pass)
    : pass(undefined as Value);
  if ("refuse" in followed) throw new RefusedAfterWrite(followed.refuse);
  await audit(tx, {
    actorId: change.actorId,
    ...change.audit(record, followed.pass, prepared.pass),
  });
  return { ok: true, record, value: followed.pass };
}

/** Runs the change in a transaction of its own. */
export async function guardedChange<
  R extends { status: string },
  Prepared = undefined,
  Value = undefined,
  Detail = never,
>(
  client: Db,
  change: GuardedChange<R, Prepared, Value, Detail>,
): Promise<GuardedChangeResult<R, Value, Detail>> {
  try {
    return await client.$transaction((tx) => guardedChangeWithin(tx, change));
  } catch (error) {
    if (error instanceof RefusedAfterWrite)
      return { ok: false, reason: "refused", detail: error.detail as Detail };
    throw error;
  }
}
