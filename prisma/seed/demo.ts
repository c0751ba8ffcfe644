import type { Db } from "../../app/services/platform/db.server";
import { potDescriptions, potNames } from "./demo-pot-names";
import { demoPeople } from "./demo-people";
import { seedDemoApplications } from "./demo-applications";
import { seedDemoForm } from "./demo-form";
import { demoRubric } from "./demo-rubric";
import { seedDemoGrants } from "./demo-grants";
import { seedDemoPortfolio } from "./demo-portfolio";
import { seedDemoReview } from "./demo-review";

const DAY = 24 * 60 * 60 * 1000;

/** Round dates fall on the hour, as a funder would set them. */
const atHour = (time: number, hour: number) => {
  const date = new Date(time);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
};

const text = (en: string, translations: Record<string, string> = {}) => ({ en, ...translations });

/**
 * Loads the demo: a funder with staff, a scheme with an open round and three pots (one with a
 * 60% by-and-for floor), a panel, and organisations including an informal group with a host;
 * last year's round part-way through panel review; and the finished 2025 round's portfolio of
 * grants and check-ins for the outcome views.
 * Safe to run twice: it does nothing when the demo scheme already exists.
 */
export async function seedDemo(db: Db, now = new Date()) {
  if (await db.scheme.findUnique({ where: { slug: "riverside-together" } })) return;

  const users = new Map<string, string>();
  for (const person of demoPeople) {
    const user = await db.user.upsert({
      where: { email: person.email },
      update: {},
      create: {
        email: person.email,
        name: person.name,
        locale: person.locale,
        isPlatformAdmin: person.role === "platformAdmin",
      },
    });
    users.set(person.email, user.id);
  }
  const userId = (email: string) => users.get(email)!;

  const funder = await db.funder.create({
    data: {
      slug: "riverside",
      name: "Riverside City Council",
      members: {
        create: [
          { userId: userId("grace@example.org"), role: "ADMIN" },
          { userId: userId("tomas@example.org"), role: "PROGRAMME_OFFICER" },
          { userId: userId("helen@example.org"), role: "VIEWER" },
        ],
      },
    },
  });

  const scheme = await db.scheme.create({
    data: {
      funderId: funder.id,
      slug: "riverside-together",
      currency: "EUR",
      timeZone: "Europe/Dublin",
      published: true,
      title: text("Riverside Together: community integration grants", {
        ar: "ريفرسايد معًا: منح لدمج المجتمعات",
        uk: "Ріверсайд разом: гранти на інтеграцію громад",
        fa: "ریورساید با هم: کمک‌هزینه‌های ادغام اجتماعی",
        es: "Riverside Juntos: subvenciones para la integración comunitaria",
        fr: "Riverside Ensemble : subventions pour l'intégration des communautés",
      }),
      description: text(
        "Small grants for grass-roots groups that bring people together in Riverside. Groups led by and for migrant women are especially welcome, registered or not.",
        {
          ar: "منح صغيرة للمجموعات المحلية التي تجمع الناس في ريفرسايد. نرحب بشكل خاص بالمجموعات التي تقودها نساء مهاجرات ومن أجلهن، سواء كانت مسجلة أم لا.",
          uk: "Невеликі гранти для місцевих груп, які об'єднують людей у Ріверсайді. Особливо запрошуємо групи, які ведуть жінки-мігрантки для жінок-мігранток, зареєстровані чи ні.",
          fa: "کمک‌هزینه‌های کوچک برای گروه‌های مردمی که در ریورساید مردم را گرد هم می‌آورند. از گروه‌هایی که زنان مهاجر برای زنان مهاجر می‌گردانند، ثبت‌شده یا نه، به‌ویژه استقبال می‌کنیم.",
          es: "Subvenciones pequeñas para grupos de base que unen a las personas en Riverside. Son especialmente bienvenidos los grupos dirigidos por y para mujeres migrantes, estén registrados o no.",
          fr: "De petites subventions pour les groupes de terrain qui rassemblent les habitants de Riverside. Les groupes menés par et pour des femmes migrantes sont particulièrement bienvenus, enregistrés ou non.",
        },
      ),
    },
  });

  const round = await db.round.create({
    data: {
      schemeId: scheme.id,
      name: text("2027 round", {
        ar: "دورة 2027",
        uk: "Конкурс 2027",
        fa: "دورهٔ ۲۰۲۷",
        es: "Convocatoria 2027",
        fr: "Appel 2027",
      }),
      opensAt: atHour(now.getTime() - 7 * DAY, 9),
      closesAt: atHour(now.getTime() + 30 * DAY, 17),
      decisionAt: atHour(now.getTime() + 60 * DAY, 12),
      budgetMinor: 12_000_000,
    },
  });

  await db.pot.createMany({
    data: [
      {
        roundId: round.id,
        position: 1,
        name: potNames.womenGroups,
        description: potDescriptions.womenGroups,
        shareBasisPoints: 6000,
        minGrantMinor: 50_000,
        maxGrantMinor: 500_000,
        eligibility: [{ type: "byAndFor" }, { type: "maxAnnualIncome", amountMinor: 5_000_000 }],
        floorBasisPoints: 6000,
        floorRule: { type: "byAndFor" },
      },
      {
        roundId: round.id,
        position: 2,
        name: potNames.communityLed,
        description: potDescriptions.communityLed,
        amountMinor: 3_000_000,
        minGrantMinor: 100_000,
        maxGrantMinor: 1_000_000,
        eligibility: [{ type: "areaServed", areas: ["Riverside"] }],
      },
      {
        roundId: round.id,
        position: 3,
        name: potNames.languagePeer,
        description: potDescriptions.languagePeer,
        amountMinor: 1_800_000,
        minGrantMinor: 100_000,
        maxGrantMinor: 300_000,
        eligibility: [{ type: "maxAnnualIncome", amountMinor: 15_000_000 }],
      },
    ],
  });

  const roundPots = await db.pot.findMany({ where: { roundId: round.id }, select: { id: true } });
  await db.panel.create({
    data: {
      roundId: round.id,
      name: "2027 review panel",
      reviewsNeeded: 3,
      communityReviewerRequired: true,
      reviewDeadline: new Date(round.closesAt.getTime() + 14 * DAY),
      pots: { create: roundPots.map((pot) => ({ potId: pot.id })) },
      rubricVersions: { create: [{ version: 1, criteria: demoRubric }] },
      members: {
        create: [
          { userId: userId("nadia@example.org"), role: "CHAIR" },
          { userId: userId("fatima@example.org"), role: "COMMUNITY_REVIEWER" },
          { userId: userId("maria@example.org"), role: "SPECIALIST" },
        ],
      },
    },
  });

  const host = await db.organisation.create({
    data: {
      name: "Riverside Community Centre",
      legalForm: "REGISTERED_CHARITY",
      registrationNumber: "CHY 20451",
      annualIncomeMinor: 42_000_000,
      incomeCurrency: "EUR",
      areaServed: "Riverside",
      yearsActive: 22,
    },
  });

  const amal = await db.organisation.create({
    data: {
      name: "Amal Women's Circle",
      legalForm: "INFORMAL_GROUP",
      hostOrganisationId: host.id,
      hostOrganisationName: host.name,
      annualIncomeMinor: 300_000,
      incomeCurrency: "EUR",
      areaServed: "Riverside",
      communitiesServed: "Arabic-speaking women",
      languagesUsed: "ar, en",
      byAndFor: true,
      leadershipPercent: 100,
      yearsActive: 2,
      members: { create: [{ userId: userId("amina@example.org"), role: "OWNER" }] },
    },
  });

  const association = await db.organisation.create({
    data: {
      name: "Ukrainian Women's Association Riverside",
      legalForm: "ASSOCIATION",
      registrationNumber: "ASSOC-2022-118",
      annualIncomeMinor: 2_800_000,
      incomeCurrency: "EUR",
      areaServed: "Riverside",
      communitiesServed: "Ukrainian women and children",
      languagesUsed: "uk, en",
      byAndFor: true,
      leadershipPercent: 90,
      yearsActive: 3,
      members: {
        create: [
          { userId: userId("olena@example.org"), role: "OWNER" },
          { userId: userId("iryna@example.org"), role: "MEMBER" },
        ],
      },
    },
  });

  const { formVersionId } = await seedDemoForm(db, {
    schemeId: scheme.id,
    roundId: round.id,
    staffUserId: userId("tomas@example.org"),
    workingGroupUserIds: [userId("amina@example.org"), userId("olena@example.org")],
  });
  await seedDemoApplications(db, {
    roundId: round.id,
    formVersionId,
    staffUserId: userId("tomas@example.org"),
    organisations: {
      amal: { id: amal.id, ownerId: userId("amina@example.org") },
      association: { id: association.id, ownerId: userId("olena@example.org") },
      centre: { id: host.id },
    },
    now,
  });
  const leila = await db.user.upsert({
    where: { email: "leila@example.org" },
    update: {},
    create: { email: "leila@example.org", name: "Leila Ahmadi", locale: "fa" },
  });
  users.set(leila.email, leila.id);
  await seedDemoReview(db, {
    schemeId: scheme.id,
    formVersionId,
    userId,
    returning: { amal: amal.id, association: association.id, centre: host.id },
    now,
  });
  await seedDemoGrants(db, { funderId: funder.id, schemeId: scheme.id, userId });
  await seedDemoPortfolio(db, {
    funderId: funder.id,
    schemeId: scheme.id,
    formVersionId,
    hostId: host.id,
    userId,
    now,
  });
}
