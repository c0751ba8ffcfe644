import { readFingerprint } from "~/services/platform/raw-sql.server";

/**
 * A fingerprint of every record a pot's ranking and money are worked out from: the round's
 * applications and their groups (status, amounts, floor rule), decisions and payments, the
 * round's and pots' money, and the panel's reviews, members, conflicts, assignments, community
 * rankings and rubric versions. Any write to one of them changes it: rows are counted, and the
 * latest change time (and, where rows keep one, the sum of their revision counters) is taken.
 * One statement, each part answered from an index on the round's pots or the panel.
 */
export function moderationFingerprint(panelId: string, roundId: string): Promise<string> {
  return readFingerprint((table) => {
    const inRound = { where: `p."roundId"`, value: roundId };
    const ofPanel = { where: `"panelId"`, value: panelId };
    return {
      applications: {
        of: ["COUNT(*)", `SUM(a."revision")`, `MAX(a."updatedAt")`, `MAX(o."updatedAt")`],
        from: `${table("Application")} a JOIN ${table("Pot")} p ON p."id" = a."potId" JOIN ${table("Organisation")} o ON o."id" = a."organisationId"`,
        ...inRound,
      },
      decisions: {
        of: ["COUNT(*)", `SUM(d."revision")`, `MAX(d."updatedAt")`],
        from: `${table("Decision")} d JOIN ${table("Pot")} p ON p."id" = d."potId"`,
        ...inRound,
      },
      payments: {
        of: ["COUNT(*)", `SUM(y."amountMinor")`, `MAX(y."createdAt")`],
        from: `${table("Payment")} y JOIN ${table("Application")} a ON a."id" = y."applicationId" JOIN ${table("Pot")} p ON p."id" = a."potId"`,
        ...inRound,
      },
      pots: { of: ["COUNT(*)", `MAX(p."updatedAt")`], from: `${table("Pot")} p`, ...inRound },
      round: { of: [`MAX("updatedAt")`], from: table("Round"), where: `"id"`, value: roundId },
      reviews: {
        of: ["COUNT(*)", `SUM("revision")`, `MAX("updatedAt")`],
        from: table("Review"),
        ...ofPanel,
      },
      members: { of: ["COUNT(*)", `MAX("updatedAt")`], from: table("PanelMember"), ...ofPanel },
      conflicts: {
        of: ["COUNT(*)", `MAX("createdAt")`],
        from: table("ConflictDeclaration"),
        ...ofPanel,
      },
      assignments: {
        of: ["COUNT(*)", `MAX("createdAt")`],
        from: table("ReviewAssignment"),
        ...ofPanel,
      },
      rankings: {
        of: ["COUNT(*)", `MAX("updatedAt")`],
        from: table("CommunityRanking"),
        ...ofPanel,
      },
      rubrics: { of: ["COUNT(*)", `MAX("updatedAt")`], from: table("RubricVersion"), ...ofPanel },
    };
  });
}
