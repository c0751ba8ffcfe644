/**
 * A grant's payment schedule: the tranches still to be paid must, with those already paid,
 * add up to the award exactly. Paid tranches are history and never change; cancelled ones no
 * longer count.
 */

export type Tranche = {
  id: string;
  position: number;
  amountMinor: number;
  dueOn: Date;
  paid: boolean;
  cancelled: boolean;
};

/** An unpaid tranche as staff leave it: an existing one (by id) or a new one. */
export type PlannedTranche = { id?: string; amountMinor: number; dueOn: Date };

export type ScheduleCheck =
  | { ok: true }
  | { ok: false; reason: "over"; byMinor: number }
  | { ok: false; reason: "under"; byMinor: number }
  | { ok: false; reason: "empty" };

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

export const liveTranches = (tranches: readonly Tranche[]) =>
  tranches.filter((tranche) => !tranche.cancelled);

export function paidMinorOf(tranches: readonly Tranche[]) {
  return sum(
    liveTranches(tranches)
      .filter((t) => t.paid)
      .map((t) => t.amountMinor),
  );
}

/** Whether paid tranches and the planned unpaid ones add up to the award, and by how much not. */
export function checkSchedule(
  awardedMinor: number,
  tranches: readonly Tranche[],
  planned: readonly PlannedTranche[],
): ScheduleCheck {
  const paid = paidMinorOf(tranches);
  if (planned.length === 0 && paid < awardedMinor) return { ok: false, reason: "empty" };
  const total = paid + sum(planned.map((tranche) => tranche.amountMinor));
  if (total > awardedMinor) return { ok: false, reason: "over", byMinor: total - awardedMinor };
  if (total < awardedMinor) return { ok: false, reason: "under", byMinor: awardedMinor - total };
  return { ok: true };
}

/** What is still to be paid on the schedule as it stands. */
export function unpaidMinorOf(tranches: readonly Tranche[]) {
  return sum(
    liveTranches(tranches)
      .filter((t) => !t.paid)
      .map((t) => t.amountMinor),
  );
}

/**
 * After the award changes (a variation down), the unpaid tranches shrink from the last one
 * back, so the schedule still adds up; returns the new amounts by id (0 means cancel it).
 */
export function shrinkUnpaid(tranches: readonly Tranche[], byMinor: number): Map<string, number> {
  const unpaid = liveTranches(tranches)
    .filter((tranche) => !tranche.paid)
    .sort((a, b) => b.position - a.position);
  const amounts = new Map<string, number>();
  let left = byMinor;
  for (const tranche of unpaid) {
    const taken = Math.min(left, tranche.amountMinor);
    amounts.set(tranche.id, tranche.amountMinor - taken);
    left -= taken;
  }
  return amounts;
}
