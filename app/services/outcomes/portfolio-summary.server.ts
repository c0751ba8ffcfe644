import type { OutcomeFilters } from "~/domain/outcomes/outcome-filters";
import { db } from "~/services/platform/db.server";
import { checkInScope, grantScope } from "./outcome-scope.server";

/**
 * The headline figures of the one-page portfolio summary, over grants running at some point in
 * the period: how many, what was awarded (per currency, since schemes may differ), what was paid
 * in the period, and how many check-ins came in. All counted and summed by the database.
 */
export async function headlineFigures(
  funderId: string,
  filters: OutcomeFilters,
  schemes: readonly { id: string; currency: string }[],
) {
  const running = {
    ...grantScope(funderId, filters),
    status: { not: "OFFERED" as const },
    startsOn: { lt: filters.until },
    endsOn: { gte: filters.from },
  };
  const perScheme = await Promise.all(
    schemes.map(async (scheme) => {
      const where = {
        ...running,
        application: {
          ...running.application,
          pot: { ...running.application?.pot, round: { schemeId: scheme.id } },
        },
      };
      const [awarded, paid] = await Promise.all([
        db().application.aggregate({ where: { grant: where }, _sum: { awardedMinor: true } }),
        db().payment.aggregate({
          where: {
            application: { grant: where },
            paidAt: { gte: filters.from, lt: filters.until },
          },
          _sum: { amountMinor: true },
        }),
      ]);
      return {
        currency: scheme.currency,
        awarded: awarded._sum.awardedMinor ?? 0,
        paid: paid._sum.amountMinor ?? 0,
      };
    }),
  );
  const money = new Map<string, { awarded: number; paid: number }>();
  for (const { currency, awarded, paid } of perScheme) {
    const sum = money.get(currency) ?? { awarded: 0, paid: 0 };
    money.set(currency, { awarded: sum.awarded + awarded, paid: sum.paid + paid });
  }
  const [grants, checkIns] = await Promise.all([
    db().grant.count({ where: running }),
    db().checkIn.count({ where: checkInScope(funderId, filters) }),
  ]);
  return {
    grants,
    checkIns,
    money: [...money.entries()]
      .filter(([, sums]) => sums.awarded > 0 || sums.paid > 0)
      .map(([currency, sums]) => ({ currency, ...sums })),
  };
}
