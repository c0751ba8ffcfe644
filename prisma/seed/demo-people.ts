/**
 * The demo people, one per role, shown on the home page in demo mode. Emails use the
 * reserved example.org domain so no real person can ever receive them.
 */
export type DemoPerson = {
  email: string;
  name: string;
  locale: string;
  /** Translation key under demo.roles and its values. */
  role: string;
  roleValues?: Record<string, string>;
};

const funder = "Riverside City Council";

export const demoPeople: DemoPerson[] = [
  {
    email: "amina@example.org",
    name: "Amina Haddad",
    locale: "ar",
    role: "orgOwner",
    roleValues: { organisation: "Amal Women's Circle" },
  },
  {
    email: "olena@example.org",
    name: "Olena Kovalenko",
    locale: "uk",
    role: "orgOwner",
    roleValues: { organisation: "Ukrainian Women's Association Riverside" },
  },
  {
    email: "iryna@example.org",
    name: "Iryna Shevchuk",
    locale: "uk",
    role: "orgMember",
    roleValues: { organisation: "Ukrainian Women's Association Riverside" },
  },
  {
    email: "carmen@example.org",
    name: "Carmen Rojas",
    locale: "es",
    role: "orgOwner",
    roleValues: { organisation: "Latin American Women's Collective" },
  },
  {
    email: "grace@example.org",
    name: "Grace Okafor",
    locale: "en",
    role: "funderAdmin",
    roleValues: { funder },
  },
  {
    email: "tomas@example.org",
    name: "Tomás Ruiz",
    locale: "es",
    role: "programmeOfficer",
    roleValues: { funder },
  },
  {
    email: "helen@example.org",
    name: "Helen Park",
    locale: "en",
    role: "funderViewer",
    roleValues: { funder },
  },
  { email: "nadia@example.org", name: "Nadia Rahimi", locale: "fa", role: "panelChair" },
  { email: "fatima@example.org", name: "Fatima Diallo", locale: "fr", role: "communityReviewer" },
  { email: "joy@example.org", name: "Joy Mensah", locale: "en", role: "communityReviewer" },
  { email: "maria@example.org", name: "María López", locale: "es", role: "specialist" },
  { email: "admin@example.org", name: "Sam Admin", locale: "en", role: "platformAdmin" },
];
