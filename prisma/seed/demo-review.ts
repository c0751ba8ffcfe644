import { withNewReference } from "../../app/services/applications/application-reference.server";
import { languageNameIn } from "../../app/domain/shared/locales";
import type { Db } from "../../app/services/platform/db.server";
import { potNames } from "./demo-pot-names";
import { demoRubric } from "./demo-rubric";

const DAY = 24 * 60 * 60 * 1000;

type Raw = Record<string, string>;
type Recommendation = "FUND" | "MAYBE" | "DO_NOT_FUND";
/** Scores for the rubric's four criteria, c1 to c4. */
type Sheet = [number, number, number, number];

const text = (en: string, translations: Record<string, string> = {}) => ({ en, ...translations });

/** Reviewers' comments, in the language each reviewer writes in. */
const commentsIn: Record<string, string> = {
  en: "Clear and grounded in what the women said they need.",
  fa: "روشن است و بر پایهٔ نیازی است که خود زنان گفته‌اند.",
  fr: "Clair, et fondé sur ce que les femmes disent de leurs besoins.",
  es: "Claro y basado en lo que las mujeres dicen que necesitan.",
};

type Group = {
  key: string;
  name: string;
  byAndFor: boolean;
  legalForm: "INFORMAL_GROUP" | "ASSOCIATION" | "REGISTERED_CHARITY";
  language: string;
  communities: string;
  answers: Raw;
  /** The demo person who runs it, if any. */
  owner?: string;
};

/** Groups that applied to last year's round, each answering in its own language. */
const newGroups: Group[] = [
  {
    key: "somali",
    name: "Somali Mothers' Network",
    byAndFor: true,
    legalForm: "ASSOCIATION",
    language: "en",
    communities: "Somali mothers and grandmothers",
    answers: {
      "group-name": "Somali Mothers' Network",
      "group-registered": "no",
      "group-people": "Thirty Somali mothers who meet after the school run at the library.",
      "project-what": "A homework club run by mothers, with tea and English practice for us.",
      "project-children": "yes",
      "project-childcare": "Two of us look after the little ones in the children's corner.",
      "budget-items.0.item": "Snacks and tea",
      "budget-items.0.amount": "1200",
      "budget-items.1.item": "Books and materials",
      "budget-items.1.amount": "1800",
      "declaration-true": "yes",
    },
  },
  {
    key: "afghan",
    name: "Afghan Women's Sewing Circle",
    byAndFor: true,
    legalForm: "INFORMAL_GROUP",
    language: "fa",
    communities: "Afghan women",
    answers: {
      "group-name": "حلقهٔ خیاطی زنان افغان",
      "group-registered": "no",
      "group-people": "ما دوازده زن افغان هستیم که هر هفته در خانهٔ یکی از اعضا دور هم جمع می‌شویم.",
      "project-what": "کارگاه خیاطی هفتگی که در آن زنان مهارت یاد می‌گیرند و دوست پیدا می‌کنند.",
      "project-children": "no",
      "budget-items.0.item": "چرخ خیاطی",
      "budget-items.0.amount": "3000",
      "budget-items.1.item": "پارچه و نخ",
      "budget-items.1.amount": "1500",
      "declaration-true": "yes",
    },
  },
  {
    key: "latin",
    name: "Latin American Women's Collective",
    byAndFor: true,
    legalForm: "ASSOCIATION",
    language: "es",
    communities: "Women from Latin America",
    owner: "carmen@example.org",
    answers: {
      "group-name": "Colectivo de Mujeres Latinoamericanas",
      "group-registered": "yes",
      "registration-number": "ASSOC-2021-077",
      "group-people": "Somos unas cincuenta mujeres de ocho países de América Latina.",
      "project-what":
        "Talleres sobre derechos laborales y una red de apoyo para trabajadoras del hogar.",
      "project-children": "no",
      "budget-items.0.item": "Abogada laboralista",
      "budget-items.0.amount": "4000",
      "budget-items.1.item": "Alquiler de sala",
      "budget-items.1.amount": "2000",
      "declaration-true": "yes",
    },
  },
  {
    key: "football",
    name: "Riverside Youth Football Club",
    byAndFor: false,
    legalForm: "REGISTERED_CHARITY",
    language: "en",
    communities: "Young people of every background",
    answers: {
      "group-name": "Riverside Youth Football Club",
      "group-registered": "yes",
      "registration-number": "CHY 30988",
      "group-people": "Volunteer coaches and 120 young players from 25 countries.",
      "project-what": "Free Saturday training for newly arrived teenagers, with kit and transport.",
      "project-children": "yes",
      "project-childcare": "Every session has two coaches with safeguarding training.",
      "budget-items.0.item": "Kit and balls",
      "budget-items.0.amount": "3000",
      "budget-items.1.item": "Minibus hire",
      "budget-items.1.amount": "5000",
      "declaration-true": "yes",
    },
  },
  {
    key: "sudanese",
    name: "Sudanese Women's Kitchen",
    byAndFor: true,
    legalForm: "INFORMAL_GROUP",
    language: "ar",
    communities: "Sudanese women",
    answers: {
      "group-name": "مطبخ النساء السودانيات",
      "group-registered": "no",
      "group-people":
        "نحن خمس عشرة امرأة سودانية وصلنا إلى ريفرسايد في العامين الماضيين، ونطبخ معًا كل يوم جمعة.",
      "project-what":
        "وجبة مجتمعية شهرية نطبخ فيها أطباقنا ونتعرّف على الجيران، ونتدرّب على شهادة سلامة الغذاء.",
      "project-children": "no",
      "budget-items.0.item": "مكوّنات الطعام",
      "budget-items.0.amount": "2000",
      "budget-items.1.item": "تدريب سلامة الغذاء",
      "budget-items.1.amount": "1500",
      "declaration-true": "yes",
    },
  },
];

/** The earlier groups' answers to last year's round. */
const returningAnswers: Record<"amal" | "association" | "centre", Raw> = {
  amal: {
    "group-name": "دائرة أمل النسائية",
    "group-registered": "no",
    "group-people": "نحن مجموعة من النساء العربيات نلتقي كل أسبوع في المركز المجتمعي.",
    "project-what": "دروس طبخ وحلقات محادثة باللغة الإنجليزية للنساء الجدد في الحي.",
    "project-children": "no",
    "budget-items.0.item": "إيجار المطبخ",
    "budget-items.0.amount": "2500",
    "budget-items.1.item": "مكوّنات",
    "budget-items.1.amount": "1500",
    "declaration-true": "yes",
  },
  association: {
    "group-name": "Асоціація українських жінок Рiверсайду",
    "group-registered": "yes",
    "registration-number": "ASSOC-2022-118",
    "group-people": "Нас 40 жінок, які приїхали з України з 2022 року.",
    "project-what": "Літній табір для дітей і група підтримки для мам.",
    "project-children": "yes",
    "project-childcare": "Вихователька з досвідом і дві волонтерки.",
    "budget-items.0.item": "Оренда приміщення",
    "budget-items.0.amount": "2000",
    "budget-items.1.item": "Матеріали",
    "budget-items.1.amount": "1500",
    "declaration-true": "yes",
  },
  centre: {
    "group-name": "Riverside Community Centre",
    "group-registered": "yes",
    "registration-number": "CHY 20451",
    "group-people": "A neighbourhood centre used by people from more than thirty countries.",
    "project-what": "Evening advice sessions on housing and benefits with interpreters.",
    "project-children": "no",
    "budget-items.0.item": "Interpreters",
    "budget-items.0.amount": "5000",
    "declaration-true": "yes",
  },
};

const sections = ["about-your-group", "your-project", "budget", "declaration"];

/**
 * Last year's round, part-way through review: a closed round with two pots and a panel of five
 * whose members declared their conflicts. The women's groups pot is moderated and decided (two
 * awards, one on the waiting list, one declined); the community pot waits, its reviews in
 * progress, and one Arabic application nobody has scored yet.
 */
export async function seedDemoReview(
  db: Db,
  input: {
    schemeId: string;
    formVersionId: string;
    userId: (email: string) => string;
    returning: { amal: string; association: string; centre: string };
    now: Date;
  },
) {
  const { userId, now } = input;
  const scheme = await db.scheme.findUniqueOrThrow({ where: { id: input.schemeId } });
  const round = await db.round.create({
    data: {
      schemeId: scheme.id,
      name: text("2026 round", {
        ar: "دورة 2026",
        uk: "Конкурс 2026",
        fa: "دورهٔ ۲۰۲۶",
        es: "Convocatoria 2026",
        fr: "Appel 2026",
      }),
      opensAt: new Date(now.getTime() - 150 * DAY),
      closesAt: new Date(now.getTime() - 45 * DAY),
      decisionAt: new Date(now.getTime() + 10 * DAY),
      budgetMinor: 3_500_000,
      formVersionId: input.formVersionId,
    },
  });
  const womenPot = await db.pot.create({
    data: {
      roundId: round.id,
      position: 1,
      name: potNames.womenGroups,
      description: text("For small groups led by and for migrant women."),
      amountMinor: 1_000_000,
      minGrantMinor: 50_000,
      maxGrantMinor: 500_000,
      eligibility: [{ type: "byAndFor" }],
      floorBasisPoints: 6000,
      floorRule: { type: "byAndFor" },
    },
  });
  const communityPot = await db.pot.create({
    data: {
      roundId: round.id,
      position: 2,
      name: potNames.communityLed,
      description: text("For community organisations of any size."),
      amountMinor: 1_500_000,
      minGrantMinor: 100_000,
      maxGrantMinor: 1_000_000,
      eligibility: [{ type: "areaServed", areas: ["Riverside"] }],
    },
  });

  const groupIds: Record<string, string> = { ...input.returning };
  for (const group of newGroups) {
    const created = await db.organisation.create({
      data: {
        name: group.name,
        legalForm: group.legalForm,
        annualIncomeMinor: group.byAndFor ? 900_000 : 9_000_000,
        incomeCurrency: "EUR",
        areaServed: "Riverside",
        communitiesServed: group.communities,
        // What a group would type in its profile: a language's name, not its code.
        languagesUsed: languageNameIn(group.language, "en"),
        byAndFor: group.byAndFor,
        leadershipPercent: group.byAndFor ? 100 : 20,
        yearsActive: 4,
        ...(group.owner
          ? { members: { create: [{ userId: userId(group.owner), role: "OWNER" as const }] } }
          : {}),
      },
    });
    groupIds[group.key] = created.id;
  }

  const requested = (raw: Raw) =>
    Object.entries(raw)
      .filter(([key]) => /^budget-items\.\d+\.amount$/.test(key))
      .reduce((sum, [, amount]) => sum + Math.round(Number(amount) * 100), 0);
  const answersOf = (key: string) =>
    key in returningAnswers
      ? returningAnswers[key as keyof typeof returningAnswers]
      : newGroups.find((group) => group.key === key)!.answers;
  const languageOf = (key: string) =>
    ({ amal: "ar", association: "uk", centre: "en" })[key] ??
    newGroups.find((group) => group.key === key)!.language;

  const place = { schemeSlug: scheme.slug, closesAt: round.closesAt, timeZone: scheme.timeZone };
  const applicationIds: Record<string, string> = {};
  const apply = async (
    key: string,
    potId: string,
    decided?: { status: "AWARDED" | "WAITLISTED" | "DECLINED"; awardedMinor?: number },
  ) => {
    const answers = answersOf(key);
    const application = await withNewReference(place, (reference) =>
      db.application.create({
        data: {
          reference,
          potId,
          organisationId: groupIds[key]!,
          formVersionId: input.formVersionId,
          status: decided?.status ?? "IN_REVIEW",
          answers,
          answerLanguage: languageOf(key),
          completedSections: sections,
          sectionRevisions: Object.fromEntries(sections.map((section) => [section, 1])),
          revision: 4,
          requestedMinor: requested(answers),
          awardedMinor: decided?.awardedMinor ?? null,
          meetsFloorRule: potId === womenPot.id || key === "latin" || key === "sudanese",
          submittedAt: new Date(round.closesAt.getTime() - 3 * DAY),
          screenedAt: new Date(round.closesAt.getTime() + 2 * DAY),
          screenedById: userId("tomas@example.org"),
          createdAt: new Date(round.closesAt.getTime() - 20 * DAY),
        },
      }),
    );
    applicationIds[key] = application.id;
  };
  await apply("amal", womenPot.id, { status: "AWARDED", awardedMinor: 400_000 });
  await apply("association", womenPot.id, { status: "AWARDED", awardedMinor: 350_000 });
  await apply("somali", womenPot.id, { status: "WAITLISTED" });
  await apply("afghan", womenPot.id, { status: "DECLINED" });
  await apply("centre", communityPot.id);
  await apply("latin", communityPot.id);
  await apply("football", communityPot.id);
  await apply("sudanese", communityPot.id);

  const reviewStart = new Date(round.closesAt.getTime() + 3 * DAY);
  const panel = await db.panel.create({
    data: {
      roundId: round.id,
      name: "2026 review panel",
      reviewsNeeded: 3,
      communityReviewerRequired: true,
      communityRanking: true,
      disagreementThreshold: 35,
      reviewDeadline: new Date(now.getTime() + 5 * DAY),
      pots: { create: [{ potId: womenPot.id }, { potId: communityPot.id }] },
      rubricVersions: { create: [{ version: 1, criteria: demoRubric, frozenAt: reviewStart }] },
      members: {
        create: [
          ["nadia@example.org", "CHAIR"],
          ["fatima@example.org", "COMMUNITY_REVIEWER"],
          ["joy@example.org", "COMMUNITY_REVIEWER"],
          ["maria@example.org", "SPECIALIST"],
          ["leila@example.org", "MEMBER"],
        ].map(([email, role]) => ({
          userId: userId(email!),
          role: role as "CHAIR" | "COMMUNITY_REVIEWER" | "SPECIALIST" | "MEMBER",
          conflictsCheckedAt: reviewStart,
        })),
      },
    },
    include: { rubricVersions: true },
  });
  const rubricVersionId = panel.rubricVersions[0]!.id;

  await db.conflictDeclaration.createMany({
    data: [
      {
        panelId: panel.id,
        userId: userId("maria@example.org"),
        applicationId: applicationIds.latin!,
        kind: "COLLABORATION",
        note: "We run a legal advice project together.",
      },
      {
        panelId: panel.id,
        userId: userId("leila@example.org"),
        applicationId: applicationIds.afghan!,
        kind: "FAMILY",
        note: "My sister-in-law leads the group.",
      },
    ],
  });

  const reviewer: Record<string, { email: string; language: string }> = {
    nadia: { email: "nadia@example.org", language: "fa" },
    fatima: { email: "fatima@example.org", language: "fr" },
    joy: { email: "joy@example.org", language: "en" },
    maria: { email: "maria@example.org", language: "es" },
    leila: { email: "leila@example.org", language: "fa" },
  };
  /** Who reads what; "to do" rows have no review yet. */
  const plan: [string, string, Sheet | "draft" | "to do", Recommendation?][] = [
    ["amal", "nadia", [5, 5, 4, 4], "FUND"],
    ["amal", "fatima", [5, 4, 5, 4], "FUND"],
    ["amal", "maria", [4, 4, 4, 3], "FUND"],
    ["association", "joy", [4, 4, 4, 4], "FUND"],
    ["association", "maria", [4, 3, 4, 4], "FUND"],
    ["association", "leila", [5, 4, 4, 4], "FUND"],
    ["somali", "fatima", [4, 3, 3, 4], "MAYBE"],
    ["somali", "leila", [3, 4, 3, 3], "MAYBE"],
    ["somali", "nadia", [4, 3, 4, 3], "FUND"],
    ["afghan", "joy", [3, 2, 3, 2], "MAYBE"],
    ["afghan", "maria", [2, 2, 3, 2], "DO_NOT_FUND"],
    ["afghan", "nadia", [3, 2, 2, 3], "DO_NOT_FUND"],
    ["centre", "fatima", [4, 4, 3, 4], "FUND"],
    ["centre", "maria", [4, 3, 4, 3], "MAYBE"],
    ["centre", "leila", "draft"],
    ["latin", "nadia", [5, 4, 4, 4], "FUND"],
    ["latin", "joy", "to do"],
    ["latin", "leila", [4, 5, 4, 3], "FUND"],
    ["football", "fatima", [2, 3, 4, 2], "DO_NOT_FUND"],
    ["football", "maria", [5, 4, 5, 4], "FUND"],
    ["football", "nadia", [3, 3, 4, 3], "MAYBE"],
    ["sudanese", "joy", "to do"],
    ["sudanese", "leila", "to do"],
    ["sudanese", "fatima", "to do"],
  ];
  await db.reviewAssignment.createMany({
    data: plan.map(([group, who]) => ({
      panelId: panel.id,
      applicationId: applicationIds[group]!,
      userId: userId(reviewer[who]!.email),
      createdById: userId("tomas@example.org"),
      createdAt: reviewStart,
    })),
  });
  for (const [index, [group, who, sheet, recommendation]] of plan.entries()) {
    if (sheet === "to do") continue;
    const { email, language } = reviewer[who]!;
    const base = {
      panelId: panel.id,
      applicationId: applicationIds[group]!,
      userId: userId(email),
      rubricVersionId,
    };
    if (sheet === "draft") {
      await db.review.create({ data: { ...base, scores: { c1: 4, c2: 3 }, revision: 1 } });
      continue;
    }
    const submittedAt = new Date(reviewStart.getTime() + (1 + (index % 7)) * DAY);
    await db.review.create({
      data: {
        ...base,
        status: "SUBMITTED",
        scores: { c1: sheet[0], c2: sheet[1], c3: sheet[2], c4: sheet[3] },
        comments: {
          c1: commentsIn[language],
          c2: commentsIn[language],
          c3: commentsIn[language],
          c4: commentsIn[language],
        },
        overallComment: commentsIn[language],
        recommendation: recommendation!,
        revision: 2,
        submittedAt,
      },
    });
  }

  await db.communityRanking.createMany({
    data: [
      {
        panelId: panel.id,
        userId: userId("fatima@example.org"),
        applicationIds: [applicationIds.amal!, applicationIds.somali!, applicationIds.centre!],
      },
      {
        panelId: panel.id,
        userId: userId("joy@example.org"),
        applicationIds: [applicationIds.association!, applicationIds.afghan!],
      },
    ],
  });

  await db.panelComment.createMany({
    data: [
      {
        panelId: panel.id,
        applicationId: applicationIds.somali!,
        userId: userId("nadia@example.org"),
        body: "Strong idea; first in line if money frees up.",
        createdAt: new Date(reviewStart.getTime() + 9 * DAY),
      },
      {
        panelId: panel.id,
        applicationId: applicationIds.football!,
        userId: userId("maria@example.org"),
        body: "Reviewers disagree on need: worth discussing at the meeting.",
        createdAt: new Date(reviewStart.getTime() + 9 * DAY),
      },
    ],
  });

  const confirmedAt = new Date(reviewStart.getTime() + 12 * DAY);
  const confirmed = {
    potId: womenPot.id,
    panelId: panel.id,
    draftedById: userId("nadia@example.org"),
    confirmedAt,
    confirmedById: userId("nadia@example.org"),
  };
  await db.decision.createMany({
    data: [
      {
        ...confirmed,
        applicationId: applicationIds.amal!,
        outcome: "AWARD",
        amountMinor: 400_000,
        rationale: "Highest score; clear need and a plan the women wrote themselves.",
        feedback: {
          en: "The panel was moved by how clearly you described what the women in your circle need.",
          ar: "تأثّرت اللجنة بوضوح وصفكنّ لما تحتاجه النساء في دائرتكنّ.",
        },
      },
      {
        ...confirmed,
        applicationId: applicationIds.association!,
        outcome: "AWARD",
        amountMinor: 350_000,
        rationale: "Strong on reach; childcare well planned.",
        feedback: {
          en: "Your childcare plan made it easy for the panel to say yes.",
          uk: "Ваш план догляду за дітьми допоміг комісії легко погодитися.",
        },
      },
      {
        ...confirmed,
        applicationId: applicationIds.somali!,
        outcome: "WAITLIST",
        rationale: "Good, but the pot is spent; first in line if money frees up.",
        feedback: {
          en: "The panel liked your homework club. The money ran out before your turn; you are first on the waiting list.",
        },
      },
      {
        ...confirmed,
        applicationId: applicationIds.afghan!,
        outcome: "DECLINE",
        rationale: "Costs are mostly equipment; unclear how many women take part.",
        feedback: {
          en: "The panel would like to know more about how many women will take part, and how the machines will be shared. Please apply again next round; we can help you before then.",
          fa: "اعضای هیئت می‌خواهند بیشتر بدانند چند زن در کار شرکت می‌کنند و چرخ‌های خیاطی چگونه میان همه تقسیم می‌شود. لطفاً در دورهٔ بعد دوباره درخواست بدهید؛ پیش از آن می‌توانیم کمکتان کنیم.",
        },
      },
    ],
  });
  await db.pot.update({ where: { id: womenPot.id }, data: { ledgerVersion: { increment: 1 } } });
}
