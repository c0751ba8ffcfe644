import { groupBy } from "~/domain/shared/group-by";
import type { PanelApplicationResource } from "~/domain/access/permissions";
import { potsInScope, reviewScopeStatuses } from "~/domain/panels/review-scope";
import type { ApplicationStatus } from "~/domain/schemes/ledger";
import type { Db, Tx } from "~/services/platform/db.server";

/** What a panel needs to know to say which applications it reviews. */
export type ScopedPanel = {
  id: string;
  pots: { potId: string }[];
  round: { pots: { id: string }[]; scheme: { funderId: string } };
};

/** The filter for a panel's applications: sent (or only those in `statuses`), in the pots it covers. */
export function inReviewScope(
  panel: ScopedPanel,
  statuses: readonly ApplicationStatus[] = reviewScopeStatuses,
) {
  return {
    status: { in: [...statuses] },
    potId: {
      in: potsInScope(
        panel.pots.map((pot) => pot.potId),
        panel.round.pots.map((pot) => pot.id),
      ),
    },
  };
}

/** The panel's applications with their group and pot, by reference; all sent ones unless narrowed. */
export function panelApplications(
  client: Db | Tx,
  panel: ScopedPanel,
  statuses: readonly ApplicationStatus[] = reviewScopeStatuses,
) {
  return client.application.findMany({
    where: inReviewScope(panel, statuses),
    orderBy: { reference: "asc" },
    select: {
      id: true,
      reference: true,
      organisationId: true,
      organisation: { select: { name: true } },
      pot: { select: { name: true } },
    },
  });
}

/** Each application of the panel as the policy sees it: who reviews it, who declared a conflict. */
export async function panelApplicationResources(
  client: Db | Tx,
  panel: ScopedPanel,
  applicationIds: readonly string[],
): Promise<Map<string, PanelApplicationResource>> {
  const where = { panelId: panel.id, applicationId: { in: [...applicationIds] } };
  const [assignments, conflicts] = await Promise.all([
    client.reviewAssignment.findMany({ where, select: { applicationId: true, userId: true } }),
    client.conflictDeclaration.findMany({ where, select: { applicationId: true, userId: true } }),
  ]);
  const byApplication = (rows: { applicationId: string; userId: string }[]) =>
    groupBy(rows, (row) => row.applicationId);
  const assigned = byApplication(assignments);
  const declared = byApplication(conflicts);
  const usersOn = (rows: Map<string, { userId: string }[]>, applicationId: string): string[] =>
    (rows.get(applicationId) ?? []).map((row) => row.userId);
  return new Map(
    applicationIds.map((applicationId) => [
      applicationId,
      {
        type: "panel-application",
        panelId: panel.id,
        funderId: panel.round.scheme.funderId,
        applicationId,
        assignedTo: usersOn(assigned, applicationId),
        conflicted: usersOn(declared, applicationId),
      },
    ]),
  );
}
