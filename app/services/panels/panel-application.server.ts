import type { LoaderFunctionArgs } from "@remix-run/node";
import { can, type Action } from "~/domain/access/permissions";
import type { ApplicationStatus } from "~/domain/schemes/ledger";
import { forbidden } from "~/services/access/permissions.server";
import { db } from "~/services/platform/db.server";
import { requirePanel } from "./panels.server";
import { inReviewScope, panelApplicationResources } from "./review-scope.server";

/**
 * An application in a panel's address (/panels/:panelId/applications/:applicationId): loaded
 * only among the applications the panel reviews, then asked of the policy on the
 * `panel-application` resource, so a conflicted member, a member it was not given to and a
 * stranger all get the same 403 as for an application that does not exist. Pages that go on
 * after review (comments, decisions) widen `statuses` to the decided ones.
 */
export async function requirePanelApplication(
  request: Request,
  params: LoaderFunctionArgs["params"],
  action: Action,
  statuses?: readonly ApplicationStatus[],
) {
  // Seeing the panel is the way in; what she may do with this application is the
  // panel-application resource's answer below.
  const { user, panel } = await requirePanel(request, params, "view");
  const application = await db().application.findFirst({
    where: { id: params.applicationId ?? "", ...inReviewScope(panel, statuses) },
    select: {
      id: true,
      reference: true,
      potId: true,
      organisation: { select: { name: true } },
    },
  });
  if (!application) throw forbidden();
  const resource = (await panelApplicationResources(db(), panel, [application.id])).get(
    application.id,
  )!;
  if (!can(user, action, resource)) throw forbidden();
  return { user, panel, application, resource };
}
