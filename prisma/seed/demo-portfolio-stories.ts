import type { Locale } from "../../app/domain/shared/locales";

/** What a group writes in a check-in, in its own language (the light numbers are added per group). */
export type StoryText = {
  whatHappened: string;
  change: string;
  changeFor: string;
  whyItMatters: string;
  quote: string;
  hard: string;
  learned: string;
};

export type Story = {
  /** The codebook's themes staff tagged it with, by English name. */
  themes: string[];
  /** Its domain of change, by position in `changeDomainNames`; null is "any other change". */
  domain: number | null;
  text: Record<Locale, StoryText>;
};

/** The 2025 round's domains of change (Most Significant Change), in every language. */
export const changeDomainNames: Record<Locale, string>[] = [
  {
    en: "Confidence and independence",
    ar: "الثقة بالنفس والاستقلالية",
    uk: "Впевненість і самостійність",
    fa: "اعتماد به نفس و استقلال",
    es: "Confianza e independencia",
    fr: "Confiance et autonomie",
  },
  {
    en: "Friendships and belonging",
    ar: "الصداقة والانتماء",
    uk: "Дружба та відчуття приналежності",
    fa: "دوستی و احساس تعلق",
    es: "Amistad y pertenencia",
    fr: "Amitiés et sentiment d'appartenance",
  },
  {
    en: "Access to services and rights",
    ar: "الوصول إلى الخدمات والحقوق",
    uk: "Доступ до послуг і прав",
    fa: "دسترسی به خدمات و حقوق",
    es: "Acceso a servicios y derechos",
    fr: "Accès aux services et aux droits",
  },
  {
    en: "Work, skills and income",
    ar: "العمل والمهارات والدخل",
    uk: "Робота, навички та дохід",
    fa: "کار، مهارت و درآمد",
    es: "Trabajo, habilidades e ingresos",
    fr: "Travail, compétences et revenus",
  },
];

/** The two light numbers the funder asked about in the 2025 round. */
export const lightNumberLabels = [
  {
    id: "women",
    label: {
      en: "Women taking part",
      ar: "عدد النساء المشاركات",
      uk: "Жінки, які взяли участь",
      fa: "زنان شرکت‌کننده",
      es: "Mujeres participantes",
      fr: "Femmes participantes",
    },
  },
  {
    id: "sessions",
    label: {
      en: "Sessions held",
      ar: "عدد الجلسات",
      uk: "Проведені заняття",
      fa: "جلسه‌های برگزارشده",
      es: "Sesiones realizadas",
      fr: "Séances organisées",
    },
  },
];

/**
 * Stories of change as the groups told them: each in the six languages groups write in, with
 * the name of the woman it happened to changed to fit the community.
 */
export const stories: Story[] = [
  {
    themes: ["Confidence", "Civic participation"],
    domain: 0,
    text: {
      en: {
        whatHappened:
          "We met every Tuesday at the library: twelve English conversation sessions and a visit to the council offices.",
        change:
          "Hodan spoke at the residents' meeting for the first time, about the broken lights on our estate.",
        changeFor: "Hodan, a mother of four who arrived two years ago",
        whyItMatters:
          "Before, she let her son speak for her. Now the lights are fixed and other mothers ask her for help.",
        quote: "I did not know my voice counted here. Now I know it does.",
        hard: "Finding a room we could use with the children.",
        learned: "Start with the practical problems the women bring; the confidence follows.",
      },
      ar: {
        whatHappened:
          "التقينا كل يوم ثلاثاء في المكتبة: اثنتا عشرة جلسة محادثة بالإنجليزية وزيارة إلى مكاتب البلدية.",
        change: "تحدّثت سلمى لأول مرة في اجتماع السكان عن أضواء الشارع المعطّلة في حيّنا.",
        changeFor: "سلمى، أم لأربعة أطفال وصلت قبل سنتين",
        whyItMatters:
          "كانت تترك ابنها يتكلّم عنها. الآن أُصلحت الأضواء، وصارت الأمهات الأخريات يطلبن مساعدتها.",
        quote: "لم أكن أعرف أن صوتي له قيمة هنا. الآن أعرف.",
        hard: "إيجاد قاعة نستطيع استخدامها مع الأطفال.",
        learned: "نبدأ بالمشاكل العملية التي تحملها النساء، والثقة تأتي بعدها.",
      },
      uk: {
        whatHappened:
          "Ми зустрічалися щовівторка в бібліотеці: дванадцять розмовних занять англійською і візит до міської ради.",
        change:
          "Оксана вперше виступила на зборах мешканців — про зламані ліхтарі в нашому кварталі.",
        changeFor: "Оксана, мама чотирьох дітей, яка приїхала два роки тому",
        whyItMatters:
          "Раніше за неї говорив син. Тепер ліхтарі полагодили, а інші мами просять її допомоги.",
        quote: "Я не знала, що мій голос тут щось важить. Тепер знаю.",
        hard: "Знайти приміщення, куди можна прийти з дітьми.",
        learned:
          "Починати з практичних проблем, які приносять жінки; впевненість приходить слідом.",
      },
      fa: {
        whatHappened:
          "هر سه‌شنبه در کتابخانه دور هم جمع شدیم: دوازده جلسهٔ گفت‌وگو به انگلیسی و یک بازدید از دفتر شهرداری.",
        change: "زهرا برای اولین بار در جلسهٔ ساکنان دربارهٔ چراغ‌های خراب محلهٔ ما حرف زد.",
        changeFor: "زهرا، مادر چهار فرزند که دو سال پیش آمده است",
        whyItMatters:
          "قبلاً پسرش به جای او حرف می‌زد. حالا چراغ‌ها درست شده و مادرهای دیگر از او کمک می‌خواهند.",
        quote: "نمی‌دانستم صدای من اینجا ارزشی دارد. حالا می‌دانم.",
        hard: "پیدا کردن جایی که بتوانیم با بچه‌ها برویم.",
        learned: "از مشکلات عملی زنان شروع کنیم؛ اعتماد به نفس پشت سرش می‌آید.",
      },
      es: {
        whatHappened:
          "Nos reunimos cada martes en la biblioteca: doce sesiones de conversación en inglés y una visita al ayuntamiento.",
        change:
          "Rosa habló por primera vez en la reunión de vecinos, sobre las farolas rotas de nuestro barrio.",
        changeFor: "Rosa, madre de cuatro hijos que llegó hace dos años",
        whyItMatters:
          "Antes dejaba que su hijo hablara por ella. Ahora las farolas funcionan y otras madres le piden ayuda.",
        quote: "No sabía que mi voz contaba aquí. Ahora lo sé.",
        hard: "Encontrar un local al que pudiéramos ir con los niños.",
        learned:
          "Empezar por los problemas prácticos que traen las mujeres; la confianza viene después.",
      },
      fr: {
        whatHappened:
          "Nous nous sommes retrouvées chaque mardi à la bibliothèque : douze séances de conversation en anglais et une visite à la mairie.",
        change:
          "Aminata a pris la parole pour la première fois à la réunion des habitants, au sujet des lampadaires cassés du quartier.",
        changeFor: "Aminata, mère de quatre enfants arrivée il y a deux ans",
        whyItMatters:
          "Avant, elle laissait son fils parler à sa place. Les lampadaires sont réparés et d'autres mères lui demandent de l'aide.",
        quote: "Je ne savais pas que ma voix comptait ici. Maintenant je le sais.",
        hard: "Trouver une salle où venir avec les enfants.",
        learned:
          "Partir des problèmes concrets que les femmes apportent ; la confiance vient ensuite.",
      },
    },
  },
  {
    themes: ["Friendships and networks", "Wellbeing"],
    domain: 1,
    text: {
      en: {
        whatHappened: "A walking group every Saturday in the park, then tea at someone's home.",
        change:
          "Women who were alone at home most days now have friends they call when things are hard.",
        changeFor: "The older women in the group, several of them widows",
        whyItMatters:
          "Loneliness was making people ill. Now someone notices when you are not there.",
        quote: "On Saturday I have a reason to get dressed and go out.",
        hard: "Rain: we moved indoors in winter and lost some walkers.",
        learned: "Ask a member to phone anyone who misses two weeks.",
      },
      ar: {
        whatHappened: "مجموعة مشي كل يوم سبت في الحديقة، ثم شاي في بيت إحدانا.",
        change: "نساء كنّ وحيدات في البيت معظم الأيام صار لديهنّ صديقات يتصلن بهنّ حين تصعب الأمور.",
        changeFor: "النساء الأكبر سنًا في المجموعة، وبعضهنّ أرامل",
        whyItMatters: "كانت الوحدة تُمرض الناس. الآن هناك من يلاحظ غيابكِ.",
        quote: "يوم السبت صار عندي سبب لألبس وأخرج.",
        hard: "المطر: انتقلنا إلى الداخل في الشتاء وخسرنا بعض المشاركات.",
        learned: "نطلب من إحدى العضوات أن تتصل بمن تغيب أسبوعين.",
      },
      uk: {
        whatHappened: "Щосуботи — прогулянка в парку, а потім чай у когось удома.",
        change:
          "Жінки, які більшість днів сиділи вдома самі, тепер мають подруг, яким дзвонять, коли важко.",
        changeFor: "Старші жінки в групі, кілька з них — вдови",
        whyItMatters: "Самотність робила людей хворими. Тепер хтось помічає, коли тебе немає.",
        quote: "У суботу в мене є причина одягнутися і вийти з дому.",
        hard: "Дощ: узимку ми перейшли в приміщення і частина жінок перестала ходити.",
        learned: "Просити когось із групи подзвонити тій, хто пропустила два тижні.",
      },
      fa: {
        whatHappened: "گروه پیاده‌روی هر شنبه در پارک، و بعد چای در خانهٔ یکی از ما.",
        change:
          "زنانی که بیشتر روزها در خانه تنها بودند حالا دوستانی دارند که وقتی سخت است به آنها زنگ می‌زنند.",
        changeFor: "زنان مسن‌تر گروه که چند نفرشان بیوه‌اند",
        whyItMatters: "تنهایی آدم‌ها را بیمار می‌کرد. حالا کسی هست که نبودنت را می‌بیند.",
        quote: "شنبه‌ها دلیلی دارم که لباس بپوشم و بیرون بروم.",
        hard: "باران: زمستان به داخل رفتیم و چند نفر دیگر نیامدند.",
        learned: "از یکی از اعضا بخواهیم به کسی که دو هفته نیامده زنگ بزند.",
      },
      es: {
        whatHappened: "Un grupo de caminata cada sábado en el parque y luego té en casa de alguna.",
        change:
          "Mujeres que pasaban casi todos los días solas en casa ahora tienen amigas a quienes llamar cuando las cosas se ponen difíciles.",
        changeFor: "Las mujeres mayores del grupo, varias de ellas viudas",
        whyItMatters: "La soledad enfermaba a la gente. Ahora alguien se da cuenta si faltas.",
        quote: "El sábado tengo un motivo para arreglarme y salir.",
        hard: "La lluvia: en invierno pasamos a un local y perdimos a algunas caminantes.",
        learned: "Pedir a una compañera que llame a quien falte dos semanas.",
      },
      fr: {
        whatHappened:
          "Un groupe de marche chaque samedi au parc, puis un thé chez l'une d'entre nous.",
        change:
          "Des femmes seules chez elles presque tous les jours ont maintenant des amies à appeler quand c'est dur.",
        changeFor: "Les femmes les plus âgées du groupe, dont plusieurs veuves",
        whyItMatters:
          "La solitude rendait malade. Maintenant, quelqu'un remarque quand on n'est pas là.",
        quote: "Le samedi, j'ai une raison de m'habiller et de sortir.",
        hard: "La pluie : l'hiver, nous sommes passées en salle et certaines ont arrêté.",
        learned: "Demander à une membre d'appeler celle qui manque deux semaines.",
      },
    },
  },
  {
    themes: ["Access to services", "Safety"],
    domain: 2,
    text: {
      en: {
        whatHappened: "Monthly drop-ins with a volunteer advice worker and an interpreter.",
        change:
          "Three women got help with housing, and one found the courage to report abuse and is now safe.",
        changeFor: "Women in the group facing housing problems or violence at home",
        whyItMatters:
          "They did not know where to go or did not trust the services. A familiar face made the first step possible.",
        quote: "She came with me to the appointment, so I was not afraid.",
        hard: "Some stories were very heavy for our volunteers.",
        learned: "Volunteers who hear difficult things need someone to talk to as well.",
      },
      ar: {
        whatHappened: "لقاءات شهرية مفتوحة مع متطوعة للاستشارات ومترجمة.",
        change:
          "حصلت ثلاث نساء على مساعدة في السكن، ووجدت إحداهنّ الشجاعة للإبلاغ عن العنف وهي الآن في أمان.",
        changeFor: "نساء في المجموعة يواجهن مشاكل في السكن أو عنفًا في البيت",
        whyItMatters:
          "لم يكنّ يعرفن إلى أين يذهبن أو لم يثقن بالخدمات. وجه مألوف جعل الخطوة الأولى ممكنة.",
        quote: "رافقتني إلى الموعد، فلم أكن خائفة.",
        hard: "بعض القصص كانت ثقيلة جدًا على متطوعاتنا.",
        learned: "المتطوعات اللواتي يسمعن أمورًا صعبة يحتجن هنّ أيضًا إلى من يتحدثن معه.",
      },
      uk: {
        whatHappened: "Щомісячні консультації з волонтеркою-консультанткою та перекладачкою.",
        change:
          "Три жінки отримали допомогу з житлом, а одна наважилася повідомити про насильство і тепер у безпеці.",
        changeFor: "Жінки з групи, які мають проблеми з житлом або зазнають насильства вдома",
        whyItMatters:
          "Вони не знали, куди звернутися, або не довіряли службам. Знайоме обличчя допомогло зробити перший крок.",
        quote: "Вона пішла зі мною на прийом, тож мені не було страшно.",
        hard: "Деякі історії були дуже важкими для наших волонтерок.",
        learned: "Волонтеркам, які чують важкі речі, теж потрібно з кимось поговорити.",
      },
      fa: {
        whatHappened: "جلسه‌های ماهانه با یک مشاور داوطلب و یک مترجم.",
        change:
          "سه زن برای مسکن کمک گرفتند و یک نفر جرئت کرد خشونت را گزارش کند و حالا در امان است.",
        changeFor: "زنانی از گروه که با مشکل مسکن یا خشونت در خانه روبه‌رو بودند",
        whyItMatters:
          "نمی‌دانستند کجا بروند یا به نهادها اعتماد نداشتند. یک چهرهٔ آشنا قدم اول را ممکن کرد.",
        quote: "با من به وقت ملاقات آمد، برای همین نترسیدم.",
        hard: "بعضی داستان‌ها برای داوطلب‌های ما خیلی سنگین بود.",
        learned: "داوطلب‌هایی که حرف‌های سخت می‌شنوند خودشان هم به کسی برای حرف زدن نیاز دارند.",
      },
      es: {
        whatHappened: "Encuentros mensuales con una asesora voluntaria y una intérprete.",
        change:
          "Tres mujeres recibieron ayuda con la vivienda y una se atrevió a denunciar el maltrato; ahora está a salvo.",
        changeFor: "Mujeres del grupo con problemas de vivienda o violencia en casa",
        whyItMatters:
          "No sabían adónde ir o no confiaban en los servicios. Una cara conocida hizo posible el primer paso.",
        quote: "Ella me acompañó a la cita, así que no tuve miedo.",
        hard: "Algunas historias fueron muy duras para nuestras voluntarias.",
        learned: "Las voluntarias que escuchan cosas difíciles también necesitan con quién hablar.",
      },
      fr: {
        whatHappened: "Des permanences mensuelles avec une conseillère bénévole et une interprète.",
        change:
          "Trois femmes ont été aidées pour leur logement, et l'une a trouvé le courage de signaler des violences ; elle est maintenant en sécurité.",
        changeFor: "Des femmes du groupe confrontées à des problèmes de logement ou à la violence",
        whyItMatters:
          "Elles ne savaient pas où aller ou n'avaient pas confiance. Un visage connu a rendu le premier pas possible.",
        quote: "Elle est venue au rendez-vous avec moi, alors je n'ai pas eu peur.",
        hard: "Certaines histoires ont été très lourdes pour nos bénévoles.",
        learned:
          "Les bénévoles qui entendent des choses difficiles ont aussi besoin de pouvoir en parler.",
      },
    },
  },
  {
    themes: ["Work and skills", "Confidence"],
    domain: 3,
    text: {
      en: {
        whatHappened:
          "A ten-week sewing and small-business course, and a stall at the Christmas market.",
        change:
          "Five women sold their own work for the first time; two now take orders from neighbours.",
        changeFor: "Women who had skills from home but no way to use them here",
        whyItMatters: "Earning even a little of their own money changed how they see themselves.",
        quote: "My daughter told her teacher that her mum has a business.",
        hard: "Childcare on market days.",
        learned: "Put childcare in the budget from the start.",
      },
      ar: {
        whatHappened: "دورة خياطة وإدارة مشاريع صغيرة لعشرة أسابيع، وطاولة في سوق الميلاد.",
        change: "باعت خمس نساء أعمالهنّ لأول مرة، واثنتان تأخذان الآن طلبات من الجيران.",
        changeFor: "نساء لديهنّ مهارات من بلدهنّ ولم يجدن طريقة لاستخدامها هنا",
        whyItMatters: "أن تكسب المرأة مالًا خاصًا بها، ولو قليلًا، غيّر نظرتها إلى نفسها.",
        quote: "قالت ابنتي لمعلمتها إن أمها عندها مشروع.",
        hard: "رعاية الأطفال في أيام السوق.",
        learned: "نضع رعاية الأطفال في الميزانية من البداية.",
      },
      uk: {
        whatHappened:
          "Десятитижневий курс шиття та малого підприємництва і стенд на різдвяному ярмарку.",
        change:
          "П'ять жінок уперше продали власні вироби; двоє тепер приймають замовлення від сусідів.",
        changeFor: "Жінки, які мали навички з дому, але не знали, як застосувати їх тут",
        whyItMatters: "Навіть невеликі власні гроші змінили те, як вони бачать себе.",
        quote: "Моя донька сказала вчительці, що в її мами є свій бізнес.",
        hard: "Догляд за дітьми в дні ярмарку.",
        learned: "Закладати догляд за дітьми в бюджет із самого початку.",
      },
      fa: {
        whatHappened: "دورهٔ ده‌هفته‌ای خیاطی و کسب‌وکار کوچک، و یک غرفه در بازار کریسمس.",
        change:
          "پنج زن برای اولین بار کار خودشان را فروختند؛ دو نفر حالا از همسایه‌ها سفارش می‌گیرند.",
        changeFor: "زنانی که از وطن مهارت داشتند ولی راهی برای استفاده از آن اینجا نداشتند",
        whyItMatters: "درآوردن حتی کمی پول از آن خودشان، نگاهشان را به خودشان عوض کرد.",
        quote: "دخترم به معلمش گفت که مادرش کسب‌وکار دارد.",
        hard: "نگهداری از بچه‌ها در روزهای بازار.",
        learned: "نگهداری از بچه‌ها را از اول در بودجه بگذاریم.",
      },
      es: {
        whatHappened:
          "Un curso de costura y pequeño negocio de diez semanas y un puesto en el mercado navideño.",
        change:
          "Cinco mujeres vendieron su propio trabajo por primera vez; dos ya reciben encargos de vecinas.",
        changeFor: "Mujeres con oficio de su país que aquí no tenían cómo usarlo",
        whyItMatters: "Ganar un poco de dinero propio cambió cómo se ven a sí mismas.",
        quote: "Mi hija le contó a su maestra que su mamá tiene un negocio.",
        hard: "El cuidado de los niños los días de mercado.",
        learned: "Incluir el cuidado infantil en el presupuesto desde el principio.",
      },
      fr: {
        whatHappened:
          "Une formation de dix semaines en couture et petite entreprise, et un stand au marché de Noël.",
        change:
          "Cinq femmes ont vendu leur travail pour la première fois ; deux prennent désormais des commandes des voisins.",
        changeFor: "Des femmes qui avaient un savoir-faire du pays sans pouvoir s'en servir ici",
        whyItMatters: "Gagner un peu d'argent à soi a changé la façon dont elles se voient.",
        quote: "Ma fille a dit à sa maîtresse que sa maman a une entreprise.",
        hard: "La garde des enfants les jours de marché.",
        learned: "Prévoir la garde des enfants dans le budget dès le départ.",
      },
    },
  },
  {
    themes: ["Language", "Access to services"],
    domain: 2,
    text: {
      en: {
        whatHappened: "English classes for beginners twice a week, with childcare.",
        change:
          "Women now go to the GP and the school on their own, without waiting for an interpreter.",
        changeFor: "Mothers with little English",
        whyItMatters: "They can ask questions about their own health and their children's school.",
        quote: "I made my own appointment on the phone. I was shaking, but I did it.",
        hard: "Women leaving when they found work or moved house.",
        learned: "Short courses with a clear end keep more people coming.",
      },
      ar: {
        whatHappened: "دروس إنجليزية للمبتدئات مرتين في الأسبوع، مع رعاية للأطفال.",
        change: "صارت النساء يذهبن إلى الطبيب والمدرسة وحدهنّ، دون انتظار مترجمة.",
        changeFor: "أمهات لا يعرفن إلا القليل من الإنجليزية",
        whyItMatters: "يستطعن السؤال عن صحتهنّ وعن مدرسة أطفالهنّ بأنفسهنّ.",
        quote: "حجزت موعدي بنفسي على الهاتف. كنت أرتجف، لكنني فعلتها.",
        hard: "انقطاع بعض النساء حين وجدن عملًا أو انتقلن من السكن.",
        learned: "الدورات القصيرة ذات النهاية الواضحة تُبقي عددًا أكبر من المشاركات.",
      },
      uk: {
        whatHappened: "Заняття англійською для початківців двічі на тиждень, з доглядом за дітьми.",
        change: "Жінки тепер самі ходять до лікаря і до школи, не чекаючи на перекладача.",
        changeFor: "Мами, які майже не знають англійської",
        whyItMatters: "Вони можуть самі запитати про своє здоров'я і про школу дітей.",
        quote: "Я сама записалася на прийом по телефону. Тремтіла, але зробила це.",
        hard: "Жінки йшли, коли знаходили роботу або переїжджали.",
        learned: "Короткі курси з чітким завершенням утримують більше людей.",
      },
      fa: {
        whatHappened: "کلاس انگلیسی برای مبتدی‌ها دو بار در هفته، با نگهداری از بچه‌ها.",
        change: "زنان حالا خودشان به دکتر و مدرسه می‌روند، بدون اینکه منتظر مترجم بمانند.",
        changeFor: "مادرانی که انگلیسی کمی می‌دانند",
        whyItMatters: "می‌توانند خودشان دربارهٔ سلامتشان و مدرسهٔ بچه‌ها سؤال کنند.",
        quote: "خودم تلفنی وقت گرفتم. می‌لرزیدم، ولی انجامش دادم.",
        hard: "زنانی که کار پیدا کردند یا خانه عوض کردند، دیگر نیامدند.",
        learned: "دوره‌های کوتاه با پایان روشن آدم‌های بیشتری را نگه می‌دارد.",
      },
      es: {
        whatHappened: "Clases de inglés para principiantes dos veces por semana, con guardería.",
        change: "Las mujeres ya van solas al médico y a la escuela, sin esperar a una intérprete.",
        changeFor: "Madres que hablan poco inglés",
        whyItMatters: "Pueden preguntar por su propia salud y por la escuela de sus hijos.",
        quote: "Pedí la cita yo sola por teléfono. Temblaba, pero lo hice.",
        hard: "Mujeres que lo dejaron al encontrar trabajo o mudarse.",
        learned: "Los cursos cortos con un final claro mantienen a más gente.",
      },
      fr: {
        whatHappened:
          "Des cours d'anglais pour débutantes deux fois par semaine, avec garde d'enfants.",
        change:
          "Les femmes vont maintenant seules chez le médecin et à l'école, sans attendre d'interprète.",
        changeFor: "Des mères qui parlent peu l'anglais",
        whyItMatters:
          "Elles peuvent poser elles-mêmes leurs questions sur leur santé et l'école des enfants.",
        quote:
          "J'ai pris mon rendez-vous toute seule au téléphone. Je tremblais, mais je l'ai fait.",
        hard: "Des femmes parties quand elles ont trouvé du travail ou déménagé.",
        learned: "Des cours courts avec une fin claire gardent plus de monde.",
      },
    },
  },
  {
    themes: ["Wellbeing", "Friendships and networks"],
    domain: null,
    text: {
      en: {
        whatHappened: "A cooking club where each week a different woman taught a dish from home.",
        change: "The group became a place to laugh; women who were low say they feel lighter.",
        changeFor: "The women in the group and their families",
        whyItMatters: "Sharing food from home made them feel proud instead of invisible.",
        quote: "When I cook my mother's recipe for everyone, I am not a stranger.",
        hard: "The kitchen was only free in the evenings.",
        learned: "Let members lead: more came once they chose the dishes.",
      },
      ar: {
        whatHappened: "نادي طبخ تعلّم فيه كل أسبوع امرأة مختلفة طبقًا من بلدها.",
        change: "صارت المجموعة مكانًا للضحك، والنساء اللواتي كنّ حزينات يقلن إنهنّ أخفّ حملًا.",
        changeFor: "نساء المجموعة وعائلاتهنّ",
        whyItMatters: "مشاركة طعام البلد جعلتهنّ يشعرن بالفخر بدل أن يشعرن بأنهنّ غير مرئيات.",
        quote: "حين أطبخ وصفة أمي للجميع، لا أكون غريبة.",
        hard: "المطبخ لم يكن متاحًا إلا في المساء.",
        learned: "ندع العضوات يقدن: زاد الحضور حين اخترن الأطباق بأنفسهنّ.",
      },
      uk: {
        whatHappened: "Кулінарний клуб, де щотижня інша жінка вчила готувати страву з дому.",
        change: "Група стала місцем, де сміються; жінки, яким було важко, кажуть, що їм полегшало.",
        changeFor: "Жінки з групи та їхні родини",
        whyItMatters: "Ділитися домашньою їжею — це гордість замість відчуття, що тебе не видно.",
        quote: "Коли я готую мамин рецепт для всіх, я тут не чужа.",
        hard: "Кухня була вільна лише ввечері.",
        learned: "Дати учасницям вести: людей стало більше, коли вони самі обирали страви.",
      },
      fa: {
        whatHappened: "باشگاه آشپزی که هر هفته یک زن غذایی از وطنش را یاد می‌داد.",
        change: "گروه جایی برای خندیدن شد؛ زنانی که دلشان گرفته بود می‌گویند سبک‌تر شده‌اند.",
        changeFor: "زنان گروه و خانواده‌هایشان",
        whyItMatters: "شریک شدن غذای وطن به آنها حس افتخار داد، به جای اینکه دیده نشوند.",
        quote: "وقتی دستور غذای مادرم را برای همه می‌پزم، غریبه نیستم.",
        hard: "آشپزخانه فقط عصرها آزاد بود.",
        learned: "بگذاریم اعضا رهبری کنند: وقتی خودشان غذا را انتخاب کردند، بیشتر آمدند.",
      },
      es: {
        whatHappened:
          "Un club de cocina donde cada semana una mujer distinta enseñaba un plato de su tierra.",
        change:
          "El grupo se volvió un lugar para reír; mujeres que estaban decaídas dicen sentirse más ligeras.",
        changeFor: "Las mujeres del grupo y sus familias",
        whyItMatters:
          "Compartir la comida de su tierra las hizo sentirse orgullosas, no invisibles.",
        quote: "Cuando cocino la receta de mi madre para todas, no soy una extraña.",
        hard: "La cocina solo estaba libre por las tardes.",
        learned: "Dejar que las socias lleven el grupo: vinieron más cuando eligieron los platos.",
      },
      fr: {
        whatHappened:
          "Un club de cuisine où chaque semaine une femme différente apprenait un plat de chez elle.",
        change:
          "Le groupe est devenu un lieu où l'on rit ; des femmes qui allaient mal disent se sentir plus légères.",
        changeFor: "Les femmes du groupe et leurs familles",
        whyItMatters:
          "Partager la cuisine du pays les a rendues fières au lieu de se sentir invisibles.",
        quote: "Quand je cuisine la recette de ma mère pour toutes, je ne suis plus une étrangère.",
        hard: "La cuisine n'était libre que le soir.",
        learned:
          "Laisser les membres mener : elles sont venues plus nombreuses en choisissant les plats.",
      },
    },
  },
];

/** What staff wrote back to a group, in the group's language. */
export const replies: Record<Locale, string> = {
  en: "Thank you for this. It is exactly the kind of change we hoped the grant would help with.",
  ar: "شكرًا لكنّ على هذا. هذا بالضبط نوع التغيير الذي تمنّينا أن تساعد فيه المنحة.",
  uk: "Дякуємо вам за це. Саме на такі зміни ми й сподівалися, коли давали грант.",
  fa: "از شما ممنونیم. این دقیقاً همان تغییری است که امیدوار بودیم کمک‌هزینه به آن کمک کند.",
  es: "Gracias por contarnos esto. Es justo el tipo de cambio que esperábamos apoyar con la subvención.",
  fr: "Merci pour ce retour. C'est exactement le changement que nous espérions soutenir avec cette subvention.",
};

/** Calls and visits staff logged in place of a mid-way check-in, in the officer's words. */
export const conversations: StoryText[] = [
  {
    whatHappened:
      "Phone call with the group's coordinator; she finds writing hard, so we talked it through.",
    change: "Women who never left the house now come to the weekly coffee morning on their own.",
    changeFor: "New arrivals living in the hostel",
    whyItMatters: "It is the first place outside the hostel where they feel welcome.",
    quote: "Here nobody asks for my papers. They ask how I am.",
    hard: "The hostel moved some families across the city without warning.",
    learned: "Keep a phone list, so the group can follow women who are moved.",
  },
  {
    whatHappened: "Visit to the Thursday session at the community centre.",
    change: "The group now runs its own sessions; the volunteers only help with the room.",
    changeFor: "The group's committee",
    whyItMatters: "They no longer depend on one person to keep going.",
    quote: "We used to wait for someone to organise us. Now we organise.",
    hard: "Keeping accounts: they asked for help with a simple spreadsheet.",
    learned: "A short bookkeeping session would help several groups.",
  },
  {
    whatHappened: "Call after the group missed its check-in: the leader had been ill.",
    change: "Other members kept the sessions going while she was away.",
    changeFor: "The group's leader and the members who stepped in",
    whyItMatters: "The group proved it can carry on without its founder.",
    quote: "She took care of us for two years; this time we took care of her.",
    hard: "Nobody else had the key to the room or the contact list.",
    learned: "Share the practical things (keys, phone numbers) between two people.",
  },
];

export const conversationAddition =
  "Thank you for calling. We would add that the children now ask when the next session is.";

/** Why the selection round chose a story for each domain (in English, the panel's language). */
export const mscReasons = [
  "Speaking up in a public meeting was unthinkable for her a year ago, and it changed something for the whole estate.",
  "It shows how a simple, regular activity can end the isolation that makes women ill.",
  "The group reached someone no service had reached, and she is safe now.",
  "Earning her own money changed how the whole family sees her, not just how she sees herself.",
];

/** Comments left in the anonymous survey. */
export const feedbackComments = [
  "The form was short and we could answer in our language. Thank you.",
  "A voice message for the check-in made it possible for us.",
  "The payment came late the first time, but Tomas explained why.",
  "We would like to meet the other groups you fund.",
  "It was the first time a funder asked what we think.",
  "Sometimes the emails are long; a short message would be enough.",
  "Please keep the small grants: they are what groups like ours can manage.",
];
