import type { LoaderFunctionArgs } from "@remix-run/node";
import { can, type Action } from "~/domain/access/permissions";
import { moderatedStatuses } from "~/domain/panels/moderation";
import { potsInScope } from "~/domain/panels/review-scope";
import { forbidden } from "~/services/access/permissions.server";
import { db } from "~/services/platform/db.server";
import { requirePanel } from "./panels.server";
import { panelApplicationResources } from "./review-scope.server";

/**
 * An application of the panel in the address, for someone the policy lets act on it: its
 * reviewers, the chair, the funder's staff; never a member who declared a conflict with it.
 * Missing, outside the panel's pots, or off-limits all get the same 403.
 */
export async function requirePanelApplication(
  request: Request,
  params: LoaderFunctionArgs["params"],
  action: Action,
) {
  const { user, panel } = await requirePanel(request, params, "view");
  const application = await db().application.findFirst({
    where: {
      id: params.applicationId ?? "",
      status: { in: [...moderatedStatuses] },
      potId: {
        in: potsInScope(
          panel.pots.map((pot) => pot.potId),
          panel.round.pots.map((pot) => pot.id),
        ),
      },
    },
    select: { id: true, reference: true, potId: true, organisation: { select: { name: true } } },
  });
  if (!application) throw forbidden();
  const resource = (await panelApplicationResources(db(), panel, [application.id])).get(
    application.id,
  )!;
  if (!can(user, action, resource)) throw forbidden();
  return { user, panel, application, resource };
}
