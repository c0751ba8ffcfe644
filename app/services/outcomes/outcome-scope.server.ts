import type { OutcomeFilters } from "~/domain/outcomes/outcome-filters";

/**
 * The grants and check-ins an outcome view covers, as Prisma filters: always the funder's own,
 * narrowed to one scheme, round or pot when chosen. Check-ins count when they were sent within
 * the period.
 */

export function grantScope(funderId: string, filters: OutcomeFilters) {
  return {
    funderId,
    ...(filters.schemeId || filters.roundId || filters.potId
      ? {
          application: {
            pot: {
              ...(filters.potId ? { id: filters.potId } : {}),
              ...(filters.roundId ? { roundId: filters.roundId } : {}),
              ...(filters.schemeId ? { round: { schemeId: filters.schemeId } } : {}),
            },
          },
        }
      : {}),
  };
}

export function checkInScope(
  funderId: string,
  filters: OutcomeFilters,
  from = filters.from,
  until = filters.until,
) {
  return {
    grant: grantScope(funderId, filters),
    submittedAt: { gte: from, lt: until },
  };
}
