import type { LoaderFunctionArgs } from "@remix-run/node";
import { can, type Action } from "~/domain/access/permissions";
import { db } from "~/services/platform/db.server";
import { localeOf } from "~/services/platform/i18n.server";
import { forbidden, requirePermission } from "~/services/access/permissions.server";

/**
 * The permission check for funder pages, plus the record the address names. A scheme, round or
 * pot is looked up together with the funder in the address, so a record of another funder (or
 * none at all) gets the same 403 as a refusal and nobody can learn what exists.
 */

type Params = LoaderFunctionArgs["params"];

async function funderAccess(request: Request, params: Params, action: Action) {
  const funderId = params.funderId ?? "";
  const resource = { type: "funder" as const, funderId };
  const user = await requirePermission(request, action, resource);
  return {
    user,
    funderId,
    locale: await localeOf(request),
    canEdit: can(user, "edit", resource),
    canViewAudit: can(user, "view-audit", resource),
    canAdminister: can(user, "administer", resource),
  };
}

/** The funder in the address, for its own pages (the dashboard, new schemes, applying for a group). */
export async function requireFunder(request: Request, params: Params, action: Action) {
  const access = await funderAccess(request, params, action);
  const funder = await db().funder.findUnique({ where: { id: access.funderId } });
  if (!funder) throw forbidden();
  return { ...access, funder };
}

export async function requireScheme(request: Request, params: Params, action: Action) {
  const access = await funderAccess(request, params, action);
  const scheme = await db().scheme.findFirst({
    where: { id: params.schemeId ?? "", funderId: access.funderId },
  });
  if (!scheme) throw forbidden();
  return { ...access, scheme };
}

export async function requireRound(request: Request, params: Params, action: Action) {
  const access = await funderAccess(request, params, action);
  const round = await db().round.findFirst({
    where: {
      id: params.roundId ?? "",
      schemeId: params.schemeId ?? "",
      scheme: { funderId: access.funderId },
    },
    include: { scheme: true, pots: { orderBy: { position: "asc" } } },
  });
  if (!round) throw forbidden();
  return { ...access, round, scheme: round.scheme };
}

export async function requirePot(request: Request, params: Params, action: Action) {
  const access = await requireRound(request, params, action);
  const pot = access.round.pots.find((candidate) => candidate.id === params.potId);
  if (!pot) throw forbidden();
  return { ...access, pot };
}
