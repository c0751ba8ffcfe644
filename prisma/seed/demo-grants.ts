import type { Db } from "../../app/services/platform/db.server";
import { checkInDueDates, defaultCheckInPlan } from "../../app/domain/monitoring/check-in-plan";
import { defaultThemes } from "../../app/domain/outcomes/default-themes";

const DAY = 24 * 60 * 60 * 1000;

export const conditionsText = {
  en: "1. Spend the grant on the activities you described, or ask us first if plans change.\n2. Tell us what changed in a short check-in mid-way and at the end; a voice message is fine.\n3. Keep receipts for a year; we may ask to see some of them.\n4. Tell us straight away if you cannot carry on: we will work it out together.\n5. Only share photos of people who agreed to it.",
  ar: "١. أنفقن المنحة على الأنشطة التي وصفتنّها، أو اسألننا أولًا إن تغيّرت الخطط.\n٢. أخبرننا بما تغيّر في متابعة قصيرة في منتصف المدة وفي نهايتها؛ الرسالة الصوتية تكفي.\n٣. احتفظن بالإيصالات لمدة سنة؛ قد نطلب رؤية بعضها.\n٤. أخبرننا فورًا إن لم تستطعن الاستمرار: سنجد حلًا معًا.\n٥. لا تشاركن صور أشخاص إلا بموافقتهم.",
  uk: "1. Витрачайте грант на діяльність, яку ви описали, або спершу запитайте нас, якщо плани зміняться.\n2. Розкажіть нам, що змінилося, у короткому звіті в середині та наприкінці; голосового повідомлення достатньо.\n3. Зберігайте чеки протягом року; ми можемо попросити показати деякі з них.\n4. Одразу скажіть нам, якщо не можете продовжувати: ми разом знайдемо рішення.\n5. Діліться фотографіями людей лише з їхньої згоди.",
};

/**
 * Grants for the demo's two awards of the 2026 round: the Ukrainian association accepted its
 * conditions and has had its first payment; Amal Women's Circle has its offer to read and
 * accept. Also the funder's starting codebook of themes.
 */
export async function seedDemoGrants(
  db: Db,
  input: { funderId: string; schemeId: string; userId: (email: string) => string },
) {
  const { userId } = input;
  await db.theme.createMany({
    data: defaultThemes.map((name, position) => ({ funderId: input.funderId, name, position })),
  });
  const conditions = await db.grantConditions.create({
    data: {
      schemeId: input.schemeId,
      version: 1,
      text: conditionsText,
      createdById: userId("tomas@example.org"),
    },
  });
  const awarded = await db.application.findMany({
    where: { status: "AWARDED", pot: { round: { schemeId: input.schemeId } } },
    include: { decision: true, pot: { select: { roundId: true } } },
    orderBy: { reference: "asc" },
  });
  for (const application of awarded) {
    const startsOn = application.decision?.confirmedAt ?? new Date();
    const endsOn = new Date(startsOn.getTime() + 365 * DAY);
    const amount = application.awardedMinor ?? 0;
    const first = Math.round(amount * 0.6);
    const accepted = application.answerLanguage === "uk";
    const grant = await db.grant.create({
      data: {
        applicationId: application.id,
        funderId: input.funderId,
        organisationId: application.organisationId,
        status: accepted ? "ACTIVE" : "OFFERED",
        startsOn,
        endsOn,
        conditionsId: conditions.id,
        acceptedAt: accepted ? new Date(startsOn.getTime() + 2 * DAY) : null,
        acceptedById: accepted ? userId("olena@example.org") : null,
        acceptedLocale: accepted ? "uk" : null,
        changes: accepted
          ? {
              create: {
                kind: "ACCEPTED",
                actorId: userId("olena@example.org"),
                createdAt: new Date(startsOn.getTime() + 2 * DAY),
              },
            }
          : undefined,
        checkIns: {
          create: checkInDueDates(defaultCheckInPlan, startsOn, endsOn).map((dueOn, position) => ({
            position,
            dueOn,
          })),
        },
      },
    });
    const payment = accepted
      ? await db.payment.create({
          data: {
            applicationId: application.id,
            amountMinor: first,
            paidAt: new Date(startsOn.getTime() + 7 * DAY),
            recordedById: userId("tomas@example.org"),
          },
        })
      : null;
    await db.grantTranche.createMany({
      data: [
        {
          grantId: grant.id,
          position: 0,
          amountMinor: first,
          dueOn: new Date(startsOn.getTime() + 7 * DAY),
          paymentId: payment?.id ?? null,
        },
        {
          grantId: grant.id,
          position: 1,
          amountMinor: amount - first,
          dueOn: new Date(startsOn.getTime() + 190 * DAY),
        },
      ],
    });
  }
}
