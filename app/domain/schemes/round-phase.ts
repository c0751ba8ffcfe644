/**
 * The one home of a round's lifecycle. A round is upcoming until its opening moment, open from
 * that moment (included) up to its closing moment (excluded), and closed from the closing
 * moment on. Whatever asks "can she still apply?", on a page, in a rule or in a database
 * query, asks here, so a round never looks open on one page and closed on the next.
 *
 * Closed wins over upcoming: whether a round has closed depends on its closing moment alone,
 * which is what the queries for "rounds still taking applications" can check cheaply.
 */

export type RoundPhase = "upcoming" | "open" | "closed";

export type RoundTimes = { opensAt: Date; closesAt: Date };

export function roundHasClosed(round: { closesAt: Date }, now: Date): boolean {
  return now.getTime() >= round.closesAt.getTime();
}

export function roundPhase(round: RoundTimes, now: Date): RoundPhase {
  if (roundHasClosed(round, now)) return "closed";
  return now.getTime() < round.opensAt.getTime() ? "upcoming" : "open";
}

/** A query asks for one phase, or for every round still taking applications (upcoming or open). */
export type RoundPhaseQuery = RoundPhase | "notClosed";

type Bound = { lte: Date } | { gt: Date };

/** Plain conditions on a round's dates; a database `where` on rounds accepts them as they are. */
export type RoundPhaseWhere = { opensAt?: Bound; closesAt: Bound };

/** The rounds in a phase at `now`, with exactly the boundaries `roundPhase` uses. */
export function roundPhaseWhere(query: RoundPhaseQuery, now: Date): RoundPhaseWhere {
  switch (query) {
    case "upcoming":
      return { opensAt: { gt: now }, closesAt: { gt: now } };
    case "open":
      return { opensAt: { lte: now }, closesAt: { gt: now } };
    case "closed":
      return { closesAt: { lte: now } };
    case "notClosed":
      return { closesAt: { gt: now } };
  }
}
