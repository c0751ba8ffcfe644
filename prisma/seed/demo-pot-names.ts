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
  languagePeer: {
    en: "Language and peer support",
    ar: "اللغة والدعم بين الأقران",
    uk: "Мова та взаємна підтримка",
    fa: "زبان و حمایت همتایان",
    es: "Idioma y apoyo entre iguales",
    fr: "Langue et entraide",
  },
};

/** What each of those pots is for, in every language. */
export const potDescriptions = {
  womenGroups: {
    en: "For small groups led by and for migrant women. You do not need to be registered.",
    ar: "للمجموعات الصغيرة التي تديرها نساء مهاجرات من أجل النساء المهاجرات. لا يلزم أن تكون مجموعتكم مسجّلة.",
    uk: "Для невеликих груп, які ведуть жінки-мігрантки для жінок-мігранток. Реєструвати групу не потрібно.",
    fa: "برای گروه‌های کوچکی که زنان مهاجر برای زنان مهاجر می‌گردانند. لازم نیست گروه شما ثبت شده باشد.",
    es: "Para grupos pequeños dirigidos por y para mujeres migrantes. No es necesario que su grupo esté registrado.",
    fr: "Pour les petits groupes menés par et pour des femmes migrantes. Votre groupe n'a pas besoin d'être enregistré.",
  },
  communityLed: {
    en: "For community organisations of any size running activities that bring people together.",
    ar: "لمنظمات المجتمع من أي حجم التي تنظّم أنشطة تجمع الناس.",
    uk: "Для громадських організацій будь-якого розміру, які проводять заходи, що об'єднують людей.",
    fa: "برای سازمان‌های اجتماعی در هر اندازه‌ای که فعالیت‌هایی برای گرد هم آوردن مردم برگزار می‌کنند.",
    es: "Para organizaciones comunitarias de cualquier tamaño que realizan actividades que unen a las personas.",
    fr: "Pour les associations de toute taille qui organisent des activités rassemblant les habitants.",
  },
  languagePeer: {
    en: "For conversation groups, peer mentoring and help with finding services.",
    ar: "لحلقات المحادثة والإرشاد بين الأقران والمساعدة في الوصول إلى الخدمات.",
    uk: "Для розмовних клубів, наставництва між рівними та допомоги в пошуку потрібних послуг.",
    fa: "برای گروه‌های گفت‌وگو، راهنمایی همتایان و کمک به پیدا کردن خدمات.",
    es: "Para grupos de conversación, mentoría entre iguales y ayuda para encontrar servicios.",
    fr: "Pour les groupes de conversation, le parrainage entre pairs et l'aide pour trouver les services.",
  },
};
