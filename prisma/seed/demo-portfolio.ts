import {
  newReference,
  referencePrefix,
  referenceYear,
} from "../../app/domain/applications/reference";
import { checkInDueDates } from "../../app/domain/monitoring/check-in-plan";
import { mayAppear } from "../../app/domain/outcomes/consent";
import { seededRandom } from "../../app/domain/shared/seeded-random";
import type { Db } from "../../app/services/platform/db.server";
import { potDescriptions, potNames } from "./demo-pot-names";
import {
  applicationTexts,
  awardFeedback,
  portfolioGroups,
  type PortfolioGroup,
  type PortfolioPot,
} from "./demo-portfolio-groups";
import {
  changeDomainNames,
  conversationAddition,
  conversations,
  feedbackComments,
  lightNumberLabels,
  mscReasons,
  replies,
  stories,
} from "./demo-portfolio-stories";

const DAY = 24 * 60 * 60 * 1000;
const sections = ["about-your-group", "your-project", "budget", "declaration"];

/** Money of the 2025 round's pots: what each holds and the grant limits, in cents. */
const potMoney: Record<PortfolioPot, { amount: number; min: number; max: number }> = {
  womenGroups: { amount: 7_000_000, min: 50_000, max: 500_000 },
  communityLed: { amount: 6_000_000, min: 100_000, max: 1_000_000 },
  languagePeer: { amount: 3_000_000, min: 100_000, max: 300_000 },
};
const potEligibility: Record<PortfolioPot, Record<string, string | number | string[]>[]> = {
  womenGroups: [{ type: "byAndFor" }],
  communityLed: [{ type: "areaServed", areas: ["Riverside"] }],
  languagePeer: [{ type: "maxAnnualIncome", amountMinor: 15_000_000 }],
};
/** The awards groups of each pot got, before the pot's own limits: a range in cents. */
const awardRange: Record<PortfolioPot, [number, number]> = {
  womenGroups: [150_000, 450_000],
  communityLed: [200_000, 550_000],
  languagePeer: [150_000, 300_000],
};

/**
 * How each grant ran: "year" has the round's two check-ins (mid-way, end); "short" was a
 * nine-month project, finished and closed; "quarterly" is one where staff asked for four.
 * Tranches are [share of the award, days after the start].
 */
const profiles = {
  year: {
    months: 12,
    plan: [5000, 10000],
    tranches: [
      [0.6, 7],
      [0.4, 190],
    ],
  },
  short: {
    months: 9,
    plan: [5000, 10000],
    tranches: [
      [0.6, 7],
      [0.4, 140],
    ],
  },
  quarterly: {
    months: 12,
    plan: [2500, 5000, 7500, 10000],
    tranches: [
      [0.4, 7],
      [0.3, 100],
      [0.3, 190],
    ],
  },
} as const;
type Profile = keyof typeof profiles;

type GrantChangeRow = {
  grantId: string;
  kind: "ACCEPTED" | "COMPLETED" | "ENDED_EARLY" | "REVOKED";
  actorId: string;
  createdAt: Date;
  reason?: string;
  detail?: Record<string, { from: number | string; to: number | string | null }>;
};

/**
 * Last-but-one year's round, finished: ~40 groups funded across three pots, their grants a
 * year in, with check-ins told in six languages, coded with the funder's themes, some
 * highlighted, a few late; grants ended early and one revoked; the Most Significant Change
 * selection and the anonymous survey. It makes the outcome views worth looking at.
 * Everything is written in a few bulk inserts, with a seeded random, so the demo is the same
 * on every run and seeding stays quick.
 */
export async function seedDemoPortfolio(
  db: Db,
  input: {
    funderId: string;
    schemeId: string;
    formVersionId: string;
    hostId: string;
    userId: (email: string) => string;
    now: Date;
  },
) {
  const { now, userId } = input;
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const random = seededRandom(2025);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const tomas = userId("tomas@example.org");
  const grace = userId("grace@example.org");

  const scheme = await db.scheme.findUniqueOrThrow({ where: { id: input.schemeId } });
  const host = await db.organisation.findUniqueOrThrow({ where: { id: input.hostId } });
  const round = await db.round.create({
    data: {
      schemeId: scheme.id,
      name: {
        en: "2025 round",
        ar: "دورة 2025",
        uk: "Конкурс 2025",
        fa: "دورهٔ ۲۰۲۵",
        es: "Convocatoria 2025",
        fr: "Appel 2025",
      },
      opensAt: at(-520),
      closesAt: at(-425),
      decisionAt: at(-365),
      budgetMinor: Object.values(potMoney).reduce((sum, pot) => sum + pot.amount, 0),
      formVersionId: input.formVersionId,
      checkInPlan: [5000, 10000],
      lightNumbers: lightNumberLabels,
      mscEnabled: true,
      changeDomains: {
        create: changeDomainNames.map((name, position) => ({ name, position })),
      },
    },
    include: { changeDomains: { orderBy: { position: "asc" } } },
  });
  const potKeys: PortfolioPot[] = ["womenGroups", "communityLed", "languagePeer"];
  const pots = await db.pot.createManyAndReturn({
    data: potKeys.map((key, index) => ({
      roundId: round.id,
      position: index + 1,
      name: potNames[key],
      description: potDescriptions[key],
      amountMinor: potMoney[key].amount,
      minGrantMinor: potMoney[key].min,
      maxGrantMinor: potMoney[key].max,
      eligibility: potEligibility[key],
      ...(key === "womenGroups" ? { floorBasisPoints: 6000, floorRule: { type: "byAndFor" } } : {}),
    })),
  });
  const potIdOf = (key: PortfolioPot) =>
    pots.find((pot) => pot.position === potKeys.indexOf(key) + 1)!.id;

  // The people who run the groups; each accepted her group's grant and sends its check-ins.
  const emailOf = (group: PortfolioGroup) =>
    `${group.contact
      .normalize("NFD")
      .replace(/[^A-Za-z ]/g, "")
      .toLowerCase()
      .replace(/ +/g, ".")}@example.org`;
  const contacts = await db.user.createManyAndReturn({
    data: portfolioGroups.map((group) => ({
      email: emailOf(group),
      name: group.contact,
      locale: group.language,
    })),
  });
  const contactOf = (group: PortfolioGroup) =>
    contacts.find((user) => user.email === emailOf(group))!.id;

  const informal = (group: PortfolioGroup) => group.legalForm === "INFORMAL_GROUP";
  const registered = (group: PortfolioGroup) =>
    group.legalForm !== "INFORMAL_GROUP" && group.legalForm !== "OTHER";
  const registrationNumber = (group: PortfolioGroup, index: number) => {
    if (!registered(group)) return null;
    if (group.legalForm === "REGISTERED_CHARITY") return `CHY ${21_000 + index * 37}`;
    if (group.legalForm === "COMPANY") return `CLG ${600_000 + index}`;
    return `ASSOC-20${18 + (index % 6)}-${200 + index}`;
  };
  const organisations = await db.organisation.createManyAndReturn({
    data: portfolioGroups.map((group, index) => ({
      name: group.name,
      legalForm: group.legalForm,
      registrationNumber: registrationNumber(group, index),
      hostOrganisationId: informal(group) ? host.id : null,
      hostOrganisationName: informal(group) ? host.name : null,
      annualIncomeMinor: group.byAndFor
        ? between(200_000, 2_000_000)
        : between(5_000_000, 12_000_000),
      incomeCurrency: "EUR",
      areaServed: "Riverside",
      communitiesServed: group.communities,
      languagesUsed: `${group.language}, en`,
      byAndFor: group.byAndFor,
      leadershipPercent: group.byAndFor ? between(80, 100) : between(10, 40),
      publishLeadership: group.publishLeadership,
      yearsActive: between(1, 12),
    })),
  });
  const organisationOf = (group: PortfolioGroup) =>
    organisations.find((organisation) => organisation.name === group.name)!;
  await db.organisationMember.createMany({
    data: portfolioGroups.map((group) => ({
      organisationId: organisationOf(group).id,
      userId: contactOf(group),
      role: "OWNER" as const,
    })),
  });

  // Awards: a random amount in the pot's range, never more than the pot has left.
  const left = Object.fromEntries(potKeys.map((key) => [key, potMoney[key].amount]));
  const awards = portfolioGroups.map((group) => {
    const [low, high] = awardRange[group.pot];
    const amount = Math.min(between(low / 10_000, high / 10_000) * 10_000, left[group.pot]!);
    if (amount < potMoney[group.pot].min) throw new Error(`The ${group.pot} pot ran out.`);
    left[group.pot]! -= amount;
    return amount;
  });

  // A seeded code in an otherwise empty year of references, so the demo is the same each run.
  const prefix = referencePrefix(scheme.slug);
  const year = referenceYear(round.closesAt, scheme.timeZone);
  const references = new Set<string>();
  while (references.size < portfolioGroups.length)
    references.add(newReference({ prefix, year }, (n) => Math.floor(random() * n)));
  const referenceList = [...references];

  const confirmedAt = at(-345);
  const applications = await db.application.createManyAndReturn({
    data: portfolioGroups.map((group, index) => {
      const texts = applicationTexts[group.language];
      const awarded = awards[index]!;
      const room = Math.round((awarded * 0.6) / 100);
      const answers: Record<string, string> = {
        "group-name": group.name,
        "group-registered": registered(group) ? "yes" : "no",
        ...(registered(group)
          ? { "registration-number": organisationOf(group).registrationNumber! }
          : {}),
        "group-people": texts.people,
        "project-what": texts.project,
        "project-children": "no",
        "budget-items.0.item": texts.room,
        "budget-items.0.amount": String(room),
        "budget-items.1.item": texts.materials,
        "budget-items.1.amount": String(awarded / 100 - room),
        "declaration-true": "yes",
      };
      return {
        reference: referenceList[index]!,
        potId: potIdOf(group.pot),
        organisationId: organisationOf(group).id,
        formVersionId: input.formVersionId,
        status: "AWARDED" as const,
        answers,
        answerLanguage: group.language,
        completedSections: sections,
        sectionRevisions: Object.fromEntries(sections.map((section) => [section, 1])),
        revision: 4,
        requestedMinor: awarded,
        recommendedMinor: awarded,
        awardedMinor: awarded,
        meetsFloorRule: group.byAndFor,
        submittedAt: at(-425 - between(2, 20)),
        submittedById: contactOf(group),
        screenedAt: at(-423),
        screenedById: tomas,
        createdAt: at(-450),
      };
    }),
  });
  const applicationOf = (index: number) =>
    applications.find((application) => application.reference === referenceList[index])!;
  await db.decision.createMany({
    data: portfolioGroups.map((group, index) => ({
      applicationId: applicationOf(index).id,
      potId: potIdOf(group.pot),
      outcome: "AWARD" as const,
      amountMinor: awards[index]!,
      rationale: "Clear plan from the women themselves; realistic budget.",
      feedback: { en: awardFeedback.en, [group.language]: awardFeedback[group.language] },
      draftedById: tomas,
      confirmedAt,
      confirmedById: grace,
    })),
  });

  const conditions = await db.grantConditions.findFirstOrThrow({
    where: { schemeId: scheme.id },
    orderBy: { version: "desc" },
  });

  // How each grant went: most ran their course; a few ended early; one was revoked.
  const profileOf = (index: number): Profile =>
    (["year", "short", "quarterly"] as const)[index % 3]!;
  const endedEarly = new Set(
    portfolioGroups
      .map((group, index) => ({ group, index }))
      .filter(({ group, index }) => group.pot === "womenGroups" && profileOf(index) === "quarterly")
      .slice(0, 3)
      .map(({ index }) => index),
  );
  const revoked = portfolioGroups.findIndex(
    (group, index) => group.pot === "communityLed" && profileOf(index) === "year",
  );
  const plans = portfolioGroups.map((group, index) => {
    const profile = profiles[profileOf(index)];
    const startsOn = at(-335 + between(0, 10));
    startsOn.setUTCHours(12, 0, 0, 0);
    const plannedEnd = new Date(startsOn.getTime() + Math.round(profile.months * 30.4) * DAY);
    const endedOn = endedEarly.has(index)
      ? new Date(startsOn.getTime() + 150 * DAY)
      : index === revoked
        ? new Date(startsOn.getTime() + 5 * DAY)
        : null;
    const status = endedEarly.has(index)
      ? ("ENDED_EARLY" as const)
      : index === revoked
        ? ("REVOKED" as const)
        : plannedEnd < now
          ? ("COMPLETED" as const)
          : ("ACTIVE" as const);
    const dueDates = checkInDueDates(profile.plan, startsOn, plannedEnd).filter(
      (dueOn) => !endedOn || (status === "ENDED_EARLY" && dueOn <= endedOn),
    );
    return { group, index, profile, startsOn, plannedEnd, endedOn, status, dueDates };
  });

  const grants = await db.grant.createManyAndReturn({
    data: plans.map((plan) => ({
      applicationId: applicationOf(plan.index).id,
      funderId: input.funderId,
      organisationId: organisationOf(plan.group).id,
      status: plan.status,
      startsOn: plan.startsOn,
      endsOn: plan.status === "ENDED_EARLY" ? plan.endedOn! : plan.plannedEnd,
      conditionsId: conditions.id,
      acceptedAt: new Date(confirmedAt.getTime() + between(2, 8) * DAY),
      acceptedById: contactOf(plan.group),
      acceptedLocale: plan.group.language,
      revision: plan.status === "ACTIVE" ? 1 : 2,
    })),
  });
  const grantOf = (index: number) =>
    grants.find((grant) => grant.applicationId === applicationOf(index).id)!;

  // Check-ins: sent for most past due dates; a few late (not sent); the rest due.
  const late = new Set<string>();
  const checkInRows = plans.flatMap((plan) =>
    plan.dueDates.map((dueOn, position) => {
      const key = `${plan.index}:${position}`;
      const lastPast = plan.dueDates.filter((date) => date < now).length - 1;
      if (plan.status === "ACTIVE" && position === lastPast && plan.index % 5 === 3) {
        late.add(key);
      }
      return { plan, dueOn, position, key };
    }),
  );
  // Three groups told their mid-way story on a call or visit that staff logged.
  const conversationAt = new Map(
    plans
      .filter((plan) => plan.status === "ACTIVE" && plan.profile === profiles.quarterly)
      .filter((plan) => ![...late].some((key) => key.startsWith(`${plan.index}:`)))
      .slice(0, conversations.length)
      .map((plan, conversation) => [`${plan.index}:1`, conversation]),
  );
  const consents = ["FUNDER_ONLY", "FUNDER_REPORTS", "FUNDER_REPORTS", "PUBLIC"] as const;
  let highlighted = 0;
  const rows = checkInRows.map(({ plan, dueOn, position, key }) => {
    const base = { grantId: grantOf(plan.index).id, position, dueOn };
    if (dueOn >= now || late.has(key)) return { ...base, storyIndex: null };
    const submittedAt = new Date(
      Math.min(dueOn.getTime() + between(-6, 14) * DAY, at(-1).getTime()),
    );
    const conversation = conversationAt.get(key);
    if (conversation !== undefined) {
      return {
        ...base,
        storyIndex: null,
        kind: "CONVERSATION" as const,
        answers: conversations[conversation]!,
        answerLanguage: "en",
        storyConsent: conversation === 2 ? null : ("FUNDER_ONLY" as const),
        loggedById: tomas,
        submittedAt,
        groupAddition: conversation === 0 ? conversationAddition : null,
      };
    }
    const storyIndex = (plan.index + position) % stories.length;
    const story = stories[storyIndex]!;
    const roll = random();
    const storyConsent = roll < 0.1 ? null : consents[Math.floor(random() * consents.length)]!;
    // About fifteen highlights, spread over groups, only where the consent reaches reports.
    const highlight = highlighted < 15 && mayAppear(storyConsent, "reports") && random() < 0.45;
    if (highlight) highlighted += 1;
    const replied = plan.index % 6 === 0 && position === 0;
    return {
      ...base,
      storyIndex,
      answers: {
        ...story.text[plan.group.language],
        numbers: { women: between(8, 45), sessions: between(4, 24) },
      },
      answerLanguage: plan.group.language,
      storyConsent,
      changeDomainId: story.domain === null ? null : round.changeDomains[story.domain]!.id,
      revision: 2,
      submittedAt,
      submittedById: contactOf(plan.group),
      storyHighlightedAt: highlight ? new Date(submittedAt.getTime() + DAY / 2) : null,
      quoteHighlightedAt:
        highlight && highlighted % 2 === 0 ? new Date(submittedAt.getTime() + DAY / 2) : null,
      reply: replied ? replies[plan.group.language] : null,
      repliedById: replied ? tomas : null,
      repliedAt: replied ? new Date(submittedAt.getTime() + DAY / 2) : null,
    };
  });
  const checkIns = await db.checkIn.createManyAndReturn({
    data: rows.map(({ storyIndex: _story, ...row }) => row),
  });
  const checkInOf = (grantId: string, position: number) =>
    checkIns.find((checkIn) => checkIn.grantId === grantId && checkIn.position === position)!;

  // Staff coded the stories sent before the last few weeks; the newest wait in the queue.
  const themes = await db.theme.findMany({ where: { funderId: input.funderId } });
  const themeId = (english: string) =>
    themes.find((theme) => (theme.name as Record<string, string>).en === english)!.id;
  await db.checkInTheme.createMany({
    data: rows.flatMap((row) => {
      if (row.storyIndex === null || !row.submittedAt || row.submittedAt > at(-55)) return [];
      const checkIn = checkInOf(row.grantId, row.position);
      return stories[row.storyIndex]!.themes.map((theme) => ({
        checkInId: checkIn.id,
        themeId: themeId(theme),
        taggedById: tomas,
        createdAt: new Date(row.submittedAt!.getTime() + 3 * DAY),
      }));
    }),
  });

  // Money: tranches, paid as they fell due unless a late check-in holds them back; an early
  // end cancels what was unpaid and awards what was paid; revoking before any payment takes
  // the whole award back.
  const trancheRows = plans.flatMap((plan) => {
    const amount = awards[plan.index]!;
    let planned = 0;
    return plan.profile.tranches.map(([share, days], position, all) => {
      const amountMinor =
        position === all.length - 1 ? amount - planned : Math.round(amount * share);
      planned += amountMinor;
      const dueOn = new Date(plan.startsOn.getTime() + days * DAY);
      const heldBack = [...late].some(
        (key) =>
          key.startsWith(`${plan.index}:`) && plan.dueDates[Number(key.split(":")[1])]! <= dueOn,
      );
      const cancelled = plan.endedOn !== null && dueOn > plan.endedOn;
      const paid = dueOn < now && !heldBack && !cancelled;
      return { plan, position, amountMinor, dueOn, paid, cancelled };
    });
  });
  const payments = await db.payment.createManyAndReturn({
    data: trancheRows
      .filter((tranche) => tranche.paid)
      .map((tranche) => ({
        applicationId: applicationOf(tranche.plan.index).id,
        amountMinor: tranche.amountMinor,
        paidAt: tranche.dueOn,
        recordedById: tomas,
      })),
  });
  await db.grantTranche.createMany({
    data: trancheRows.map((tranche) => ({
      grantId: grantOf(tranche.plan.index).id,
      position: tranche.position,
      amountMinor: tranche.amountMinor,
      dueOn: tranche.dueOn,
      cancelledAt: tranche.cancelled ? tranche.plan.endedOn : null,
      paymentId: tranche.paid
        ? payments.find(
            (payment) =>
              payment.applicationId === applicationOf(tranche.plan.index).id &&
              payment.paidAt.getTime() === tranche.dueOn.getTime(),
          )!.id
        : null,
    })),
  });
  const paidOf = (index: number) =>
    trancheRows
      .filter((tranche) => tranche.plan.index === index && tranche.paid)
      .reduce((sum, tranche) => sum + tranche.amountMinor, 0);
  for (const index of endedEarly) {
    await db.application.update({
      where: { id: applicationOf(index).id },
      data: { awardedMinor: paidOf(index), revision: { increment: 1 } },
    });
  }
  await db.application.update({
    where: { id: applicationOf(revoked).id },
    data: { status: "DECLINED", awardedMinor: null, revision: { increment: 1 } },
  });
  await db.pot.updateMany({
    where: { roundId: round.id },
    data: { ledgerVersion: { increment: 1 } },
  });

  await db.grantChange.createMany({
    data: plans.flatMap((plan) => {
      const grantId = grantOf(plan.index).id;
      const accepted = grants.find((grant) => grant.id === grantId)!;
      const changes: GrantChangeRow[] = [
        {
          grantId,
          kind: "ACCEPTED" as const,
          actorId: contactOf(plan.group),
          createdAt: accepted.acceptedAt!,
        },
      ];
      const amount = awards[plan.index]!;
      if (plan.status === "COMPLETED")
        changes.push({
          grantId,
          kind: "COMPLETED" as const,
          actorId: tomas,
          createdAt: new Date(plan.plannedEnd.getTime() + 14 * DAY),
        });
      if (plan.status === "ENDED_EARLY")
        changes.push({
          grantId,
          kind: "ENDED_EARLY" as const,
          actorId: tomas,
          createdAt: plan.endedOn!,
          reason:
            "The group's leader moved away and the members decided to stop the activities. What was paid was spent on the sessions held.",
          detail: {
            awardedMinor: { from: amount, to: paidOf(plan.index) },
            endsOn: { from: plan.plannedEnd.toISOString(), to: plan.endedOn!.toISOString() },
          },
        });
      if (plan.status === "REVOKED")
        changes.push({
          grantId,
          kind: "REVOKED" as const,
          actorId: grace,
          createdAt: plan.endedOn!,
          reason:
            "The group closed before the grant started, so nothing was paid and the money went back into the pot.",
          detail: { awardedMinor: { from: amount, to: null } },
        });
      return changes;
    }),
  });

  // Most Significant Change: one story chosen per domain, with the reason sent back.
  const storiesOf = (domainId: string) =>
    rows.flatMap((row) =>
      row.storyIndex !== null && row.changeDomainId === domainId ? [row] : [],
    );
  const chosen = round.changeDomains.map(
    (domain) =>
      storiesOf(domain.id).find((row) => row.storyHighlightedAt) ?? storiesOf(domain.id)[0],
  );
  await db.mscSelection.createMany({
    data: chosen.flatMap((row, position) =>
      row
        ? [
            {
              roundId: round.id,
              changeDomainId: round.changeDomains[position]!.id,
              domainKey: round.changeDomains[position]!.id,
              checkInId: checkInOf(row.grantId, row.position).id,
              reason: mscReasons[position]!,
              reasonLocale: "en",
              selectedById: grace,
              createdAt: at(-40),
            },
          ]
        : [],
    ),
  });

  // The anonymous survey: seven answers, and separately which groups answered.
  const answeredOn = (days: number) => {
    const day = at(-days);
    day.setUTCHours(0, 0, 0, 0);
    return day;
  };
  await db.feedbackResponse.createMany({
    data: feedbackComments.map((comment, index) => ({
      roundId: round.id,
      answers: {
        applying: between(3, 5),
        reporting: between(2, 5),
        relationship: between(3, 5),
        comment,
      },
      answeredOn: answeredOn(60 - index * 5),
    })),
  });
  await db.feedbackReceipt.createMany({
    data: plans
      .filter((plan) => plan.status === "COMPLETED")
      .slice(0, feedbackComments.length)
      .map((plan) => ({ roundId: round.id, organisationId: organisationOf(plan.group).id })),
  });
}
