import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../../app/services/db.server";
import { formDefinitionSchema } from "../../app/domain/forms/definition-schema";

const DAY = 24 * 60 * 60 * 1000;

/**
 * A form the demo scheme's working group helped write: version 1, published and used by the
 * round, with the suggestions that shaped it (some taken up, some not, each answered) so the
 * builder, the consultation pages and the public "You said, we did" page have something real
 * to show. Labels are in English, Arabic and Ukrainian; other languages show the fallback.
 */
export const demoFormDefinition = formDefinitionSchema.parse({
  sourceLocale: "en",
  sections: [
    {
      id: "about-your-group",
      title: { en: "About your group", ar: "عن مجموعتكم", uk: "Про вашу групу" },
      description: {
        en: "Tell us who you are. Groups that are not registered are welcome.",
        ar: "أخبرونا من أنتم. نرحّب بالمجموعات غير المسجّلة.",
        uk: "Розкажіть, хто ви. Незареєстровані групи теж можуть подаватися.",
      },
      questions: [
        {
          id: "group-name",
          type: "shortText",
          label: {
            en: "What is your group called?",
            ar: "ما اسم مجموعتكم؟",
            uk: "Як називається ваша група?",
          },
          required: true,
          maxLength: 150,
        },
        {
          id: "group-registered",
          type: "yesNo",
          label: {
            en: "Is your group registered?",
            ar: "هل مجموعتكم مسجّلة؟",
            uk: "Чи зареєстрована ваша група?",
          },
          help: {
            en: "Saying no is fine: informal groups can apply with a host organisation.",
            ar: "لا بأس إن كانت الإجابة لا: يمكن للمجموعات غير الرسمية التقدّم مع منظمة مضيفة.",
            uk: "Відповідь «ні» — це нормально: неформальні групи можуть подаватися разом з організацією-партнером.",
          },
          required: true,
        },
        {
          id: "registration-number",
          type: "shortText",
          label: { en: "Registration number", ar: "رقم التسجيل", uk: "Реєстраційний номер" },
          required: true,
          maxLength: 50,
          showIf: { questionId: "group-registered", anyOf: ["yes"] },
        },
        {
          id: "group-people",
          type: "longText",
          label: {
            en: "Who is in your group, and who do you work with?",
            ar: "من هم أعضاء مجموعتكم، ومع من تعملون؟",
            uk: "Хто у вашій групі і з ким ви працюєте?",
          },
          required: true,
          maxWords: 200,
        },
      ],
    },
    {
      id: "your-project",
      title: { en: "Your project", ar: "مشروعكم", uk: "Ваш проєкт" },
      questions: [
        {
          id: "project-what",
          type: "longText",
          label: {
            en: "What do you want to do with the grant?",
            ar: "ماذا تريدون أن تفعلوا بالمنحة؟",
            uk: "Що ви хочете зробити на грант?",
          },
          help: {
            en: "Say what will happen, where and how often. You can send a voice or video message instead of writing.",
            ar: "قولوا ماذا سيحدث وأين وكم مرة. يمكنكم إرسال رسالة صوتية أو فيديو بدل الكتابة.",
            uk: "Розкажіть, що відбуватиметься, де і як часто. Замість тексту можна надіслати голосове або відеоповідомлення.",
          },
          required: true,
          maxWords: 300,
          allowRecording: true,
        },
        {
          id: "project-children",
          type: "yesNo",
          label: {
            en: "Will children come along to your activities?",
            ar: "هل سيحضر أطفال مع المشاركات في أنشطتكم؟",
            uk: "Чи приходитимуть на ваші заходи діти?",
          },
          required: true,
        },
        {
          id: "project-childcare",
          type: "longText",
          label: {
            en: "How will the children be looked after?",
            ar: "كيف ستتم رعاية الأطفال؟",
            uk: "Хто й як доглядатиме за дітьми?",
          },
          required: true,
          maxWords: 150,
          showIf: { questionId: "project-children", anyOf: ["yes"] },
        },
      ],
    },
    {
      id: "budget",
      title: { en: "Budget", ar: "الميزانية", uk: "Бюджет" },
      questions: [
        {
          id: "budget-items",
          type: "budgetTable",
          label: {
            en: "What will you spend the money on?",
            ar: "على ماذا ستنفقون المال؟",
            uk: "На що ви витратите гроші?",
          },
          help: {
            en: "One line for each thing, for example room hire, food, childcare or travel.",
            ar: "سطر لكل بند، مثل إيجار القاعة أو الطعام أو رعاية الأطفال أو المواصلات.",
            uk: "Один рядок на кожну витрату, наприклад оренда приміщення, їжа, догляд за дітьми чи проїзд.",
          },
          required: true,
          maxRows: 15,
          capAtPotMaximum: true,
        },
      ],
    },
    {
      id: "declaration",
      title: { en: "Declaration", ar: "الإقرار", uk: "Заява" },
      questions: [
        {
          id: "declaration-true",
          type: "declaration",
          label: {
            en: "What I have written is true, and our group agrees to apply.",
            ar: "ما كتبته صحيح، ومجموعتنا موافقة على التقدّم.",
            uk: "Те, що я написала, — правда, і наша група погоджується подати заявку.",
          },
          required: true,
        },
      ],
    },
  ],
});

type Said = { en: string; ar: string; uk: string };

/** What the working group said, in each member's own language, and what the funder did. */
const exchanges: {
  author: number;
  showName: boolean;
  kind: "COMMENT" | "REWORDING" | "NEW_QUESTION";
  sectionId: string | null;
  questionId: string | null;
  text: Said;
  status: "ACCEPTED" | "DECLINED";
  reply: string;
}[] = [
  {
    author: 0,
    showName: true,
    kind: "REWORDING",
    sectionId: "about-your-group",
    questionId: "group-registered",
    text: {
      en: "Many of our groups are not registered. The question sounds like we cannot apply. Please say that this is fine.",
      ar: "كثير من مجموعاتنا غير مسجّلة. السؤال يبدو وكأننا لا نستطيع التقدّم. يُرجى القول إن هذا لا بأس به.",
      uk: "Багато наших груп не зареєстровані. Запитання звучить так, ніби ми не можемо подаватися. Напишіть, будь ласка, що це нормально.",
    },
    status: "ACCEPTED",
    reply:
      "Thank you. We added help text saying that unregistered groups are welcome, and the registration number is only asked of registered groups.",
  },
  {
    author: 1,
    showName: false,
    kind: "COMMENT",
    sectionId: "your-project",
    questionId: "project-what",
    text: {
      en: "Writing 300 words in English is hard for some of us. Can we send a voice message instead?",
      ar: "كتابة 300 كلمة بالإنجليزية صعبة على بعضنا. هل يمكننا إرسال رسالة صوتية بدلًا من ذلك؟",
      uk: "Написати 300 слів англійською для декого з нас важко. Чи можна натомість надіслати голосове повідомлення?",
    },
    status: "ACCEPTED",
    reply: "Yes. You can now send a voice or video recording instead of writing, in any language.",
  },
  {
    author: 0,
    showName: true,
    kind: "NEW_QUESTION",
    sectionId: "budget",
    questionId: null,
    text: {
      en: "Please ask separately how much we need for childcare, so it is not forgotten.",
      ar: "يُرجى السؤال بشكل منفصل عن المبلغ الذي نحتاجه لرعاية الأطفال، حتى لا يُنسى.",
      uk: "Будь ласка, запитайте окремо, скільки нам потрібно на догляд за дітьми, щоб про це не забули.",
    },
    status: "DECLINED",
    reply:
      "We kept one budget table, but its help text now names childcare, and we ask how children will be looked after when they come along.",
  },
  {
    author: 1,
    showName: false,
    kind: "COMMENT",
    sectionId: null,
    questionId: null,
    text: {
      en: "Could the form ask for our bank details now, so the money comes faster?",
      ar: "هل يمكن أن تطلب الاستمارة بياناتنا المصرفية الآن، حتى يصل المال أسرع؟",
      uk: "Чи може форма вже зараз запитати наші банківські реквізити, щоб гроші надійшли швидше?",
    },
    status: "DECLINED",
    reply:
      "We ask for bank details only after a grant is awarded, so that nobody shares them without need. Payment still follows within two weeks.",
  },
];

export async function seedDemoForm(
  db: Db,
  input: { schemeId: string; roundId: string; staffUserId: string; workingGroupUserIds: string[] },
  now = new Date(),
) {
  const existing = await db.formVersion.findFirst({ where: { schemeId: input.schemeId } });
  if (existing) return { formVersionId: existing.id };

  const members = await db.user.findMany({ where: { id: { in: input.workingGroupUserIds } } });
  const ordered = input.workingGroupUserIds
    .map((id) => members.find((member) => member.id === id))
    .filter((member) => member !== undefined);

  for (const member of ordered) {
    await db.workingGroupMember.create({
      data: {
        schemeId: input.schemeId,
        email: member.email,
        userId: member.id,
        // The link was used long ago; the hash of a random token keeps the unique column honest.
        tokenHash: createHash("sha256").update(randomBytes(32)).digest("hex"),
        locale: member.locale ?? "en",
        expiresAt: new Date(now.getTime() - 14 * DAY),
        acceptedAt: new Date(now.getTime() - 20 * DAY),
        invitedById: input.staffUserId,
        createdAt: new Date(now.getTime() - 21 * DAY),
      },
    });
  }

  const version = await db.formVersion.create({
    data: {
      schemeId: input.schemeId,
      version: 1,
      status: "PUBLISHED",
      definition: demoFormDefinition,
      publishedAt: new Date(now.getTime() - 10 * DAY),
      createdById: input.staffUserId,
    },
  });

  if (ordered.length > 0) {
    for (const [index, exchange] of exchanges.entries()) {
      const author = ordered[exchange.author % ordered.length]!;
      const locale = author.locale === "ar" || author.locale === "uk" ? author.locale : "en";
      await db.formSuggestion.create({
        data: {
          formVersionId: version.id,
          authorId: author.id,
          sectionId: exchange.sectionId,
          questionId: exchange.questionId,
          kind: exchange.kind,
          locale,
          text: exchange.text[locale],
          showName: exchange.showName,
          status: exchange.status,
          reply: exchange.reply,
          repliedById: input.staffUserId,
          repliedAt: new Date(now.getTime() - (12 - index) * DAY),
          createdAt: new Date(now.getTime() - (18 - index) * DAY),
        },
      });
    }
  }

  await db.round.update({ where: { id: input.roundId }, data: { formVersionId: version.id } });
  return { formVersionId: version.id };
}
