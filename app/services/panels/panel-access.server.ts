import type { LoaderFunctionArgs } from "@remix-run/node";
import type { Action } from "~/domain/access/permissions";
import { db } from "~/services/platform/db.server";
import { forbidden } from "~/services/access/permissions.server";
import { requireRound } from "~/services/schemes/scheme-access.server";

/**
 * The panel in the address, for the funder's staff pages about it (its rubric): loaded under
 * its round, scheme and funder, and open to the funder's staff alone, by their role there
 * (admins and programme officers edit, viewers read). Sitting on the panel opens the panel's
 * own pages, not these. Missing and off-limits get the same 403.
 */
export async function requirePanelUnderRound(
  request: Request,
  params: LoaderFunctionArgs["params"],
  action: Action,
) {
  const access = await requireRound(request, params, action);
  const panel = await db().panel.findFirst({
    where: { id: params.panelId ?? "", roundId: access.round.id },
  });
  if (!panel) throw forbidden();
  return { ...access, panel };
}
