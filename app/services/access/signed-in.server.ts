import type { TwoFactorDuty } from "~/domain/accounts/two-factor";
import type { Actor, FunderRole, OrganisationRole, PanelRole } from "~/domain/access/permissions";
import { db } from "~/services/platform/db.server";
import { dialect, Params, tableOf } from "~/services/platform/raw-sql.server";

export type SignedInUser = Actor & {
  email: string;
  name: string | null;
  locale: string | null;
  /** What decides whether she must use two-factor sign-in, read with the rest. */
  twoFactor: TwoFactorDuty & { enabled: boolean };
};

type Row = { kind: string; a: string; b: string | null; c: string | null; d: string | null };

/**
 * Everything that says who she is and what she may open, in one statement: every page a
 * signed-in person opens asks this first, and as separate queries it took ten round trips
 * through the database client. Each row is one fact: `kind` says which, `a`–`d` its values.
 */
export async function readSignedIn(userId: string): Promise<SignedInUser | null> {
  const engine = dialect();
  const table = (name: string) => tableOf(engine, name);
  const params = new Params(engine);
  const id = () => params.add(userId);
  const flag = (expression: string) => `CASE WHEN ${expression} THEN '1' ELSE '0' END`;
  const sql = `
    SELECT 'user' AS kind, u."email" AS a, u."name" AS b, u."locale" AS c,
      ${flag(`u."isPlatformAdmin"`)} || ${flag(`u."totpEnabledAt" IS NOT NULL`)} AS d, u."id" AS o
    FROM ${table("User")} u WHERE u."id" = ${id()}
    UNION ALL
    SELECT 'funder', m."funderId", CAST(m."role" AS TEXT), ${flag(`f."requireTwoFactor"`)}, NULL, m."id"
    FROM ${table("FunderMember")} m JOIN ${table("Funder")} f ON f."id" = m."funderId"
    WHERE m."userId" = ${id()}
    UNION ALL
    SELECT 'organisation', m."organisationId", CAST(m."role" AS TEXT), NULL, NULL, m."id"
    FROM ${table("OrganisationMember")} m WHERE m."userId" = ${id()}
    UNION ALL
    SELECT 'panel', m."panelId", CAST(m."role" AS TEXT), ${flag(`f."requireTwoFactor"`)}, NULL, m."id"
    FROM ${table("PanelMember")} m
      JOIN ${table("Panel")} p ON p."id" = m."panelId"
      JOIN ${table("Round")} r ON r."id" = p."roundId"
      JOIN ${table("Scheme")} s ON s."id" = r."schemeId"
      JOIN ${table("Funder")} f ON f."id" = s."funderId"
    WHERE m."userId" = ${id()} AND m."removedAt" IS NULL
    UNION ALL
    SELECT 'workingGroup', w."schemeId", NULL, NULL, NULL, w."id"
    FROM ${table("WorkingGroupMember")} w
      JOIN ${table("Scheme")} s ON s."id" = w."schemeId"
      JOIN ${table("Funder")} f ON f."id" = s."funderId"
    WHERE w."userId" = ${id()} AND w."acceptedAt" IS NOT NULL AND w."revokedAt" IS NULL
      AND f."deactivatedAt" IS NULL
    UNION ALL
    SELECT 'closedFunder', f."id", NULL, NULL, NULL, f."id"
    FROM ${table("Funder")} f WHERE f."deactivatedAt" IS NOT NULL
    ORDER BY 1, 6`;
  const rows = await db().$queryRawUnsafe<Row[]>(sql, ...params.values);
  return signedInFrom(userId, rows);
}

function signedInFrom(userId: string, rows: Row[]): SignedInUser | null {
  const user = rows.find((row) => row.kind === "user");
  if (!user) return null;
  const of = (kind: string) => rows.filter((row) => row.kind === kind);
  const funders = of("funder");
  const panels = of("panel");
  return {
    id: userId,
    email: user.a,
    name: user.b,
    locale: user.c,
    isPlatformAdmin: user.d?.[0] === "1",
    funders: funders.map((row) => ({ funderId: row.a, role: row.b as FunderRole })),
    organisations: of("organisation").map((row) => ({
      organisationId: row.a,
      role: row.b as OrganisationRole,
    })),
    panels: panels.map((row) => ({ panelId: row.a, role: row.b as PanelRole })),
    // A membership staff took back opens nothing, and a deactivated funder's working groups
    // are closed like the rest of it.
    workingGroups: of("workingGroup").map((row) => ({ schemeId: row.a })),
    closedFunderIds: of("closedFunder").map((row) => row.a),
    twoFactor: {
      isPlatformAdmin: user.d?.[0] === "1",
      requiredByFunders:
        funders.filter((row) => row.c === "1").length +
        panels.filter((row) => row.b === "CHAIR" && row.c === "1").length,
      enabled: user.d?.[1] === "1",
    },
  };
}
