import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../../app/services/platform/db.server";
import { formDefinitionSchema } from "../../app/domain/forms/definition-schema";
import type { Locale } from "../../app/domain/shared/locales";

const DAY = 24 * 60 * 60 * 1000;

/**
 * A form the demo scheme's working group helped write: version 1, published and used by the
 * round, with the suggestions that shaped it (some taken up, some not, each answered) so the
 * builder, the consultation pages and the public "You said, we did" page have something real
 * to show. Every text is in all six languages, as a funder showing the product at its best would have it.
 */
export const demoFormDefinition = formDefinitionSchema.parse({
  sourceLocale: "en",
  sections: [
    {
      id: "about-your-group",
      title: {
        en: "About your group",
        ar: "عن مجموعتكم",
        uk: "Про вашу групу",
        fa: "دربارهٔ گروه شما",
        es: "Sobre su grupo",
        fr: "À propos de votre groupe",
      },
      description: {
        en: "Tell us who you are. Groups that are not registered are welcome.",
        ar: "أخبرونا من أنتم. نرحّب بالمجموعات غير المسجّلة.",
        uk: "Розкажіть, хто ви. Незареєстровані групи теж можуть подаватися.",
        fa: "به ما بگویید چه کسانی هستید. گروه‌های ثبت‌نشده هم می‌توانند درخواست بدهند.",
        es: "Cuéntenos quiénes son. Los grupos no registrados son bienvenidos.",
        fr: "Dites-nous qui vous êtes. Les groupes non enregistrés sont les bienvenus.",
      },
      questions: [
        {
          id: "group-name",
          type: "shortText",
          label: {
            en: "What is your group called?",
            ar: "ما اسم مجموعتكم؟",
            uk: "Як називається ваша група?",
            fa: "نام گروه شما چیست؟",
            es: "¿Cómo se llama su grupo?",
            fr: "Comment s'appelle votre groupe ?",
          },
          required: true,
          maxLength: 150,
          identifying: true,
        },
        {
          id: "group-registered",
          type: "yesNo",
          label: {
            en: "Is your group registered?",
            ar: "هل مجموعتكم مسجّلة؟",
            uk: "Чи зареєстрована ваша група?",
            fa: "آیا گروه شما ثبت شده است؟",
            es: "¿Su grupo está registrado?",
            fr: "Votre groupe est-il enregistré ?",
          },
          help: {
            en: "Saying no is fine: informal groups can apply with a host organisation.",
            ar: "لا بأس إن كانت الإجابة لا: يمكن للمجموعات غير الرسمية التقدّم مع منظمة مضيفة.",
            uk: "Відповідь «ні» — це нормально: неформальні групи можуть подаватися разом з організацією-посередником.",
            fa: "پاسخ «نه» اشکالی ندارد: گروه‌های غیررسمی می‌توانند همراه با یک سازمان میزبان درخواست بدهند.",
            es: "Responder que no está bien: los grupos informales pueden presentar su solicitud con una entidad intermediaria.",
            fr: "Vous pouvez répondre non : les groupes informels peuvent faire une demande avec une structure porteuse.",
          },
          required: true,
        },
        {
          id: "registration-number",
          type: "shortText",
          label: {
            en: "Registration number",
            ar: "رقم التسجيل",
            uk: "Реєстраційний номер",
            fa: "شمارهٔ ثبت",
            es: "Número de registro",
            fr: "Numéro d'enregistrement",
          },
          required: true,
          maxLength: 50,
          identifying: true,
          showIf: { questionId: "group-registered", anyOf: ["yes"] },
        },
        {
          id: "group-people",
          type: "longText",
          label: {
            en: "Who is in your group, and who do you work with?",
            ar: "من هم أعضاء مجموعتكم، ومع من تعملون؟",
            uk: "Хто у вашій групі і з ким ви працюєте?",
            fa: "چه کسانی در گروه شما هستند و با چه کسانی کار می‌کنید؟",
            es: "¿Quiénes forman su grupo y con quién trabajan?",
            fr: "Qui fait partie de votre groupe, et avec qui travaillez-vous ?",
          },
          required: true,
          maxWords: 200,
        },
      ],
    },
    {
      id: "your-project",
      title: {
        en: "Your project",
        ar: "مشروعكم",
        uk: "Ваш проєкт",
        fa: "پروژهٔ شما",
        es: "Su proyecto",
        fr: "Votre projet",
      },
      questions: [
        {
          id: "project-what",
          type: "longText",
          label: {
            en: "What do you want to do with the grant?",
            ar: "ماذا تريدون أن تفعلوا بالمنحة؟",
            uk: "Що ви хочете зробити на грант?",
            fa: "می‌خواهید با این کمک‌هزینه چه کنید؟",
            es: "¿Qué desean hacer con la subvención?",
            fr: "Que voulez-vous faire avec la subvention ?",
          },
          help: {
            en: "Say what will happen, where and how often. You can send a voice or video message instead of writing.",
            ar: "قولوا ماذا سيحدث وأين وكم مرة. يمكنكم إرسال رسالة صوتية أو فيديو بدل الكتابة.",
            uk: "Розкажіть, що відбуватиметься, де і як часто. Замість тексту можна надіслати голосове або відеоповідомлення.",
            fa: "بگویید چه کاری انجام می‌شود، کجا و هر چند وقت یک‌بار. می‌توانید به جای نوشتن، پیام صوتی یا ویدیویی بفرستید.",
            es: "Indique qué se hará, dónde y con qué frecuencia. Puede enviar un mensaje de voz o de vídeo en lugar de escribir.",
            fr: "Dites ce qui se passera, où et à quelle fréquence. Vous pouvez envoyer un message vocal ou vidéo au lieu d'écrire.",
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
            fa: "آیا کودکان هم به فعالیت‌های شما می‌آیند؟",
            es: "¿Vendrán niñas y niños a sus actividades?",
            fr: "Des enfants viendront-ils à vos activités ?",
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
            fa: "چه کسی و چگونه از کودکان مراقبت می‌کند؟",
            es: "¿Cómo se cuidará a las niñas y los niños?",
            fr: "Comment les enfants seront-ils pris en charge ?",
          },
          required: true,
          maxWords: 150,
          showIf: { questionId: "project-children", anyOf: ["yes"] },
        },
      ],
    },
    {
      id: "budget",
      title: {
        en: "Budget",
        ar: "الميزانية",
        uk: "Бюджет",
        fa: "بودجه",
        es: "Presupuesto",
        fr: "Budget",
      },
      questions: [
        {
          id: "budget-items",
          type: "budgetTable",
          label: {
            en: "What will you spend the money on?",
            ar: "على ماذا ستنفقون المال؟",
            uk: "На що ви витратите гроші?",
            fa: "پول را صرف چه چیزهایی می‌کنید؟",
            es: "¿En qué gastarán el dinero?",
            fr: "À quoi servira l'argent ?",
          },
          help: {
            en: "One line for each thing, for example room hire, food, childcare or travel.",
            ar: "سطر لكل بند، مثل إيجار القاعة أو الطعام أو رعاية الأطفال أو المواصلات.",
            uk: "Один рядок на кожну витрату, наприклад оренда приміщення, їжа, догляд за дітьми чи проїзд.",
            fa: "برای هر هزینه یک سطر، برای نمونه اجارهٔ سالن، غذا، مراقبت از کودکان یا رفت‌وآمد.",
            es: "Una línea para cada gasto, por ejemplo alquiler de sala, comida, cuidado infantil o transporte.",
            fr: "Une ligne par dépense, par exemple location de salle, repas, garde d'enfants ou transport.",
          },
          required: true,
          maxRows: 15,
          capAtPotMaximum: true,
        },
      ],
    },
    {
      id: "declaration",
      title: {
        en: "Declaration",
        ar: "الإقرار",
        uk: "Заява",
        fa: "اقرارنامه",
        es: "Declaración",
        fr: "Déclaration",
      },
      questions: [
        {
          id: "declaration-true",
          type: "declaration",
          label: {
            en: "What I have written is true, and our group agrees to apply.",
            ar: "ما كتبته صحيح، ومجموعتنا موافقة على التقدّم.",
            uk: "Усе, що тут написано, — правда, і наша група погоджується подати заявку.",
            fa: "آنچه نوشته‌ام درست است و گروه ما با این درخواست موافق است.",
            es: "Lo que he escrito es verdad y nuestro grupo está de acuerdo en presentar la solicitud.",
            fr: "Ce que j'ai écrit est exact, et notre groupe est d'accord pour faire cette demande.",
          },
          required: true,
        },
      ],
    },
  ],
});

type Said = { en: string; ar: string; uk: string };
type Replied = Record<Locale, string>;

/** What the working group said, in each member's own language, and what the funder did. */
const exchanges: {
  author: number;
  showName: boolean;
  kind: "COMMENT" | "REWORDING" | "NEW_QUESTION";
  sectionId: string | null;
  questionId: string | null;
  text: Said;
  status: "ACCEPTED" | "DECLINED";
  /** The funder answers each person in her own language. */
  reply: Replied;
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
    reply: {
      en: "Thank you. We added help text saying that unregistered groups are welcome, and the registration number is only asked of registered groups.",
      ar: "شكرًا لكم. أضفنا نصًا توضيحيًا يقول إن المجموعات غير المسجّلة مرحّب بها، ولا يُطلب رقم التسجيل إلا من المجموعات المسجّلة.",
      uk: "Дякуємо. Ми додали підказку, що незареєстровані групи теж можуть подаватися, а реєстраційний номер запитуємо лише в зареєстрованих груп.",
      fa: "سپاسگزاریم. توضیحی افزودیم که گروه‌های ثبت‌نشده هم می‌توانند درخواست بدهند، و شمارهٔ ثبت را فقط از گروه‌های ثبت‌شده می‌پرسیم.",
      es: "Gracias. Hemos añadido un texto de ayuda que dice que los grupos no registrados son bienvenidos, y el número de registro solo se pide a los grupos registrados.",
      fr: "Merci. Nous avons ajouté une aide qui précise que les groupes non enregistrés sont les bienvenus, et le numéro d'enregistrement n'est demandé qu'aux groupes enregistrés.",
    },
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
    reply: {
      en: "Yes. You can now send a voice or video recording instead of writing, in any language.",
      ar: "نعم. يمكنكم الآن إرسال تسجيل صوتي أو فيديو بدل الكتابة، بأي لغة.",
      uk: "Так. Тепер замість тексту можна надіслати аудіо- або відеозапис будь-якою мовою.",
      fa: "بله. اکنون می‌توانید به جای نوشتن، پیام صوتی یا ویدیویی بفرستید، به هر زبانی.",
      es: "Sí. Ahora puede enviar una grabación de voz o de vídeo en lugar de escribir, en cualquier idioma.",
      fr: "Oui. Vous pouvez désormais envoyer un enregistrement audio ou vidéo au lieu d'écrire, dans n'importe quelle langue.",
    },
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
    reply: {
      en: "We kept one budget table, but its help text now names childcare, and we ask how children will be looked after when they come along.",
      ar: "أبقينا جدول ميزانية واحدًا، لكن نصه التوضيحي يذكر الآن رعاية الأطفال، ونسأل كيف ستتم رعاية الأطفال عندما يحضرون.",
      uk: "Ми залишили одну таблицю бюджету, але тепер у підказці до неї згадано догляд за дітьми, і ми запитуємо, хто доглядатиме за дітьми, коли вони приходитимуть.",
      fa: "یک جدول بودجه را نگه داشتیم، اما اکنون در توضیح آن از مراقبت از کودکان نام برده شده است، و می‌پرسیم وقتی کودکان می‌آیند چه کسی از آن‌ها مراقبت می‌کند.",
      es: "Mantuvimos una sola tabla de presupuesto, pero ahora su texto de ayuda menciona el cuidado infantil, y preguntamos cómo se cuidará a las niñas y los niños cuando vengan.",
      fr: "Nous avons gardé un seul tableau de budget, mais son aide mentionne désormais la garde d'enfants, et nous demandons comment les enfants seront pris en charge quand ils viennent.",
    },
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
    reply: {
      en: "We ask for bank details only after a grant is awarded, so that nobody shares them without need. Payment still follows within two weeks.",
      ar: "لا نطلب البيانات المصرفية إلا بعد منح المنحة، حتى لا يشاركها أحد دون حاجة. ويصل الدفع مع ذلك خلال أسبوعين.",
      uk: "Ми запитуємо банківські реквізити лише після того, як грант надано, щоб ніхто не ділився ними без потреби. Виплата все одно надходить протягом двох тижнів.",
      fa: "مشخصات بانکی را فقط پس از اعطای کمک‌هزینه می‌پرسیم تا کسی بی‌دلیل آن‌ها را در اختیار دیگران نگذارد. پرداخت همچنان ظرف دو هفته انجام می‌شود.",
      es: "Pedimos los datos bancarios solo después de conceder la subvención, para que nadie los comparta sin necesidad. El pago sigue llegando en un plazo de dos semanas.",
      fr: "Nous ne demandons les coordonnées bancaires qu'une fois la subvention accordée, pour que personne ne les communique sans raison. Le paiement arrive toujours sous deux semaines.",
    },
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
      // A reply is one text, so the funder writes it in the language of the suggestion it answers.
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
          reply: exchange.reply[locale],
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
