import { can, type Actor } from "~/domain/access/permissions";
import { suggestFundingSet, type Candidate } from "~/domain/panels/funding-set";
import { audit } from "~/services/platform/audit.server";
import { db, isUniqueViolation } from "~/services/platform/db.server";
import { panelApplicationResources } from "./review-scope.server";
import type { ModeratedPanel, ModerationRow } from "./moderation.server";

type PotLimits = { id: string; minGrantMinor: number; maxGrantMinor: number };

type Money = {
  ledger: { remainingMinor: number };
  roundAwardedMinor: number;
  roundQualifyingMinor: number;
  floors: { basisPoints: number }[];
};

/** Still to decide: scored, not awarded or declined already, no confirmed decision. */
const open = (row: ModerationRow) =>
  row.score !== null && row.status === "IN_REVIEW" && !row.decision?.confirmed;

/**
 * The suggested funding set for one pot, among the applications this person may moderate (so
 * it never reveals one she declared a conflict with): the best total score within the pot's
 * remaining money, its grant limits and the round's floors, with what the floors cost.
 */
export async function potSuggestion(rows: readonly ModerationRow[], pot: PotLimits, money: Money) {
  const candidates: Candidate[] = rows.filter(open).map((row) => ({
    applicationId: row.id,
    potId: pot.id,
    score: row.score!,
    requestedMinor: row.requestedMinor,
    meetsFloorRule: row.meetsFloorRule === true,
  }));
  const suggestion = await suggestFundingSet({
    candidates,
    pots: [
      {
        potId: pot.id,
        remainingMinor: money.ledger.remainingMinor,
        minGrantMinor: pot.minGrantMinor,
        maxGrantMinor: pot.maxGrantMinor,
      },
    ],
    floors: money.floors,
    awardedMinor: money.roundAwardedMinor,
    qualifyingAwardedMinor: money.roundQualifyingMinor,
  });
  const reference = new Map(rows.map((row) => [row.id, row]));
  const describe = (id: string) => {
    const row = reference.get(id)!;
    return { id, reference: row.reference, organisation: row.organisation };
  };
  const hasDecision = (id: string) => reference.get(id)!.decision !== null;
  return {
    awards: suggestion.awards.map((award) => ({
      ...describe(award.applicationId),
      amountMinor: award.amountMinor,
      score: reference.get(award.applicationId)!.score!,
      drafted: hasDecision(award.applicationId),
    })),
    totalScore: suggestion.totalScore,
    totalMinor: suggestion.awards.reduce((sum, award) => sum + award.amountMinor, 0),
    floorsMet: suggestion.floorsMet,
    hasFloors: money.floors.length > 0,
    broughtIn: suggestion.broughtIn.map(describe),
    leftOut: suggestion.leftOut.map(describe),
    belowSmallestGrant: suggestion.belowSmallestGrant.map(describe),
    /** What the page showed, so adopting can tell whether the suggestion changed meanwhile. */
    fingerprint: suggestion.awards
      .map((award) => `${award.applicationId}:${award.amountMinor}`)
      .sort()
      .join(","),
  };
}

export type PotSuggestion = Awaited<ReturnType<typeof potSuggestion>>;

export type Adoption =
  { ok: true; drafted: number; kept: number } | { ok: false; reason: "changed" | "forbidden" };

/**
 * "Start from this suggestion": drafts an award (the suggested amount) for each suggested
 * application that has no decision yet. Drafts already written and confirmed decisions are
 * left exactly as they are; nothing else changes.
 */
export async function adoptSuggestion(
  actor: Actor,
  panel: ModeratedPanel,
  potId: string,
  suggestion: PotSuggestion,
  seenFingerprint: string,
): Promise<Adoption> {
  if (seenFingerprint !== suggestion.fingerprint) return { ok: false, reason: "changed" };
  const ids = suggestion.awards.map((award) => award.id);
  // Someone drafting a decision for one of them at the same moment wins; she is asked to look again.
  return db()
    .$transaction(async (tx) => {
      const resources = await panelApplicationResources(tx, panel, ids);
      if (!ids.every((id) => can(actor, "decide", resources.get(id)!)))
        return { ok: false, reason: "forbidden" } as const;
      const existing = new Set(
        (
          await tx.decision.findMany({
            where: { applicationId: { in: ids } },
            select: { applicationId: true },
          })
        ).map((decision) => decision.applicationId),
      );
      const fresh = suggestion.awards.filter((award) => !existing.has(award.id));
      for (const award of fresh)
        await tx.decision.create({
          data: {
            applicationId: award.id,
            potId,
            panelId: panel.id,
            outcome: "AWARD",
            amountMinor: award.amountMinor,
            draftedById: actor.id,
          },
        });
      await audit(tx, {
        actorId: actor.id,
        action: "panels.suggestion-adopted",
        entity: { type: "Panel", id: panel.id },
        funderId: panel.round.scheme.funderId,
        detail: { potId, drafted: fresh.map((award) => award.id), kept: existing.size },
      });
      return { ok: true, drafted: fresh.length, kept: existing.size } as const;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) return { ok: false, reason: "changed" } as const;
      throw error;
    });
}
