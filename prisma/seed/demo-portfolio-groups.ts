import type { Locale } from "../../app/domain/shared/locales";

export type PortfolioPot = "womenGroups" | "communityLed" | "languagePeer";
type LegalForm =
  "INFORMAL_GROUP" | "ASSOCIATION" | "REGISTERED_CHARITY" | "COOPERATIVE" | "COMPANY" | "OTHER";

export type PortfolioGroup = {
  name: string;
  language: Locale;
  legalForm: LegalForm;
  pot: PortfolioPot;
  byAndFor: boolean;
  /** Agreed that its by-and-for leadership may be published in open data. */
  publishLeadership: boolean;
  communities: string;
  /** The woman (or man) who runs it and accepted the grant. */
  contact: string;
};

const group = (
  name: string,
  language: Locale,
  legalForm: LegalForm,
  pot: PortfolioPot,
  byAndFor: boolean,
  publishLeadership: boolean,
  communities: string,
  contact: string,
): PortfolioGroup => ({
  name,
  language,
  legalForm,
  pot,
  byAndFor,
  publishLeadership,
  communities,
  contact,
});

/** The groups funded in the 2025 round; informal ones apply with the community centre as host. */
// prettier-ignore
export const portfolioGroups: PortfolioGroup[] = [
  group("Nigerian Women's Forum Riverside", "en", "ASSOCIATION", "womenGroups", true, true, "Nigerian women", "Ngozi Okafor"),
  group("Eritrean Mothers' Circle", "en", "INFORMAL_GROUP", "womenGroups", true, false, "Eritrean mothers", "Senait Tesfay"),
  group("Zimbabwean Women's Choir", "en", "INFORMAL_GROUP", "communityLed", true, true, "Zimbabwean women", "Rudo Moyo"),
  group("Pakistani Women's Sewing Cooperative", "en", "COOPERATIVE", "womenGroups", true, true, "Pakistani women", "Samina Iqbal"),
  group("Filipino Carers' Network", "en", "ASSOCIATION", "languagePeer", true, false, "Filipino care workers", "Maricel Santos"),
  group("Riverside Roma Women's Group", "en", "INFORMAL_GROUP", "womenGroups", true, false, "Roma women", "Lenuța Stoica"),
  group("Bangladeshi Mothers' Homework Club", "en", "ASSOCIATION", "languagePeer", true, true, "Bangladeshi mothers and their children", "Ruksana Begum"),
  group("Riverside Welcome Kitchen", "en", "REGISTERED_CHARITY", "communityLed", false, false, "Refugees and their neighbours", "Claire Byrne"),
  group("Syrian Women's Garden Project", "ar", "INFORMAL_GROUP", "womenGroups", true, true, "Syrian women", "Rania Haddad"),
  group("Iraqi Women's Cultural Association", "ar", "ASSOCIATION", "communityLed", true, false, "Iraqi women", "Huda Al-Jaberi"),
  group("Palestinian Embroidery Circle", "ar", "INFORMAL_GROUP", "womenGroups", true, true, "Palestinian women", "Lina Khalil"),
  group("Yemeni Mothers' Support Group", "ar", "INFORMAL_GROUP", "womenGroups", true, false, "Yemeni mothers", "Arwa Saleh"),
  group("Darfur Women's Association", "ar", "ASSOCIATION", "communityLed", true, true, "Sudanese women from Darfur", "Amani Ishag"),
  group("Arabic Mothers' Language Café", "ar", "ASSOCIATION", "languagePeer", true, false, "Arabic-speaking mothers", "Mariam Yousef"),
  group("Libyan Families Network", "ar", "REGISTERED_CHARITY", "communityLed", false, false, "Libyan families", "Fatma Benali"),
  group("Egyptian Women's Wellbeing Circle", "ar", "OTHER", "womenGroups", true, false, "Egyptian women", "Nour Abdelrahman"),
  group("Hazara Women's Group Riverside", "fa", "INFORMAL_GROUP", "womenGroups", true, true, "Hazara women", "Masoumeh Rezaei"),
  group("Iranian Women's Reading Circle", "fa", "ASSOCIATION", "languagePeer", true, false, "Iranian women", "Shirin Karimi"),
  group("Afghan Mothers' English Club", "fa", "ASSOCIATION", "languagePeer", true, true, "Afghan mothers", "Zahra Noori"),
  group("Kabul Tailors' Cooperative", "fa", "COOPERATIVE", "womenGroups", true, true, "Afghan women tailors", "Parwana Hakimi"),
  group("Persian-speaking Women's Health Group", "fa", "INFORMAL_GROUP", "womenGroups", true, false, "Women who speak Farsi or Dari", "Maryam Jafari"),
  group("Afghan Community Association Riverside", "fa", "REGISTERED_CHARITY", "communityLed", false, false, "Afghan families", "Farid Sultani"),
  group("Tajik and Afghan Women's Dance Group", "fa", "INFORMAL_GROUP", "communityLed", true, false, "Tajik and Afghan women", "Nilufar Rahimova"),
  group("Kharkiv Women's Club", "uk", "INFORMAL_GROUP", "womenGroups", true, true, "Women from the Kharkiv region", "Tetiana Melnyk"),
  group("Ukrainian Mothers' Saturday School", "uk", "ASSOCIATION", "languagePeer", true, false, "Ukrainian mothers and their children", "Natalia Kovalenko"),
  group("Odesa Women's Craft Circle", "uk", "INFORMAL_GROUP", "womenGroups", true, false, "Ukrainian women", "Svitlana Bondar"),
  group("Ukrainian Women's Peer Support Group", "uk", "ASSOCIATION", "languagePeer", true, true, "Ukrainian women", "Halyna Shevchuk"),
  group("Mariupol Families Association", "uk", "ASSOCIATION", "communityLed", true, false, "Families from Mariupol", "Olha Tkachenko"),
  group("Ukrainian Women in Work", "uk", "COMPANY", "communityLed", true, true, "Ukrainian women looking for work", "Yulia Savchenko"),
  group("Volyn Women's Choir", "uk", "INFORMAL_GROUP", "communityLed", true, false, "Ukrainian women", "Larysa Hnatiuk"),
  group("Venezuelan Women's Network", "es", "ASSOCIATION", "womenGroups", true, true, "Venezuelan women", "Yusmary Pérez"),
  group("Colombian Mothers' Collective", "es", "INFORMAL_GROUP", "womenGroups", true, false, "Colombian mothers", "Luz Marina Ortiz"),
  group("Trabajadoras Unidas Riverside", "es", "ASSOCIATION", "communityLed", true, true, "Latin American domestic workers", "Gladys Quispe"),
  group("Honduran Women's Circle", "es", "INFORMAL_GROUP", "womenGroups", true, false, "Honduran women", "Karla Mejía"),
  group("Peruvian Women's Folk Dance Group", "es", "INFORMAL_GROUP", "communityLed", true, false, "Peruvian women", "Rosa Huamán"),
  group("Spanish-speaking Mothers' Language Exchange", "es", "ASSOCIATION", "languagePeer", true, false, "Spanish-speaking mothers", "Andrea Gómez"),
  group("Latin American Women's Cooperative Kitchen", "es", "COOPERATIVE", "womenGroups", true, true, "Women from Latin America", "Marisol Rivas"),
  group("Congolese Women's Association Riverside", "fr", "ASSOCIATION", "womenGroups", true, true, "Congolese women", "Mireille Kabongo"),
  group("Cameroonian Women's Savings Circle", "fr", "INFORMAL_GROUP", "womenGroups", true, false, "Cameroonian women", "Brigitte Ngono"),
  group("Ivorian Mothers' Group", "fr", "INFORMAL_GROUP", "womenGroups", true, false, "Ivorian mothers", "Adjoua Kouassi"),
  group("Guinean Women's Literacy Group", "fr", "ASSOCIATION", "languagePeer", true, true, "Guinean women", "Mariama Diallo"),
  group("Haitian Women's Solidarity", "fr", "ASSOCIATION", "communityLed", true, false, "Haitian women", "Nadège Pierre"),
  group("Senegalese Women's Cooperative", "fr", "COOPERATIVE", "womenGroups", true, true, "Senegalese women", "Fatou Ndiaye"),
  group("Francophone African Women's Network", "fr", "REGISTERED_CHARITY", "languagePeer", true, false, "French-speaking African women", "Esther Mbuyi"),
];

/** A group's application, in its own language: short, but complete against the form. */
export const applicationTexts: Record<
  Locale,
  { people: string; project: string; room: string; materials: string }
> = {
  en: {
    people:
      "Women from our community who meet every week, most of them arrived in the last few years.",
    project: "Weekly sessions where women meet, learn together and support each other.",
    room: "Room hire",
    materials: "Materials and refreshments",
  },
  ar: {
    people: "نساء من مجتمعنا نلتقي كل أسبوع، وصلت معظمنا في السنوات الأخيرة.",
    project: "جلسات أسبوعية تلتقي فيها النساء ويتعلّمن معًا ويدعم بعضهنّ بعضًا.",
    room: "إيجار القاعة",
    materials: "مواد ومرطبات",
  },
  uk: {
    people: "Жінки з нашої громади, які зустрічаються щотижня; більшість приїхала за останні роки.",
    project: "Щотижневі зустрічі, де жінки спілкуються, навчаються разом і підтримують одна одну.",
    room: "Оренда приміщення",
    materials: "Матеріали та частування",
  },
  fa: {
    people: "زنانی از جامعهٔ ما که هر هفته دور هم جمع می‌شویم؛ بیشترمان در چند سال اخیر آمده‌ایم.",
    project:
      "جلسه‌های هفتگی که زنان در آن همدیگر را می‌بینند، با هم یاد می‌گیرند و از هم حمایت می‌کنند.",
    room: "اجارهٔ سالن",
    materials: "وسایل و پذیرایی",
  },
  es: {
    people:
      "Mujeres de nuestra comunidad que nos reunimos cada semana; la mayoría llegó en los últimos años.",
    project: "Encuentros semanales donde las mujeres se reúnen, aprenden juntas y se apoyan.",
    room: "Alquiler de sala",
    materials: "Materiales y refrigerios",
  },
  fr: {
    people:
      "Des femmes de notre communauté qui se retrouvent chaque semaine ; la plupart sont arrivées ces dernières années.",
    project:
      "Des rencontres hebdomadaires où les femmes se retrouvent, apprennent ensemble et s'entraident.",
    room: "Location de salle",
    materials: "Matériel et collations",
  },
};

/** What the funder told each group when the award was confirmed. */
export const awardFeedback: Record<Locale, string> = {
  en: "The panel was glad to fund your group: your plan comes from what the women told you they need.",
  ar: "سُرّت اللجنة بتمويل مجموعتكنّ: خطتكنّ نابعة مما قالت النساء إنهنّ يحتجنه.",
  uk: "Комісія рада підтримати вашу групу: ваш план виходить із того, що жінки сказали про свої потреби.",
  fa: "هیئت خوشحال است که از گروه شما حمایت می‌کند: برنامهٔ شما از نیازهایی می‌آید که خود زنان گفته‌اند.",
  es: "Al comité le alegra financiar a su grupo: su plan nace de lo que las mujeres dijeron que necesitan.",
  fr: "Le comité est heureux de financer votre groupe : votre projet part de ce que les femmes ont dit de leurs besoins.",
};
