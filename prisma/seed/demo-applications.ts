import { withNewReference } from "../../app/services/applications/application-reference.server";
import type { Db } from "../../app/services/platform/db.server";

const DAY = 24 * 60 * 60 * 1000;

type Raw = Record<string, string>;

const budgetTotal = (raw: Raw) =>
  Object.entries(raw)
    .filter(([key]) => /^budget-items\.\d+\.amount$/.test(key))
    .reduce((sum, [, amount]) => sum + Math.round(Number(amount) * 100), 0);

/**
 * Applications in several languages, as a real round would have them a week after opening: an
 * Arabic draft half done, a Ukrainian application sent, and one entered by a programme officer
 * for a group after a drop-in session.
 */
type DemoGroups = {
  amal: { id: string; ownerId: string };
  association: { id: string; ownerId: string };
  centre: { id: string };
};

export async function seedDemoApplications(
  db: Db,
  input: {
    roundId: string;
    formVersionId: string;
    staffUserId: string;
    organisations: DemoGroups;
    now: Date;
  },
) {
  const pots = await db.pot.findMany({
    where: { roundId: input.roundId },
    orderBy: { position: "asc" },
  });
  const round = await db.round.findUniqueOrThrow({
    where: { id: input.roundId },
    include: { scheme: true },
  });
  const place = {
    schemeSlug: round.scheme.slug,
    closesAt: round.closesAt,
    timeZone: round.scheme.timeZone,
  };
  const withReference = <T>(create: (reference: string) => Promise<T>) =>
    withNewReference(place, create);
  const [womenPot, communityPot, languagePot] = pots;
  const { amal, association, centre } = input.organisations;

  const amalDraft: Raw = {
    "group-name": "دائرة أمل النسائية",
    "group-registered": "no",
    "group-people":
      "نحن مجموعة من النساء العربيات وصلن إلى ريفرسايد خلال السنوات الثلاث الماضية. نلتقي كل أسبوع في المركز المجتمعي.",
    "project-what": "نريد تنظيم دروس طبخ وحلقات محادثة باللغة الإنجليزية",
  };
  await withReference((reference) =>
    db.application.create({
      data: {
        reference,
        potId: womenPot!.id,
        organisationId: amal.id,
        formVersionId: input.formVersionId,
        answers: amalDraft,
        answerLanguage: "ar",
        completedSections: ["about-your-group"],
        sectionRevisions: { "about-your-group": 2, "your-project": 1 },
        revision: 3,
        createdById: amal.ownerId,
        createdAt: new Date(input.now.getTime() - 3 * DAY),
      },
    }),
  );

  const associationAnswers: Raw = {
    "group-name": "Асоціація українських жінок Рiверсайду",
    "group-registered": "yes",
    "registration-number": "ASSOC-2022-118",
    "group-people":
      "Нас 40 жінок, які приїхали з України з 2022 року. Більшість мають дітей шкільного віку.",
    "project-what":
      "Щотижневі зустрічі взаємопідтримки, консультації з пошуку роботи та курси англійської для мам.",
    "project-children": "yes",
    "project-childcare": "Дві волонтерки доглядатимуть дітей в окремій кімнаті під час зустрічей.",
    "budget-items.0.item": "Оренда зали",
    "budget-items.0.amount": "1500",
    "budget-items.1.item": "Догляд за дітьми",
    "budget-items.1.amount": "900",
    "budget-items.2.item": "Навчальні матеріали",
    "budget-items.2.amount": "450",
    "declaration-true": "yes",
  };
  await withReference((reference) =>
    db.application.create({
      data: {
        reference,
        potId: languagePot!.id,
        organisationId: association.id,
        formVersionId: input.formVersionId,
        status: "SUBMITTED",
        answers: associationAnswers,
        answerLanguage: "uk",
        completedSections: ["about-your-group", "your-project", "budget", "declaration"],
        sectionRevisions: { "about-your-group": 1, "your-project": 2, budget: 1, declaration: 1 },
        revision: 6,
        requestedMinor: budgetTotal(associationAnswers),
        submittedAt: new Date(input.now.getTime() - 2 * DAY),
        submittedById: association.ownerId,
        createdById: association.ownerId,
        createdAt: new Date(input.now.getTime() - 6 * DAY),
      },
    }),
  );

  const centreAnswers: Raw = {
    "group-name": "Riverside Community Centre",
    "group-registered": "yes",
    "registration-number": "CHY 20451",
    "group-people": "A neighbourhood centre used by people from more than thirty countries.",
    "project-what":
      "A Saturday welcome café where newly arrived families meet neighbours and get help with forms.",
    "project-children": "no",
    "budget-items.0.item": "Food and drinks",
    "budget-items.0.amount": "2400",
    "budget-items.1.item": "Interpreters",
    "budget-items.1.amount": "3600",
    "declaration-true": "yes",
  };
  await withReference((reference) =>
    db.application.create({
      data: {
        reference,
        potId: communityPot!.id,
        organisationId: centre.id,
        formVersionId: input.formVersionId,
        status: "SUBMITTED",
        answers: centreAnswers,
        answerLanguage: "en",
        completedSections: ["about-your-group", "your-project", "budget", "declaration"],
        sectionRevisions: { "about-your-group": 1, "your-project": 1, budget: 1, declaration: 1 },
        revision: 4,
        requestedMinor: budgetTotal(centreAnswers),
        submittedAt: new Date(input.now.getTime() - 1 * DAY),
        submittedById: input.staffUserId,
        enteredOnBehalfById: input.staffUserId,
        createdById: input.staffUserId,
        createdAt: new Date(input.now.getTime() - 1 * DAY),
      },
    }),
  );
}
