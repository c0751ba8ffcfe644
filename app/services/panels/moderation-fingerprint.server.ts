import { db } from "~/services/platform/db.server";
import { dialect, Params, tableOf } from "~/services/platform/raw-sql.server";

/**
 * A fingerprint of every record a pot's ranking and money are worked out from: the round's
 * applications and their groups (status, amounts, floor rule), decisions and payments, the
 * round's and pots' money, and the panel's reviews, members, conflicts, assignments, community
 * rankings and rubric versions. Any write to one of them changes it: rows are counted, and the
 * latest change time (and, where rows keep one, the sum of their revision counters) is taken.
 * One statement, each part answered from an index on the round's pots or the panel.
 */
export async function moderationFingerprint(panelId: string, roundId: string): Promise<string> {
  const engine = dialect();
  const params = new Params(engine);
  const table = (name: string) => tableOf(engine, name);
  const text = (expression: string) => `COALESCE(CAST(${expression} AS TEXT), '')`;
  const inRound = () => `p."roundId" = ${params.add(roundId)}`;
  const ofPanel = () => `"panelId" = ${params.add(panelId)}`;
  const part = (name: string, columns: string[], from: string, where: string) =>
    `(SELECT ${columns.map(text).join(` || '/' || `)} FROM ${from} WHERE ${where}) AS "${name}"`;
  const parts = [
    part(
      "applications",
      ["COUNT(*)", `SUM(a."revision")`, `MAX(a."updatedAt")`, `MAX(o."updatedAt")`],
      `${table("Application")} a JOIN ${table("Pot")} p ON p."id" = a."potId" JOIN ${table("Organisation")} o ON o."id" = a."organisationId"`,
      inRound(),
    ),
    part(
      "decisions",
      ["COUNT(*)", `SUM(d."revision")`, `MAX(d."updatedAt")`],
      `${table("Decision")} d JOIN ${table("Pot")} p ON p."id" = d."potId"`,
      inRound(),
    ),
    part(
      "payments",
      ["COUNT(*)", `SUM(y."amountMinor")`, `MAX(y."createdAt")`],
      `${table("Payment")} y JOIN ${table("Application")} a ON a."id" = y."applicationId" JOIN ${table("Pot")} p ON p."id" = a."potId"`,
      inRound(),
    ),
    part("pots", ["COUNT(*)", `MAX(p."updatedAt")`], `${table("Pot")} p`, inRound()),
    part("round", [`MAX("updatedAt")`], table("Round"), `"id" = ${params.add(roundId)}`),
    part(
      "reviews",
      ["COUNT(*)", `SUM("revision")`, `MAX("updatedAt")`],
      table("Review"),
      ofPanel(),
    ),
    part("members", ["COUNT(*)", `MAX("updatedAt")`], table("PanelMember"), ofPanel()),
    part("conflicts", ["COUNT(*)", `MAX("createdAt")`], table("ConflictDeclaration"), ofPanel()),
    part("assignments", ["COUNT(*)", `MAX("createdAt")`], table("ReviewAssignment"), ofPanel()),
    part("rankings", ["COUNT(*)", `MAX("updatedAt")`], table("CommunityRanking"), ofPanel()),
    part("rubrics", ["COUNT(*)", `MAX("updatedAt")`], table("RubricVersion"), ofPanel()),
  ];
  const rows = await db().$queryRawUnsafe<Record<string, string | null>[]>(
    `SELECT ${parts.join(",\n  ")}`,
    ...params.values,
  );
  const row = rows[0] ?? {};
  return Object.keys(row)
    .sort()
    .map((name) => `${name}=${row[name] ?? ""}`)
    .join(";");
}
