// One funder's portfolio at the size a busy funder reaches in five years (npm run seed:large):
// written in bulk through the app's database client, with a seeded random and ids made from
// counters, so every run with the same scale and day writes the same records.
import { newReference, referencePrefix, referenceYear } from "../app/domain/applications/reference";
import { defaultThemes } from "../app/domain/outcomes/default-themes";
import type { AuditAction } from "../app/domain/shared/audit-actions";
import { supportedLocales, type Locale } from "../app/domain/shared/locales";
import { seededRandom } from "../app/domain/shared/seeded-random";
import type { Db } from "../app/services/platform/db.server";
import { demoFormDefinition } from "../prisma/seed/demo-form";
import { conditionsText } from "../prisma/seed/demo-grants";
import { applicationTexts, awardFeedback } from "../prisma/seed/demo-portfolio-groups";
import { lightNumberLabels } from "../prisma/seed/demo-portfolio-stories";
import { potDescriptions, potNames } from "../prisma/seed/demo-pot-names";
import { demoRubric } from "../prisma/seed/demo-rubric";
import { bulkWriter, dueCheckIn, seededId, sentCheckIn, submittedReview } from "./bulk-data";

const DAY = 24 * 60 * 60 * 1000;
const TAG = "nb";
const ROUNDS = 20;
const DECIDED_ROUNDS = ROUNDS - 2;
const PANEL_SIZE = 10;
const REVIEWERS = 40;

export const largeFunderSlug = "northbank";

/** What the full-size run writes; `--scale` multiplies each. */
export const fullSize = {
  organisations: 2_500,
  applications: 10_000,
  reviews: 40_000,
  grants: 2_000,
  checkIns: 5_000,
  auditEvents: 20_000,
  emails: 50_000,
};

export function sizesAt(scale: number) {
  const sized = Object.fromEntries(
    Object.entries(fullSize).map(([key, count]) => [key, Math.max(1, Math.round(count * scale))]),
  ) as typeof fullSize;
  // A group applies at most once a round.
  sized.organisations = Math.max(sized.organisations, Math.ceil(sized.applications / ROUNDS));
  return sized;
}

/** The staff who run the funder; they sign in with an emailed code like anyone else. */
export const largeStaff = [
  { email: "aoife@northbank.example.org", name: "Aoife Brennan", locale: "en", role: "ADMIN" },
  {
    email: "karim@northbank.example.org",
    name: "Karim Haddad",
    locale: "ar",
    role: "PROGRAMME_OFFICER",
  },
  {
    email: "oksana@northbank.example.org",
    name: "Oksana Melnyk",
    locale: "uk",
    role: "PROGRAMME_OFFICER",
  },
  { email: "dara@northbank.example.org", name: "Dara Walsh", locale: "en", role: "VIEWER" },
] as const;

const areas = [
  "Northbank",
  "Millbrook",
  "Ashgrove",
  "Castlefield",
  "Eastgate",
  "Harbourside",
  "Kingsmead",
  "Larkhill",
  "Oakwood",
  "Stonebridge",
  "Westfield",
  "Fairview",
  "Glenmore",
  "Hillcrest",
  "Lakeside",
  "Marshfield",
  "Newtown",
  "Parkside",
  "Queensway",
  "Rosehill",
];
const groupNames: Record<Locale, string[]> = {
  en: [
    "{area} Women's Circle",
    "{area} Mothers' Network",
    "{area} Welcome Kitchen",
    "{area} Migrant Women's Choir",
    "{area} Conversation Club",
    "{area} Sewing Cooperative",
  ],
  ar: [
    "دائرة نساء {area}",
    "شبكة أمهات {area}",
    "مطبخ الترحيب في {area}",
    "جمعية النساء العربيات في {area}",
    "نادي المحادثة في {area}",
    "تعاونية الخياطة في {area}",
  ],
  uk: [
    "Коло жінок {area}",
    "Мережа мам {area}",
    "Українська громада {area}",
    "Хор жінок {area}",
    "Розмовний клуб {area}",
    "Швейний кооператив {area}",
  ],
  fa: [
    "حلقهٔ زنان {area}",
    "شبکهٔ مادران {area}",
    "آشپزخانهٔ خوشامد {area}",
    "انجمن زنان افغان {area}",
    "باشگاه گفت‌وگوی {area}",
    "تعاونی خیاطی {area}",
  ],
  es: [
    "Círculo de Mujeres de {area}",
    "Red de Madres de {area}",
    "Cocina de Bienvenida de {area}",
    "Colectivo Latinoamericano de {area}",
    "Club de Conversación de {area}",
    "Cooperativa de Costura de {area}",
  ],
  fr: [
    "Cercle des femmes de {area}",
    "Réseau des mères de {area}",
    "Cuisine d'accueil de {area}",
    "Association des femmes africaines de {area}",
    "Club de conversation de {area}",
    "Coopérative de couture de {area}",
  ],
};
const roundName = (number: number, year: number): Record<Locale, string> => ({
  en: `${year} round ${number}`,
  ar: `دورة ${year} (${number})`,
  uk: `Конкурс ${year} (${number})`,
  fa: `دورهٔ ${year} (${number})`,
  es: `Convocatoria ${year} (${number})`,
  fr: `Appel ${year} (${number})`,
});
const schemes = [
  {
    slug: "northbank-neighbours",
    title: {
      en: "Northbank Neighbours: community integration grants",
      ar: "جيران نورثبانك: منح لدمج المجتمعات",
      uk: "Сусіди Нортбенку: гранти на інтеграцію громад",
      fa: "همسایگان نورث‌بنک: کمک‌هزینه‌های ادغام اجتماعی",
      es: "Vecinos de Northbank: subvenciones para la integración comunitaria",
      fr: "Voisins de Northbank : subventions pour l'intégration des communautés",
    },
  },
  {
    slug: "northbank-women-lead",
    title: {
      en: "Women Lead: grants for migrant women's groups",
      ar: "النساء يقدن: منح لمجموعات النساء المهاجرات",
      uk: "Жінки ведуть: гранти для груп жінок-мігранток",
      fa: "زنان پیشگام: کمک‌هزینه برای گروه‌های زنان مهاجر",
      es: "Ellas lideran: subvenciones para grupos de mujeres migrantes",
      fr: "Elles mènent : subventions pour les groupes de femmes migrantes",
    },
  },
];
const description: Record<Locale, string> = {
  en: "Small grants for grass-roots groups in Northbank. Groups led by and for migrant women are especially welcome, registered or not.",
  ar: "منح صغيرة للمجموعات المحلية في نورثبانك. نرحب بشكل خاص بالمجموعات التي تقودها نساء مهاجرات ومن أجلهن، مسجلة أم لا.",
  uk: "Невеликі гранти для місцевих груп Нортбенку. Особливо запрошуємо групи, які ведуть жінки-мігрантки для жінок-мігранток, зареєстровані чи ні.",
  fa: "کمک‌هزینه‌های کوچک برای گروه‌های مردمی نورث‌بنک. از گروه‌هایی که زنان مهاجر برای زنان مهاجر می‌گردانند، ثبت‌شده یا نه، به‌ویژه استقبال می‌کنیم.",
  es: "Subvenciones pequeñas para grupos de base de Northbank. Son especialmente bienvenidos los grupos dirigidos por y para mujeres migrantes, estén registrados o no.",
  fr: "De petites subventions pour les groupes de terrain de Northbank. Les groupes menés par et pour des femmes migrantes sont particulièrement bienvenus, enregistrés ou non.",
};
const declineFeedback =
  "The panel could not fund this application this time. Tell us if you would like to talk it through before the next round.";
const waitlistFeedback =
  "The panel liked your plan. The money ran out before your turn; you are on the waiting list.";

type PotKey = "womenGroups" | "communityLed" | "languagePeer";
const potKeys: PotKey[] = ["womenGroups", "communityLed", "languagePeer"];
const potLimits: Record<PotKey, { min: number; max: number }> = {
  womenGroups: { min: 50_000, max: 500_000 },
  communityLed: { min: 100_000, max: 1_000_000 },
  languagePeer: { min: 100_000, max: 300_000 },
};
const potEligibility: Record<PotKey, object[]> = {
  womenGroups: [{ type: "byAndFor" }, { type: "maxAnnualIncome", amountMinor: 5_000_000 }],
  communityLed: [{ type: "areaServed", areas: ["Northbank"] }],
  languagePeer: [{ type: "maxAnnualIncome", amountMinor: 15_000_000 }],
};
const sections = ["about-your-group", "your-project", "budget", "declaration"];
const legalForms = [
  "INFORMAL_GROUP",
  "ASSOCIATION",
  "INFORMAL_GROUP",
  "REGISTERED_CHARITY",
  "COOPERATIVE",
] as const;

type Status =
  | "DRAFT"
  | "SUBMITTED"
  | "WITHDRAWN"
  | "INELIGIBLE"
  | "IN_REVIEW"
  | "AWARDED"
  | "DECLINED"
  | "WAITLISTED";
const reviewed = (status: Status) =>
  status === "IN_REVIEW" ||
  status === "AWARDED" ||
  status === "DECLINED" ||
  status === "WAITLISTED";

const outcomeOf = (status: Status) =>
  status === "AWARDED" ? "AWARD" : status === "WAITLISTED" ? "WAITLIST" : "DECLINE";

/** `total` split into `parts` near-equal whole shares; the share of part `index`. */
const share = (total: number, parts: number, index: number) =>
  Math.floor((total * (index + 1)) / parts) - Math.floor((total * index) / parts);

/**
 * Loads the portfolio of one funder, Northbank Community Foundation: two schemes with twenty
 * rounds over five years (the newest open, the one before in review, the rest decided), three
 * ring-fenced pots each, applications in six languages answering the published form, panels
 * of ten with the rubric, reviews, decisions, grants with their tranches and payments,
 * check-ins coded with the codebook's themes, the audit trail and the outbox's history.
 * Pots hold what was awarded from them and a little more, so no ledger is overdrawn.
 * Does nothing and returns null when the funder is already there.
 */
export async function seedLargePortfolio(
  db: Db,
  options: { databaseUrl: string; scale?: number; now?: Date; appUrl?: string },
) {
  const scale = options.scale ?? 1;
  // Dates fall on whole days, so a run on the same day writes the same records.
  const today = new Date(options.now ?? Date.now());
  today.setUTCHours(12, 0, 0, 0);
  const now = today.getTime();
  const at = (time: number, days: number) => new Date(time + days * DAY);
  if (await db.funder.findUnique({ where: { slug: largeFunderSlug } })) return null;

  const size = sizesAt(scale);
  const next = seededRandom(20_261_208);
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const id = (prefix: string, n: number) => seededId(prefix, n, TAG);
  const insert = bulkWriter(db, options.databaseUrl, today);

  // People: the staff, a pool of panel members, and the person who runs each group.
  const staffIds = largeStaff.map((_, n) => id("usrs", n));
  const [admin, officer, officer2] = staffIds as [string, string, string, string];
  const reviewerIds = Array.from({ length: REVIEWERS }, (_, n) => id("usrr", n));
  const languageOf = (org: number): Locale => supportedLocales[org % supportedLocales.length]!;
  const ownerOf = (org: number) => id("usro", org);
  await insert("User", [
    ...largeStaff.map((person, n) => ({
      id: staffIds[n]!,
      email: person.email,
      name: person.name,
      locale: person.locale,
    })),
    ...reviewerIds.map((userId, n) => ({
      id: userId,
      email: `reviewer${n + 1}@northbank.example.org`,
      name: `Reviewer ${n + 1}`,
      locale: supportedLocales[n % supportedLocales.length]!,
    })),
    ...Array.from({ length: size.organisations }, (_, org) => ({
      id: ownerOf(org),
      email: `group${org + 1}@northbank.example.org`,
      name: `Group contact ${org + 1}`,
      locale: languageOf(org),
    })),
  ]);

  const funderId = id("fun", 0);
  await db.funder.create({
    data: {
      id: funderId,
      slug: largeFunderSlug,
      name: "Northbank Community Foundation",
      currency: "EUR",
      timeZone: "Europe/Dublin",
      members: {
        create: largeStaff.map((person, n) => ({ userId: staffIds[n]!, role: person.role })),
      },
    },
  });
  const themeIds = defaultThemes.map((_, n) => id("thm", n));
  await db.theme.createMany({
    data: defaultThemes.map((name, position) => ({
      id: themeIds[position]!,
      funderId,
      name,
      position,
    })),
  });
  const themeIdOf = (english: string) =>
    themeIds[defaultThemes.findIndex((theme) => theme.en === english)]!;

  // Schemes, each with the demo's co-designed form published and its grant conditions.
  const firstOpens = now - (ROUNDS - 1) * 91 * DAY - 20 * DAY;
  for (const [n, scheme] of schemes.entries()) {
    await db.scheme.create({
      data: {
        id: id("sch", n),
        funderId,
        slug: scheme.slug,
        title: scheme.title,
        description,
        currency: "EUR",
        timeZone: "Europe/Dublin",
        published: true,
        // Kept six years, so the retention job leaves the five years' answers in place.
        retentionMonths: 72,
        createdAt: at(firstOpens, -60),
        formVersions: {
          create: {
            id: id("frm", n),
            version: 1,
            status: "PUBLISHED",
            definition: demoFormDefinition,
            publishedAt: at(firstOpens, -30),
            createdById: officer,
          },
        },
        grantConditions: {
          create: { id: id("cnd", n), version: 1, text: conditionsText, createdById: officer },
        },
      },
    });
  }

  // Organisations: by-and-for groups are three in five.
  const byAndFor = (org: number) => org % 5 < 3;
  const legalFormOf = (org: number) => legalForms[org % legalForms.length]!;
  const registered = (org: number) => legalFormOf(org) !== "INFORMAL_GROUP";
  const nameOf = (org: number) => {
    const patterns = groupNames[languageOf(org)];
    const slot = Math.floor(org / supportedLocales.length);
    const name = patterns[slot % patterns.length]!.replace(
      "{area}",
      areas[Math.floor(slot / patterns.length) % areas.length]!,
    );
    const repeat = Math.floor(slot / (patterns.length * areas.length));
    return repeat > 0 ? `${name} ${repeat + 1}` : name;
  };
  const registrationOf = (org: number) =>
    registered(org) ? `NB-${2010 + (org % 15)}-${1000 + org}` : null;
  await insert(
    "Organisation",
    Array.from({ length: size.organisations }, (_, org) => ({
      id: id("org", org),
      name: nameOf(org),
      legalForm: legalFormOf(org),
      registrationNumber: registrationOf(org),
      hostOrganisationName: registered(org) ? null : "Northbank Community Centre",
      annualIncomeMinor: byAndFor(org)
        ? between(200_000, 2_000_000)
        : between(5_000_000, 12_000_000),
      incomeCurrency: "EUR",
      areaServed: "Northbank",
      communitiesServed: nameOf(org),
      languagesUsed: `${languageOf(org)}, en`,
      byAndFor: byAndFor(org),
      leadershipPercent: byAndFor(org) ? between(80, 100) : between(10, 40),
      yearsActive: between(1, 15),
    })),
  );
  await insert(
    "OrganisationMember",
    Array.from({ length: size.organisations }, (_, org) => ({
      id: id("om", org),
      organisationId: id("org", org),
      userId: ownerOf(org),
      role: "OWNER" as const,
    })),
  );

  // Rounds: one a quarter, the schemes taking turns; the newest is open, the one before it in
  // review, the others decided and their grants under way or finished.
  type Round = {
    index: number;
    id: string;
    scheme: number;
    opensAt: Date;
    closesAt: Date;
    decisionAt: Date;
    phase: "open" | "review" | "decided";
    potIds: string[];
    panelId: string;
    rubricVersionId: string;
    members: string[];
  };
  const rounds: Round[] = Array.from({ length: ROUNDS }, (_, index) => {
    const opensAt = at(firstOpens, index * 91);
    opensAt.setUTCHours(9, 0, 0, 0);
    const closesAt = at(opensAt.getTime(), 45);
    closesAt.setUTCHours(17, 0, 0, 0);
    return {
      index,
      id: id("rnd", index),
      scheme: index % 2,
      opensAt,
      closesAt,
      decisionAt: at(closesAt.getTime(), 90),
      phase: index === ROUNDS - 1 ? "open" : index === ROUNDS - 2 ? "review" : "decided",
      potIds: potKeys.map((_, pot) => id("pot", index * potKeys.length + pot)),
      panelId: id("pnl", index),
      rubricVersionId: id("rub", index),
      members: Array.from(
        { length: PANEL_SIZE },
        (_, seat) => reviewerIds[(index * 7 + seat) % REVIEWERS]!,
      ),
    };
  });

  // Applications: a round's groups, each with a pot it is eligible for and what it asks.
  type Application = {
    n: number;
    round: Round;
    org: number;
    pot: PotKey;
    status: Status;
    requested: number;
    awarded: number | null;
    merit: number;
    reference: string;
  };
  const applications: Application[] = [];
  const references = new Set<string>();
  const referenceFor = (round: Round) => {
    const prefix = referencePrefix(schemes[round.scheme]!.slug);
    const year = referenceYear(round.closesAt, "Europe/Dublin");
    for (;;) {
      const reference = newReference({ prefix, year }, (n) => Math.floor(next() * n));
      if (!references.has(reference)) {
        references.add(reference);
        return reference;
      }
    }
  };
  let grantsLeft = size.grants;
  for (const round of rounds) {
    const count = share(size.applications, ROUNDS, round.index);
    const own: Application[] = [];
    for (let k = 0; k < count; k++) {
      const org = (k + round.index * 131) % size.organisations;
      const pot: PotKey = byAndFor(org)
        ? k % 2 === 0
          ? "womenGroups"
          : "languagePeer"
        : k % 2 === 0
          ? "communityLed"
          : "languagePeer";
      const { min, max } = potLimits[pot];
      const roll = next();
      const status: Status =
        round.phase === "open"
          ? roll < 0.5
            ? "DRAFT"
            : "SUBMITTED"
          : roll < 0.03
            ? "DRAFT"
            : roll < 0.07
              ? "WITHDRAWN"
              : roll < 0.15
                ? "INELIGIBLE"
                : round.phase === "review"
                  ? "IN_REVIEW"
                  : "DECLINED";
      own.push({
        n: applications.length + own.length,
        round,
        org,
        pot,
        status,
        requested: between(min / 10_000, max / 10_000) * 10_000,
        awarded: null,
        merit: next(),
        reference: referenceFor(round),
      });
    }
    if (round.phase === "decided") {
      // The strongest reviewed applications are funded; a few more wait for money to free up.
      const decidedRounds = DECIDED_ROUNDS - round.index;
      const target = Math.min(
        grantsLeft,
        grantsLeft - Math.floor((grantsLeft * (decidedRounds - 1)) / decidedRounds),
      );
      const ranked = own.filter((a) => reviewed(a.status)).sort((a, b) => b.merit - a.merit);
      for (const [place, application] of ranked.entries()) {
        if (place < target) {
          const { min } = potLimits[application.pot];
          application.status = "AWARDED";
          application.awarded = Math.max(
            min,
            Math.floor((application.requested * (0.75 + next() / 4)) / 10_000) * 10_000,
          );
          grantsLeft -= 1;
        } else if (place < target + Math.ceil(ranked.length / 20)) {
          application.status = "WAITLISTED";
        }
      }
    }
    applications.push(...own);
  }

  // Pots hold what was awarded from them and a margin; open and in-review pots a share of
  // what was asked.
  const potRows = rounds.flatMap((round) =>
    potKeys.map((key, position) => {
      const own = applications.filter((a) => a.round === round && a.pot === key);
      const awarded = own.reduce((sum, a) => sum + (a.awarded ?? 0), 0);
      const asked = own.reduce((sum, a) => sum + a.requested, 0);
      const amount =
        round.phase === "decided"
          ? Math.ceil((awarded * 1.08) / 100_000) * 100_000 + 500_000
          : Math.ceil((asked * 0.35) / 100_000) * 100_000 + 1_000_000;
      return {
        id: round.potIds[position]!,
        roundId: round.id,
        position: position + 1,
        name: potNames[key],
        description: potDescriptions[key],
        amountMinor: amount,
        minGrantMinor: potLimits[key].min,
        maxGrantMinor: potLimits[key].max,
        eligibility: potEligibility[key],
        ...(key === "womenGroups"
          ? { floorBasisPoints: 6000, floorRule: { type: "byAndFor" } }
          : {}),
        createdAt: at(round.opensAt.getTime(), -30),
      };
    }),
  );
  const roundCounts = new Map<number, number>();
  await db.round.createMany({
    data: rounds.map((round) => {
      const number = (roundCounts.get(round.scheme) ?? 0) + 1;
      roundCounts.set(round.scheme, number);
      return {
        id: round.id,
        schemeId: id("sch", round.scheme),
        name: roundName(number, round.opensAt.getUTCFullYear()),
        opensAt: round.opensAt,
        closesAt: round.closesAt,
        decisionAt: round.decisionAt,
        budgetMinor: potRows
          .filter((pot) => pot.roundId === round.id)
          .reduce((sum, pot) => sum + pot.amountMinor, 0),
        formVersionId: id("frm", round.scheme),
        checkInPlan: [5000, 10000],
        lightNumbers: lightNumberLabels,
        createdAt: at(round.opensAt.getTime(), -30),
      };
    }),
  });
  await db.pot.createMany({ data: potRows });

  // Panels of ten: a chair who does not score, community reviewers in seats 1, 4 and 7 so
  // that any five neighbouring seats include one, and a specialist.
  const roleOf = (seat: number) =>
    seat === 0
      ? ("CHAIR" as const)
      : seat % 3 === 1
        ? ("COMMUNITY_REVIEWER" as const)
        : seat === PANEL_SIZE - 1
          ? ("SPECIALIST" as const)
          : ("MEMBER" as const);
  const panelRounds = rounds.filter((round) => round.phase !== "open");
  await db.panel.createMany({
    data: panelRounds.map((round) => ({
      id: round.panelId,
      roundId: round.id,
      name: `${round.opensAt.getUTCFullYear()} panel ${round.index + 1}`,
      reviewsNeeded: Math.min(
        PANEL_SIZE - 1,
        Math.max(1, Math.round(size.reviews / size.applications / 0.85)),
      ),
      communityReviewerRequired: true,
      reviewDeadline: at(round.closesAt.getTime(), 30),
      createdAt: at(round.opensAt.getTime(), -10),
    })),
  });
  await db.panelPot.createMany({
    data: panelRounds.flatMap((round) =>
      round.potIds.map((potId) => ({ panelId: round.panelId, potId })),
    ),
  });
  await db.rubricVersion.createMany({
    data: panelRounds.map((round) => ({
      id: round.rubricVersionId,
      panelId: round.panelId,
      version: 1,
      criteria: demoRubric,
      frozenAt: at(round.closesAt.getTime(), 1),
    })),
  });
  await db.panelMember.createMany({
    data: panelRounds.flatMap((round) =>
      round.members.map((userId, seat) => ({
        id: id("pm", round.index * PANEL_SIZE + seat),
        panelId: round.panelId,
        userId,
        role: roleOf(seat),
        conflictsCheckedAt: at(round.closesAt.getTime(), 2),
      })),
    ),
  });

  // Applications and their answers, in the group's language.
  const answersOf = (application: Application, complete: boolean) => {
    const texts = applicationTexts[languageOf(application.org)];
    const room = Math.round((application.requested * 0.6) / 100);
    const answers: Record<string, string> = {
      "group-name": nameOf(application.org),
      "group-registered": registered(application.org) ? "yes" : "no",
      ...(registered(application.org)
        ? { "registration-number": registrationOf(application.org)! }
        : {}),
      "group-people": texts.people,
      "project-what": texts.project,
    };
    if (!complete) return answers;
    return {
      ...answers,
      "project-children": "no",
      "budget-items.0.item": texts.room,
      "budget-items.0.amount": String(room),
      "budget-items.1.item": texts.materials,
      "budget-items.1.amount": String(application.requested / 100 - room),
      "declaration-true": "yes",
    };
  };
  const createdAtOf = (application: Application) =>
    at(application.round.opensAt.getTime(), application.n % 30);
  const submittedAtOf = (application: Application) =>
    at(application.round.closesAt.getTime(), -1 - (application.n % 30));
  const screened = (status: Status) =>
    status !== "DRAFT" && status !== "SUBMITTED" && status !== "WITHDRAWN";
  await insert(
    "Application",
    applications.map((application) => {
      const sent = application.status !== "DRAFT";
      return {
        id: id("app", application.n),
        potId: application.round.potIds[potKeys.indexOf(application.pot)]!,
        organisationId: id("org", application.org),
        reference: application.reference,
        status: application.status,
        requestedMinor: application.requested,
        recommendedMinor: application.awarded,
        awardedMinor: application.awarded,
        meetsFloorRule: byAndFor(application.org),
        formVersionId: id("frm", application.round.scheme),
        answers: answersOf(application, sent),
        answerLanguage: languageOf(application.org),
        completedSections: sent ? sections : sections.slice(0, 1),
        sectionRevisions: Object.fromEntries(sections.map((section) => [section, 1])),
        revision: sent ? 4 : 2,
        submittedAt: sent ? submittedAtOf(application) : null,
        submittedById: sent ? ownerOf(application.org) : null,
        screenedAt: screened(application.status)
          ? at(application.round.closesAt.getTime(), 3)
          : null,
        screenedById: screened(application.status) ? officer : null,
        ineligibleReason: application.status === "INELIGIBLE" ? "outside-area" : null,
        createdById: ownerOf(application.org),
        createdAt: at(application.round.opensAt.getTime(), application.n % 30),
      };
    }),
  );

  // Reviews: the applications that reached the panel share the reviews out evenly, each read
  // by neighbouring seats; in the round still in review one in five is still a draft.
  const inPanel = applications.filter((application) => reviewed(application.status));
  if (inPanel.length === 0) throw new Error("The scale is too small for any review.");
  const perApplication = Math.floor(size.reviews / inPanel.length);
  const extra = size.reviews % inPanel.length;
  const seatOf = new Map<Round, number>();
  const reviews = inPanel.flatMap((application, place) => {
    const first = seatOf.get(application.round) ?? 0;
    seatOf.set(application.round, first + 1);
    const count = Math.min(PANEL_SIZE - 1, perApplication + (place < extra ? 1 : 0));
    const lean =
      application.status === "AWARDED"
        ? 1
        : application.status === "DECLINED" && application.merit < 0.3
          ? -1
          : 0;
    return Array.from({ length: count }, (_, turn) => {
      const seat = 1 + ((first + turn) % (PANEL_SIZE - 1));
      return { application, seat, lean };
    });
  });
  const reviewRows = reviews.map(({ application, seat, lean }, n) => {
    const round = application.round;
    const assignment = {
      panelId: round.panelId,
      applicationId: id("app", application.n),
      userId: round.members[seat]!,
    };
    const review = submittedReview(assignment, {
      n,
      rubricVersionId: round.rubricVersionId,
      submittedAt: at(round.closesAt.getTime(), 10 + (n % 15)),
      lean,
    });
    const draft = round.phase === "review" && n % 5 === 0;
    return {
      id: id("rev", n),
      ...review,
      ...(draft ? { status: "DRAFT" as const, recommendation: null, submittedAt: null } : {}),
      revision: draft ? 1 : 2,
    };
  });
  await insert(
    "ReviewAssignment",
    reviews.map(({ application }, n) => ({
      id: id("asg", n),
      panelId: reviewRows[n]!.panelId,
      applicationId: reviewRows[n]!.applicationId,
      userId: reviewRows[n]!.userId,
      createdById: officer,
      createdAt: at(application.round.closesAt.getTime(), 4),
    })),
  );
  await insert("Review", reviewRows);

  // Decisions, confirmed on the round's decision day; the group reads the feedback in its
  // language where the panel wrote one.
  const feedbackOf = (application: Application): Record<string, string> => {
    const language = languageOf(application.org);
    const outcome = outcomeOf(application.status);
    if (outcome === "AWARD") return { en: awardFeedback.en, [language]: awardFeedback[language] };
    return { en: outcome === "WAITLIST" ? waitlistFeedback : declineFeedback };
  };
  const decided = applications.filter(
    (a) => a.status === "AWARDED" || a.status === "DECLINED" || a.status === "WAITLISTED",
  );
  await insert(
    "Decision",
    decided.map((application) => {
      const outcome = outcomeOf(application.status);
      return {
        id: id("dec", application.n),
        applicationId: id("app", application.n),
        potId: application.round.potIds[potKeys.indexOf(application.pot)]!,
        panelId: application.round.panelId,
        outcome,
        amountMinor: application.awarded,
        rationale:
          outcome === "AWARD"
            ? "Clear need and a realistic budget."
            : "Other applications scored higher.",
        feedback: feedbackOf(application),
        draftedById: application.round.members[0]!,
        confirmedAt: application.round.decisionAt,
        confirmedById: admin,
      };
    }),
  );

  // Grants: a year each from two weeks after the decision, paid in two tranches as they fall
  // due; finished ones completed.
  const awarded = applications.filter((a) => a.status === "AWARDED");
  const grants = awarded.map((application, g) => {
    const startsOn = at(application.round.decisionAt.getTime(), 14);
    startsOn.setUTCHours(12, 0, 0, 0);
    const endsOn = at(startsOn.getTime(), 365);
    return { g, application, startsOn, endsOn, completed: endsOn.getTime() < now };
  });
  await insert(
    "Grant",
    grants.map(({ g, application, startsOn, endsOn, completed }) => ({
      id: id("grt", g),
      applicationId: id("app", application.n),
      funderId,
      organisationId: id("org", application.org),
      status: completed ? ("COMPLETED" as const) : ("ACTIVE" as const),
      startsOn,
      endsOn,
      conditionsId: id("cnd", application.round.scheme),
      acceptedAt: at(application.round.decisionAt.getTime(), 5),
      acceptedById: ownerOf(application.org),
      acceptedLocale: languageOf(application.org),
      revision: completed ? 2 : 1,
    })),
  );
  const tranches = grants.flatMap(({ g, application, startsOn }) => {
    const first = Math.round(application.awarded! * 0.6);
    return [
      { g, application, position: 0, amountMinor: first, dueOn: at(startsOn.getTime(), 7) },
      {
        g,
        application,
        position: 1,
        amountMinor: application.awarded! - first,
        dueOn: at(startsOn.getTime(), 190),
      },
    ].map((tranche, n) => ({ ...tranche, n: g * 2 + n, paid: tranche.dueOn.getTime() < now }));
  });
  await insert(
    "Payment",
    tranches
      .filter((tranche) => tranche.paid)
      .map((tranche) => ({
        id: id("pay", tranche.n),
        applicationId: id("app", tranche.application.n),
        amountMinor: tranche.amountMinor,
        paidAt: tranche.dueOn,
        recordedById: officer,
      })),
  );
  await insert(
    "GrantTranche",
    tranches.map((tranche) => ({
      id: id("trn", tranche.n),
      grantId: id("grt", tranche.g),
      position: tranche.position,
      amountMinor: tranche.amountMinor,
      dueOn: tranche.dueOn,
      paymentId: tranche.paid ? id("pay", tranche.n) : null,
    })),
  );
  await insert(
    "GrantChange",
    grants.flatMap(({ g, application, endsOn, completed }) => [
      {
        id: id("gch", g * 2),
        grantId: id("grt", g),
        kind: "ACCEPTED" as const,
        actorId: ownerOf(application.org),
        createdAt: at(application.round.decisionAt.getTime(), 5),
      },
      ...(completed
        ? [
            {
              id: id("gch", g * 2 + 1),
              grantId: id("grt", g),
              kind: "COMPLETED" as const,
              actorId: officer,
              createdAt: at(endsOn.getTime(), 14),
            },
          ]
        : []),
    ]),
  );

  // Check-ins: shared out over the grants, due at even points of each year; those past due
  // are sent (one in ten late and still missing) and coded, but for the last month's.
  const checkInRows = [];
  const tags = [];
  const consents = ["FUNDER_ONLY", "FUNDER_REPORTS", "FUNDER_REPORTS", "PUBLIC"] as const;
  let c = 0;
  for (const { g, application, startsOn } of grants) {
    const count = share(size.checkIns, grants.length, g);
    for (let position = 0; position < count; position++, c++) {
      const dueOn = at(startsOn.getTime(), Math.round((365 * (position + 1)) / count));
      const base = { id: id("chk", c), grantId: id("grt", g), position, dueOn };
      if (dueOn.getTime() >= now || c % 10 === 7) {
        checkInRows.push({ ...dueCheckIn(base), submittedById: null });
        continue;
      }
      const submittedAt = new Date(Math.min(dueOn.getTime() + between(-6, 14) * DAY, now - DAY));
      const highlighted = c % 25 === 0;
      const sent = sentCheckIn({
        ...base,
        submittedAt,
        language: languageOf(application.org),
        story: g + position,
        numbers: { women: between(8, 45), sessions: between(4, 24) },
        storyConsent: consents[c % consents.length]!,
        highlighted,
        quoteHighlighted: highlighted && c % 50 === 0,
        themeIdOf,
      });
      checkInRows.push({ ...sent.row, submittedById: ownerOf(application.org) });
      if (submittedAt.getTime() < now - 30 * DAY)
        for (const themeId of sent.themeIds)
          tags.push({
            checkInId: base.id,
            themeId,
            taggedById: officer2,
            createdAt: at(submittedAt.getTime(), 3),
          });
    }
  }
  await insert("CheckIn", checkInRows);
  await insert("CheckInTheme", tags);

  // The audit trail of what staff and groups did, thinned evenly to its size.
  const tagsOf = new Map<string, string[]>();
  for (const tag of tags)
    tagsOf.set(tag.checkInId, [...(tagsOf.get(tag.checkInId) ?? []), tag.themeId]);
  type Event = {
    actorId: string;
    action: AuditAction;
    entityType: string;
    entityId: string;
    createdAt: Date;
    detail?: object;
  };
  const events: Event[] = [];
  const record = (
    actorId: string,
    action: AuditAction,
    [entityType, entityId]: [string, string],
    createdAt: Date,
    detail?: object,
  ) => events.push({ actorId, action, entityType, entityId, createdAt, detail });
  for (const application of applications) {
    const entity: [string, string] = ["Application", id("app", application.n)];
    const owner = ownerOf(application.org);
    const potId = application.round.potIds[potKeys.indexOf(application.pot)]!;
    record(owner, "applications.started", entity, createdAtOf(application), {
      potId,
      organisationId: id("org", application.org),
    });
    if (application.status === "DRAFT") continue;
    record(owner, "applications.submitted", entity, submittedAtOf(application));
    if (application.status === "WITHDRAWN") continue;
    const screenedAt = at(application.round.closesAt.getTime(), 3);
    if (application.status === "INELIGIBLE")
      record(officer, "eligibility.screened-ineligible", entity, screenedAt, {
        from: "SUBMITTED",
        reason: "outside-area",
      });
    else if (screened(application.status))
      record(officer, "eligibility.screened-eligible", entity, screenedAt, { from: "SUBMITTED" });
    if (application.awarded !== null)
      record(admin, "schemes.ledger-award", entity, application.round.decisionAt, {
        potId,
        amountMinor: application.awarded,
      });
  }
  for (const review of reviewRows)
    if (review.submittedAt)
      record(review.userId, "panels.review-submitted", ["review", review.id], review.submittedAt, {
        panelId: review.panelId,
        applicationId: review.applicationId,
        rubricVersion: 1,
        late: false,
      });
  for (const tranche of tranches)
    if (tranche.paid)
      record(
        officer,
        "schemes.ledger-pay",
        ["Application", id("app", tranche.application.n)],
        tranche.dueOn,
        {
          potId: tranche.application.round.potIds[potKeys.indexOf(tranche.application.pot)]!,
          amountMinor: tranche.amountMinor,
        },
      );
  for (const row of checkInRows)
    if (row.submittedAt)
      record(
        officer2,
        "outcomes.check-in-tagged",
        ["CheckIn", row.id],
        at(row.submittedAt.getTime(), 3),
        {
          added: tagsOf.get(row.id) ?? [],
          removed: [],
        },
      );
  events.sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.entityId.localeCompare(b.entityId),
  );
  const kept = Array.from(
    { length: Math.min(size.auditEvents, events.length) },
    (_, n) => events[Math.floor((n * events.length) / Math.min(size.auditEvents, events.length))]!,
  );
  await insert(
    "AuditEvent",
    kept.map((event, n) => ({ id: id("aud", n), funderId, detail: undefined, ...event })),
  );

  // The outbox's history: receipts, decisions and check-in reminders as sent, the rest sign-in
  // codes; a few the mail server refused for good, for the outbox page.
  type Email = {
    to: string;
    locale: string;
    template: string;
    dedupeKey: string;
    payload: object;
    at: Date;
  };
  const mail: Email[] = [];
  const appUrl = options.appUrl ?? "http://localhost:3000";
  const toGroup = (application: Application) => ({
    to: `group${application.org + 1}@northbank.example.org`,
    locale: languageOf(application.org),
  });
  const about = (application: Application) => ({
    applicationId: id("app", application.n),
    reference: application.reference,
    organisation: nameOf(application.org),
    scheme: schemes[application.round.scheme]!.title,
    pot: potNames[application.pot],
  });
  const grantOf = new Map(grants.map((grant) => [id("grt", grant.g), grant]));
  for (const application of applications) {
    if (application.status === "DRAFT") continue;
    mail.push({
      ...toGroup(application),
      template: "application-receipt",
      dedupeKey: `application-receipt:${id("app", application.n)}`,
      payload: {
        ...about(application),
        submittedAt: submittedAtOf(application).toISOString(),
        decisionAt: application.round.decisionAt.toISOString(),
        timeZone: "Europe/Dublin",
        requestedMinor: application.requested,
        currency: "EUR",
      },
      at: submittedAtOf(application),
    });
  }
  for (const application of decided) {
    const applicationId = id("app", application.n);
    const outcome = outcomeOf(application.status);
    mail.push({
      ...toGroup(application),
      template: "application-decision",
      dedupeKey: `application-decision:${applicationId}:${outcome}`,
      payload: {
        ...about(application),
        outcome,
        amountMinor: application.awarded,
        currency: "EUR",
        feedback: feedbackOf(application),
        link: `${appUrl}/applications/${applicationId}`,
      },
      at: application.round.decisionAt,
    });
  }
  for (const row of checkInRows) {
    const { application } = grantOf.get(row.grantId)!;
    const remindedAt = at(row.dueOn.getTime(), -7);
    if (remindedAt.getTime() > now) continue;
    mail.push({
      ...toGroup(application),
      template: "check-in-reminder",
      dedupeKey: `check-in-reminder:${row.id}:before`,
      payload: {
        which: "before",
        organisation: nameOf(application.org),
        scheme: schemes[application.round.scheme]!.title,
        dueOn: row.dueOn.toISOString(),
        timeZone: "Europe/Dublin",
        link: `${appUrl}/grants/${row.grantId}/check-ins/${row.id}`,
      },
      at: remindedAt,
    });
  }
  const people = [
    ...largeStaff.map((person) => person.email),
    ...reviewerIds.map((_, n) => `reviewer${n + 1}@northbank.example.org`),
  ];
  for (let n = 0; mail.length < size.emails; n++) {
    mail.push({
      to:
        n % 3 === 0
          ? people[n % people.length]!
          : `group${(n % size.organisations) + 1}@northbank.example.org`,
      locale: n % 3 === 0 ? "en" : languageOf(n % size.organisations),
      template: "sign-in-code",
      dedupeKey: `sign-in-code:${id("otc", n)}`,
      payload: { code: String(100_000 + ((n * 7919) % 900_000)) },
      at: new Date(firstOpens + Math.floor(((now - firstOpens) * n) / size.emails)),
    });
  }
  const outbox = Array.from(
    { length: size.emails },
    (_, n) => mail[Math.floor((n * mail.length) / size.emails)]!,
  );
  await insert(
    "OutboundEmail",
    outbox.map((email, n) => {
      const failed = n % 500 === 250;
      return {
        id: id("eml", n),
        dedupeKey: email.dedupeKey,
        to: email.to,
        locale: email.locale,
        template: email.template,
        payload: email.payload,
        status: failed ? ("FAILED" as const) : ("SENT" as const),
        attempts: failed ? 8 : 1,
        nextAttemptAt: email.at,
        lastError: failed ? "550 5.1.1 Mailbox unavailable" : null,
        messageId: failed ? null : `<${id("eml", n)}@northbank.example.org>`,
        sentAt: failed ? null : at(email.at.getTime(), 1 / 1440),
        createdAt: email.at,
      };
    }),
  );

  return {
    funderId,
    organisations: size.organisations,
    rounds: rounds.length,
    pots: potRows.length,
    applications: applications.length,
    reviews: reviewRows.length,
    grants: grants.length,
    checkIns: checkInRows.length,
    themeTags: tags.length,
    auditEvents: kept.length,
    emails: outbox.length,
  };
}
