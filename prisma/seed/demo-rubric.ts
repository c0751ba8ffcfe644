/**
 * The demo panel's scoring rubric: four criteria on a 1–5 scale, written in English, Arabic,
 * Persian and Spanish (Ukrainian and French wait for their translators, as they might in life).
 */

type Texts = { en: string; ar: string; fa: string; es: string };
type Scale = [Texts, Texts, Texts, Texts, Texts];

function criterion(
  id: string,
  weight: number,
  title: Texts,
  guidance: Texts,
  scale: Scale,
  commentRequiredAtOrBelow?: number,
) {
  return {
    id,
    title,
    guidance,
    weight,
    scaleMin: 1,
    scaleMax: 5,
    descriptors: Object.fromEntries(scale.map((texts, index) => [String(index + 1), texts])),
    ...(commentRequiredAtOrBelow === undefined ? {} : { commentRequiredAtOrBelow }),
  };
}

export const demoRubric = [
  criterion(
    "c1",
    30,
    {
      en: "Need",
      ar: "الحاجة",
      fa: "نیاز",
      es: "Necesidad",
    },
    {
      en: "How well does the group show that people in Riverside need this, in their own words?",
      ar: "إلى أي حد تُظهر المجموعة أن الناس في ريفرسايد يحتاجون إلى هذا، بكلماتهم؟",
      fa: "گروه تا چه اندازه نشان می‌دهد که مردم ریورساید، به زبان خودشان، به این نیاز دارند؟",
      es: "¿Hasta qué punto muestra el grupo que la gente de Riverside lo necesita, con sus propias palabras?",
    },
    [
      {
        en: "No evidence of need",
        ar: "لا دليل على الحاجة",
        fa: "هیچ نشانه‌ای از نیاز نیست",
        es: "Sin pruebas de necesidad",
      },
      {
        en: "Need is assumed rather than shown",
        ar: "الحاجة مفترضة وليست مُثبتة",
        fa: "نیاز فرض شده، نه نشان داده",
        es: "La necesidad se supone, no se muestra",
      },
      {
        en: "Some evidence, mostly second-hand",
        ar: "بعض الأدلة، معظمها غير مباشر",
        fa: "کمی شاهد، بیشتر دست‌دوم",
        es: "Algunas pruebas, sobre todo indirectas",
      },
      {
        en: "Clear evidence from the people the group works with",
        ar: "أدلة واضحة من الناس الذين تعمل معهم المجموعة",
        fa: "شواهد روشن از مردمی که گروه با آن‌ها کار می‌کند",
        es: "Pruebas claras de las personas con las que trabaja el grupo",
      },
      {
        en: "Compelling evidence, gathered with the community",
        ar: "أدلة مقنعة جُمعت مع المجتمع",
        fa: "شواهد قانع‌کننده که همراه جامعه گردآوری شده",
        es: "Pruebas convincentes, reunidas con la comunidad",
      },
    ],
    2,
  ),
  criterion(
    "c2",
    25,
    {
      en: "Led by and for the community",
      ar: "يديرها أشخاص من المجتمع الذي تعمل من أجله",
      fa: "گردانده‌شده به دست مردمِ همان جامعه",
      es: "Por y para la comunidad",
    },
    {
      en: "Are the people who lead the work from the community it serves?",
      ar: "هل الأشخاص الذين يقودون العمل من المجتمع الذي يعمل من أجله؟",
      fa: "آیا کسانی که کار را پیش می‌برند از همان جامعه‌ای هستند که برایش کار می‌کنند؟",
      es: "¿Las personas que dirigen el trabajo son de la comunidad para la que trabajan?",
    },
    [
      {
        en: "No one from the community has a say",
        ar: "لا أحد من المجتمع له رأي",
        fa: "هیچ‌کس از جامعه نظری ندارد",
        es: "Nadie de la comunidad tiene voz",
      },
      {
        en: "The community is consulted now and then",
        ar: "يُستشار المجتمع من حين لآخر",
        fa: "گاه‌به‌گاه با جامعه مشورت می‌شود",
        es: "Se consulta a la comunidad de vez en cuando",
      },
      {
        en: "Some leaders come from the community",
        ar: "بعض القادة من المجتمع",
        fa: "برخی از گردانندگان از جامعه‌اند",
        es: "Algunas personas al frente son de la comunidad",
      },
      {
        en: "Most leaders come from the community",
        ar: "معظم القادة من المجتمع",
        fa: "بیشتر گردانندگان از جامعه‌اند",
        es: "La mayoría de quienes dirigen son de la comunidad",
      },
      {
        en: "Led entirely by people from the community",
        ar: "يقودها بالكامل أشخاص من المجتمع",
        fa: "کاملاً به دست مردم همان جامعه گردانده می‌شود",
        es: "Dirigido por completo por personas de la comunidad",
      },
    ],
  ),
  criterion(
    "c3",
    25,
    { en: "Plan", ar: "الخطة", fa: "برنامهٔ کار", es: "Plan" },
    {
      en: "Is the plan realistic for the time, people and money available?",
      ar: "هل الخطة واقعية بالنسبة إلى الوقت والأشخاص والمال المتاح؟",
      fa: "آیا برنامه با زمان، آدم‌ها و پول موجود واقع‌بینانه است؟",
      es: "¿Es realista el plan para el tiempo, las personas y el dinero disponibles?",
    },
    [
      {
        en: "No plan",
        ar: "لا خطة",
        fa: "برنامه‌ای نیست",
        es: "Sin plan",
      },
      {
        en: "A plan with large gaps",
        ar: "خطة فيها ثغرات كبيرة",
        fa: "برنامه‌ای با کمبودهای بزرگ",
        es: "Un plan con grandes lagunas",
      },
      {
        en: "A workable plan with some risks left open",
        ar: "خطة قابلة للتنفيذ مع بعض المخاطر دون معالجة",
        fa: "برنامه‌ای شدنی با چند خطر بی‌پاسخ",
        es: "Un plan viable con algunos riesgos sin resolver",
      },
      {
        en: "A sound plan with its risks in hand",
        ar: "خطة متينة مع مخاطر تحت السيطرة",
        fa: "برنامه‌ای محکم که خطرهایش را در نظر گرفته",
        es: "Un plan sólido con sus riesgos bajo control",
      },
      {
        en: "A clear, realistic plan the group has done before",
        ar: "خطة واضحة وواقعية سبق أن نفّذتها المجموعة",
        fa: "برنامه‌ای روشن و واقع‌بینانه که گروه پیش‌تر هم انجام داده",
        es: "Un plan claro y realista que el grupo ya ha llevado a cabo",
      },
    ],
    2,
  ),
  criterion(
    "c4",
    20,
    {
      en: "Value for money",
      ar: "القيمة مقابل المال",
      fa: "ارزش در برابر هزینه",
      es: "Relación calidad-precio",
    },
    {
      en: "Are the costs reasonable for what the work will change?",
      ar: "هل التكاليف معقولة مقارنة بما سيغيّره العمل؟",
      fa: "آیا هزینه‌ها در برابر تغییری که کار ایجاد می‌کند معقول است؟",
      es: "¿Son razonables los costes para lo que cambiará el trabajo?",
    },
    [
      {
        en: "Costs are unclear",
        ar: "التكاليف غير واضحة",
        fa: "هزینه‌ها روشن نیست",
        es: "Los costes no están claros",
      },
      {
        en: "Costs seem high for what is offered",
        ar: "التكاليف تبدو مرتفعة مقارنة بما يُقدَّم",
        fa: "هزینه‌ها برای آنچه ارائه می‌شود زیاد به نظر می‌رسد",
        es: "Los costes parecen altos para lo que se ofrece",
      },
      {
        en: "Reasonable costs",
        ar: "تكاليف معقولة",
        fa: "هزینه‌های معقول",
        es: "Costes razonables",
      },
      {
        en: "Good value, with costs explained",
        ar: "قيمة جيدة مع شرح التكاليف",
        fa: "ارزش خوب، با هزینه‌های توضیح‌داده‌شده",
        es: "Buena relación, con los costes explicados",
      },
      {
        en: "Excellent value, with volunteer time and other support counted",
        ar: "قيمة ممتازة مع احتساب وقت المتطوعين والدعم الآخر",
        fa: "ارزش عالی، با حساب‌کردن وقت داوطلبان و پشتیبانی‌های دیگر",
        es: "Excelente relación, contando el tiempo voluntario y otros apoyos",
      },
    ],
  ),
];
