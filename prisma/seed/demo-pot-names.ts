/** The names of the pots the demo scheme has every year, in every language. */
export const potNames = {
  womenGroups: {
    en: "Grass-roots migrant women's groups",
    ar: "مجموعات النساء المهاجرات المحلية",
    uk: "Місцеві групи жінок-мігранток",
    fa: "گروه‌های مردمی زنان مهاجر",
    es: "Grupos de base de mujeres migrantes",
    fr: "Groupes de terrain de femmes migrantes",
  },
  communityLed: {
    en: "Community-led activities",
    ar: "أنشطة يقودها المجتمع",
    uk: "Заходи, які веде громада",
    fa: "فعالیت‌هایی که خود جامعه پیش می‌برد",
    es: "Actividades dirigidas por la comunidad",
    fr: "Activités menées par la communauté",
  },
};
