import highsLoader from "highs";

/**
 * The suggested funding set: the awards that together score highest, within each pot's
 * remaining money and the round's floors, each award within its pot's grant limits. It is an
 * integer programme (fund or not, per application), solved exactly by HiGHS (decision 0023).
 * The panel starts from it or ignores it; it changes nothing by itself.
 *
 * It also says what the floors cost: which applications they bring in and push out compared
 * with funding by score alone (best score first, while the pot has money).
 */

export type Candidate = {
  applicationId: string;
  potId: string;
  /** The panel's score, 0–100. */
  score: number;
  requestedMinor: number;
  /** The group meets the round's floor rule (e.g. led by and for the community). */
  meetsFloorRule: boolean;
};

export type PotRoom = {
  potId: string;
  remainingMinor: number;
  minGrantMinor: number;
  maxGrantMinor: number;
};

export type RoundFloor = {
  /** "At least this share (basis points) of the round's awarded money meets the rule." */
  basisPoints: number;
};

export type FundingInput = {
  candidates: readonly Candidate[];
  pots: readonly PotRoom[];
  floors: readonly RoundFloor[];
  /** Money the round has awarded already, in total and to groups meeting the rule. */
  awardedMinor: number;
  qualifyingAwardedMinor: number;
};

export type Award = { applicationId: string; potId: string; amountMinor: number };

export type FundingSuggestion = {
  awards: Award[];
  totalScore: number;
  /** False when no set of awards can meet the floors; the awards then ignore them. */
  floorsMet: boolean;
  /** Funding by score alone, and how the suggestion differs from it. */
  byScoreAlone: Award[];
  broughtIn: string[];
  leftOut: string[];
  /** Applications that cannot be funded as asked: the amount is below the pot's smallest grant. */
  belowSmallestGrant: string[];
};

/** What an award would be: what was asked, capped at the pot's largest grant. */
export function awardFor(candidate: Candidate, pot: PotRoom): number | null {
  const amount = Math.min(candidate.requestedMinor, pot.maxGrantMinor);
  return amount < pot.minGrantMinor || amount <= 0 ? null : amount;
}

function fundable(input: FundingInput) {
  const pots = new Map(input.pots.map((pot) => [pot.potId, pot]));
  const options: (Award & { score: number; meetsFloorRule: boolean })[] = [];
  const belowSmallestGrant: string[] = [];
  for (const candidate of input.candidates) {
    const pot = pots.get(candidate.potId);
    if (!pot) continue;
    const amountMinor = awardFor(candidate, pot);
    if (amountMinor === null) belowSmallestGrant.push(candidate.applicationId);
    else if (amountMinor <= pot.remainingMinor)
      options.push({ ...candidate, applicationId: candidate.applicationId, amountMinor });
  }
  return { options, belowSmallestGrant };
}

/** Best score first while the pot has room; ties by the smaller amount, then by id. */
export function fundByScoreAlone(input: FundingInput): Award[] {
  const { options } = fundable(input);
  const room = new Map(input.pots.map((pot) => [pot.potId, pot.remainingMinor]));
  const awards: Award[] = [];
  const order = [...options].sort(
    (a, b) =>
      b.score - a.score ||
      a.amountMinor - b.amountMinor ||
      a.applicationId.localeCompare(b.applicationId),
  );
  for (const option of order) {
    const left = room.get(option.potId)!;
    if (option.amountMinor > left) continue;
    room.set(option.potId, left - option.amountMinor);
    awards.push({
      applicationId: option.applicationId,
      potId: option.potId,
      amountMinor: option.amountMinor,
    });
  }
  return awards;
}

let solver: ReturnType<typeof highsLoader> | undefined;

type Option = ReturnType<typeof fundable>["options"][number];

/** The model in CPLEX LP format: x<i> is 1 when application i is funded. */
function model(options: Option[], input: FundingInput, withFloors: boolean) {
  // Scores to hundredths, as integers, so equal plans compare equal.
  const objective = options.map((o, i) => `${Math.round(o.score * 100)} x${i}`).join(" + ");
  const rows: string[] = [];
  for (const pot of input.pots) {
    const terms = options.flatMap((o, i) =>
      o.potId === pot.potId ? [`${o.amountMinor} x${i}`] : [],
    );
    if (terms.length > 0)
      rows.push(`pot${rows.length}: ${terms.join(" + ")} <= ${pot.remainingMinor}`);
  }
  if (withFloors)
    for (const [index, floor] of input.floors.entries()) {
      // 10000·(qualifying) ≥ basisPoints·(all awarded), written for the new awards.
      const terms = options.map((o, i) => {
        const weight = o.amountMinor * ((o.meetsFloorRule ? 10_000 : 0) - floor.basisPoints);
        return `${weight >= 0 ? "+" : "-"} ${Math.abs(weight)} x${i}`;
      });
      const needed = floor.basisPoints * input.awardedMinor - 10_000 * input.qualifyingAwardedMinor;
      rows.push(`floor${index}: ${terms.join(" ")} >= ${needed}`);
    }
  const columns = options.map((_, i) => `x${i}`).join(" ");
  return [
    "Maximize",
    ` obj: ${objective}`,
    "Subject To",
    ...(rows.length > 0 ? rows.map((row) => ` ${row}`) : [" none: x0 >= 0"]),
    "Binary",
    ` ${columns}`,
    "End",
  ].join("\n");
}

async function solve(options: Option[], input: FundingInput, withFloors: boolean) {
  if (options.length === 0) {
    const floorsHold = input.floors.every(
      (floor) => 10_000 * input.qualifyingAwardedMinor >= floor.basisPoints * input.awardedMinor,
    );
    return { feasible: !withFloors || floorsHold, chosen: [] as Option[] };
  }
  solver ??= highsLoader();
  const highs = await solver;
  const solution = highs.solve(model(options, input, withFloors), {
    mip_rel_gap: 0,
    output_flag: false,
  });
  if (solution.Status !== "Optimal") return { feasible: false, chosen: [] as Option[] };
  const chosen = options.filter((_, i) => (solution.Columns[`x${i}`]?.Primal ?? 0) > 0.5);
  return { feasible: true, chosen };
}

export async function suggestFundingSet(input: FundingInput): Promise<FundingSuggestion> {
  const { options, belowSmallestGrant } = fundable(input);
  const withFloors = await solve(options, input, input.floors.length > 0);
  const floorsMet = withFloors.feasible;
  const { chosen } = floorsMet ? withFloors : await solve(options, input, false);
  const awards = chosen.map(({ applicationId, potId, amountMinor }) => ({
    applicationId,
    potId,
    amountMinor,
  }));
  const byScoreAlone = fundByScoreAlone(input);
  const suggested = new Set(awards.map((award) => award.applicationId));
  const alone = new Set(byScoreAlone.map((award) => award.applicationId));
  return {
    awards,
    totalScore: chosen.reduce((sum, option) => sum + option.score, 0),
    floorsMet,
    byScoreAlone,
    broughtIn: [...suggested].filter((id) => !alone.has(id)),
    leftOut: [...alone].filter((id) => !suggested.has(id)),
    belowSmallestGrant,
  };
}
