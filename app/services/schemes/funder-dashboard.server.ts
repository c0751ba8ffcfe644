import { applicationCounts, needsAttention } from "~/domain/schemes/funder-dashboard";
import { roundPhase, roundPhaseWhere } from "~/domain/schemes/round-phase";
import { translated } from "~/domain/shared/translated-text";
import { db } from "~/services/platform/db.server";
import { loadRoundLedgers } from "./ledger.server";

/**
 * The funder dashboard's read model. Every list is bounded and every figure is a count or a
 * sum made by the database, so the page costs the same with ten applications or ten thousand.
 */

const CURRENT_ROUNDS_SHOWN = 12;
const CLOSED_ROUNDS_SHOWN = 5;
/** Closed rounds stay on the dashboard while their money is usually being decided. */
const RECENTLY_CLOSED_DAYS = 120;
const FORMS_WAITING_SHOWN = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

const roundInclude = {
  scheme: { select: { id: true, title: true, timeZone: true, currency: true } },
  pots: { orderBy: { position: "asc" as const } },
};

export async function funderDashboard(funderId: string, locale: string, now = new Date()) {
  const ofFunder = { scheme: { funderId } };
  const [current, currentCount, closed, waiting] = await Promise.all([
    db().round.findMany({
      where: { ...ofFunder, ...roundPhaseWhere("notClosed", now) },
      orderBy: { closesAt: "asc" },
      take: CURRENT_ROUNDS_SHOWN,
      include: roundInclude,
    }),
    db().round.count({ where: { ...ofFunder, ...roundPhaseWhere("notClosed", now) } }),
    db().round.findMany({
      where: {
        ...ofFunder,
        AND: [
          roundPhaseWhere("closed", now),
          { closesAt: { gt: new Date(now.getTime() - RECENTLY_CLOSED_DAYS * DAY_MS) } },
        ],
      },
      orderBy: { closesAt: "desc" },
      take: CLOSED_ROUNDS_SHOWN,
      include: roundInclude,
    }),
    db().formSuggestion.groupBy({
      by: ["formVersionId"],
      where: { status: "OPEN", formVersion: { scheme: { funderId } } },
      _count: { _all: true },
      orderBy: { formVersionId: "asc" },
      take: FORMS_WAITING_SHOWN,
    }),
  ]);
  const [ledgers, versions] = await Promise.all([
    loadRoundLedgers([...current, ...closed]),
    db().formVersion.findMany({
      where: { id: { in: waiting.map((w) => w.formVersionId) } },
      select: { id: true, version: true, scheme: { select: { id: true, title: true } } },
    }),
  ]);

  const view = (round: (typeof current)[number]) => {
    const { ledger, applicationsByStatus } = ledgers.get(round.id)!;
    const potName = new Map(round.pots.map((pot) => [pot.id, translated(pot.name, locale)]));
    return {
      id: round.id,
      name: translated(round.name, locale),
      scheme: { id: round.scheme.id, title: translated(round.scheme.title, locale) },
      state: roundPhase(round, now),
      opensAt: round.opensAt.toISOString(),
      closesAt: round.closesAt.toISOString(),
      timeZone: round.scheme.timeZone,
      currency: round.scheme.currency,
      hasForm: round.formVersionId !== null,
      ...applicationCounts(applicationsByStatus),
      money: {
        budgetMinor: ledger.budgetMinor,
        requestedMinor: ledger.totals.requestedMinor,
        awardedMinor: ledger.totals.awardedMinor,
        remainingMinor: ledger.totals.remainingMinor,
      },
      floors: ledger.floors.map((floor) => ({ ...floor, name: potName.get(floor.potId)! })),
    };
  };
  const rounds = current.map(view);
  const closedRounds = closed.map(view);
  const all = [...rounds, ...closedRounds];

  const counts = new Map(waiting.map((w) => [w.formVersionId, w._count._all]));
  const forms = versions.map((version) => ({
    id: version.id,
    version: version.version,
    scheme: { id: version.scheme.id, title: translated(version.scheme.title, locale) },
    count: counts.get(version.id) ?? 0,
  }));
  const attention = needsAttention(
    all.map((round) => ({
      ...round,
      opensAt: new Date(round.opensAt),
      closesAt: new Date(round.closesAt),
    })),
    forms.map((form) => ({ versionId: form.id, count: form.count })),
    now,
  );
  return { rounds, closedRounds, moreRounds: currentCount - rounds.length, forms, attention };
}

export type FunderDashboard = Awaited<ReturnType<typeof funderDashboard>>;
