/**
 * The codebook a funder starts with: the changes small groups most often describe. Staff add,
 * rename, translate and merge themes from there.
 */
export const defaultThemes: readonly Record<string, string>[] = [
  {
    en: "Confidence",
    ar: "الثقة بالنفس",
    fa: "اعتماد به نفس",
    uk: "Впевненість",
    es: "Confianza",
    fr: "Confiance en soi",
  },
  { en: "Language", ar: "اللغة", fa: "زبان", uk: "Мова", es: "Idioma", fr: "Langue" },
  {
    en: "Friendships and networks",
    ar: "الصداقات والشبكات",
    fa: "دوستی‌ها و شبکه‌ها",
    uk: "Дружба та зв'язки",
    es: "Amistades y redes",
    fr: "Amitiés et réseaux",
  },
  {
    en: "Access to services",
    ar: "الوصول إلى الخدمات",
    fa: "دسترسی به خدمات",
    uk: "Доступ до послуг",
    es: "Acceso a servicios",
    fr: "Accès aux services",
  },
  {
    en: "Work and skills",
    ar: "العمل والمهارات",
    fa: "کار و مهارت‌ها",
    uk: "Робота та навички",
    es: "Trabajo y habilidades",
    fr: "Travail et compétences",
  },
  {
    en: "Wellbeing",
    ar: "الرفاه",
    fa: "بهزیستی",
    uk: "Добробут",
    es: "Bienestar",
    fr: "Bien-être",
  },
  {
    en: "Civic participation",
    ar: "المشاركة المدنية",
    fa: "مشارکت مدنی",
    uk: "Громадська участь",
    es: "Participación cívica",
    fr: "Participation citoyenne",
  },
  { en: "Safety", ar: "الأمان", fa: "امنیت", uk: "Безпека", es: "Seguridad", fr: "Sécurité" },
];
