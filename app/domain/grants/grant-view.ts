import { z } from "zod";
import { dayOf } from "./grant-terms";
import { grantStatuses } from "./lifecycle";

/** How a check-in stands for the grant pages: done, late (past its day, not sent) or due. */
export type CheckInState = "done" | "late" | "due";

export function checkInState(checkIn: { dueOn: Date; submittedAt: Date | null }, now: Date) {
  if (checkIn.submittedAt) return "done" satisfies CheckInState;
  return checkIn.dueOn.getTime() < dayOf(now).getTime()
    ? ("late" satisfies CheckInState)
    : ("due" satisfies CheckInState);
}

/** What a change row says in the grant's history, by kind and detail. */
export function changeLabel(kind: string, detail: unknown): string {
  const change =
    detail && typeof detail === "object" ? (detail as Record<string, unknown>).change : null;
  if (kind === "VARIED" && (change === "payment" || change === "schedule")) return change;
  return kind;
}

export const GRANTS_PAGE_SIZE = 50;

/** The staff list's filters, as a GET form sends them; anything unknown is ignored. */
export const grantFiltersSchema = z.object({
  scheme: z.string().trim().max(100).optional().catch(undefined),
  round: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(grantStatuses).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type GrantFilters = z.infer<typeof grantFiltersSchema>;

export function readGrantFilters(search: URLSearchParams): GrantFilters {
  const values = Object.fromEntries([...search.entries()].filter(([, value]) => value !== ""));
  return grantFiltersSchema.parse(values);
}

/** The list's address with its filters and a page. */
export function grantListQuery(filters: GrantFilters, page: number) {
  const query = new URLSearchParams();
  if (filters.scheme) query.set("scheme", filters.scheme);
  if (filters.round) query.set("round", filters.round);
  if (filters.status) query.set("status", filters.status);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `?${text}` : "?";
}
