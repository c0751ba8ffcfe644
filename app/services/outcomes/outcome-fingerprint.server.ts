import { readFingerprint } from "~/services/platform/raw-sql.server";

/**
 * A fingerprint of every record of a funder the outcome views, the story wall and the printed
 * summary are worked out from, read in one statement:
 * - grants (status, dates, scope) and their applications (award, reference, pot) and groups
 *   (names), and the payments made on them;
 * - check-ins (sent, due dates, answers and light numbers, consent, highlights), their theme
 *   tags (a tag is added or deleted, never changed, so counted with the latest added), and the
 *   photos sent with them;
 * - the codebook of themes (names, merges, order);
 * - schemes, rounds and pots (names, currency, light-number definitions, what lies in scope).
 * Rows are counted (a deletion shows), and the latest change time and, where rows keep one, the
 * sum of their revision counters are taken. A photo keeps no change time: its consent and
 * caption are summed instead. They can only change while its check-in is a draft, which no view
 * shows, and sending the check-in changes the check-in.
 */
export function outcomeFingerprint(funderId: string): Promise<string> {
  return readFingerprint((table) => {
    const ofFunder = { where: `g."funderId"`, value: funderId };
    const grants = `${table("Grant")} g`;
    const ofGrant = `JOIN ${grants} ON g."id" = c."grantId"`;
    const checkIns = `${table("CheckIn")} c ${ofGrant}`;
    const schemes = `${table("Scheme")} s`;
    const ofScheme = `JOIN ${schemes} ON s."id" = r."schemeId"`;
    const rounds = `${table("Round")} r ${ofScheme}`;
    const inSchemes = { where: `s."funderId"`, value: funderId };
    return {
      grants: {
        of: ["COUNT(*)", `SUM(g."revision")`, `MAX(g."updatedAt")`],
        from: grants,
        ...ofFunder,
      },
      applications: {
        of: [`SUM(a."revision")`, `MAX(a."updatedAt")`, `MAX(o."updatedAt")`],
        from: `${grants} JOIN ${table("Application")} a ON a."id" = g."applicationId" JOIN ${table("Organisation")} o ON o."id" = a."organisationId"`,
        ...ofFunder,
      },
      payments: {
        of: ["COUNT(*)", `SUM(y."amountMinor")`, `MAX(y."createdAt")`],
        from: `${table("Payment")} y JOIN ${grants} ON g."applicationId" = y."applicationId"`,
        ...ofFunder,
      },
      checkIns: {
        of: ["COUNT(*)", `SUM(c."revision")`, `MAX(c."updatedAt")`],
        from: checkIns,
        ...ofFunder,
      },
      tags: {
        of: ["COUNT(*)", `MAX(t."createdAt")`],
        from: `${table("CheckInTheme")} t JOIN ${table("CheckIn")} c ON c."id" = t."checkInId" ${ofGrant}`,
        ...ofFunder,
      },
      photos: {
        of: [
          "COUNT(*)",
          `MAX(f."createdAt")`,
          `COUNT(f."deletedAt")`,
          `MAX(f."deletedAt")`,
          `SUM(CASE CAST(f."consent" AS TEXT) WHEN 'FUNDER_ONLY' THEN 1 WHEN 'FUNDER_REPORTS' THEN 2 WHEN 'PUBLIC' THEN 3 ELSE 0 END)`,
          `SUM(LENGTH(f."caption"))`,
        ],
        from: `${table("StoredFile")} f JOIN ${table("CheckIn")} c ON c."id" = f."checkInId" ${ofGrant}`,
        ...ofFunder,
      },
      themes: {
        of: ["COUNT(*)", `MAX("updatedAt")`],
        from: table("Theme"),
        where: `"funderId"`,
        value: funderId,
      },
      schemes: { of: ["COUNT(*)", `MAX(s."updatedAt")`], from: schemes, ...inSchemes },
      rounds: { of: ["COUNT(*)", `MAX(r."updatedAt")`], from: rounds, ...inSchemes },
      pots: {
        of: ["COUNT(*)", `MAX(p."updatedAt")`],
        from: `${table("Pot")} p JOIN ${table("Round")} r ON r."id" = p."roundId" ${ofScheme}`,
        ...inSchemes,
      },
    };
  });
}
