// Data for the outcome views benchmark, written through the app's own database client in bulk.
import { randomBytes, randomInt } from "node:crypto";
import { newReference } from "../app/domain/applications/reference";
import { defaultThemes } from "../app/domain/outcomes/default-themes";
import { db } from "../app/services/platform/db.server";
import { config } from "../app/services/platform/env.server";
import { seededRandom } from "../app/domain/shared/seeded-random";
import { startSession } from "../app/services/platform/session.server";
import { bulkWriter, dueCheckIn, seededId, sentCheckIn } from "./bulk-data";

const DAY = 24 * 60 * 60 * 1000;
const LANGUAGES = ["en", "ar", "uk", "fa", "es", "fr"] as const;
const id = seededId;

/**
 * One funder with two rounds of three pots each, `grants` active grants over the last year and
 * `checkIns` sent check-ins spread over it (plus one due per grant), each tagged with one to
 * three themes of the starting codebook (one theme merged into another); one story in twenty
 * highlighted and shareable in reports. Its admin is signed in.
 */
export async function prepareOutcomes(grants: number, checkIns: number) {
  // Two runs build the same portfolio.
  const next = seededRandom(42);
  const random = (below: number) => Math.floor(next() * below);
  const tag = randomBytes(3).toString("hex");
  const insert = bulkWriter(db(), config().databaseUrl);
  const now = Date.now();
  const admin = await db().user.create({
    data: { email: `outcomes-${tag}@example.org`, name: "Bench Admin", locale: "en" },
  });
  const funder = await db().funder.create({
    data: {
      slug: `outcomes-${tag}`,
      name: "Bench Council",
      members: { create: { userId: admin.id, role: "ADMIN" } },
    },
  });
  const scheme = await db().scheme.create({
    data: {
      funderId: funder.id,
      slug: `outcomes-${tag}`,
      title: { en: "Bench scheme" },
      description: { en: "" },
      currency: "GBP",
      published: true,
    },
  });
  const pots: string[] = [];
  for (const year of [2025, 2026]) {
    const round = await db().round.create({
      data: {
        schemeId: scheme.id,
        name: { en: String(year) },
        opensAt: new Date(now - 400 * DAY),
        closesAt: new Date(now - 380 * DAY),
        budgetMinor: 500_000_000,
        lightNumbers: [
          { id: "women", label: { en: "Women taking part" } },
          { id: "sessions", label: { en: "Sessions held" } },
        ],
      },
    });
    for (const name of ["Open", "Small sparks", "Led by and for"]) {
      const pot = await db().pot.create({
        data: {
          roundId: round.id,
          name: { en: `${name} ${year}` },
          description: { en: "" },
          amountMinor: 100_000_000,
          minGrantMinor: 1_000,
          maxGrantMinor: 1_000_000,
          eligibility: [],
        },
      });
      pots.push(pot.id);
    }
  }
  const themes = [];
  for (const [position, name] of defaultThemes.entries()) {
    themes.push(await db().theme.create({ data: { funderId: funder.id, name, position } }));
  }
  const merged = await db().theme.create({
    data: {
      funderId: funder.id,
      name: { en: "Self-esteem" },
      mergedIntoId: themes[0]!.id,
      position: 99,
    },
  });
  const themeIds = [...themes.map((theme) => theme.id), merged.id];

  const organisations = Array.from({ length: grants }, (_, n) => ({
    id: id("org", n, tag),
    name: `Group ${n + 1}`,
    legalForm: "INFORMAL_GROUP" as const,
  }));
  await insert("Organisation", organisations);
  const applications = organisations.map((organisation, n) => ({
    id: id("app", n, tag),
    potId: pots[n % pots.length]!,
    organisationId: organisation.id,
    reference: newReference({ prefix: "OUT", year: "26", length: 8 }, randomInt),
    status: "AWARDED" as const,
    requestedMinor: 500_000,
    awardedMinor: 100_000 + random(400) * 1_000,
    submittedAt: new Date(now - 420 * DAY),
  }));
  await insert("Application", applications);
  await insert(
    "Grant",
    applications.map((application, n) => ({
      id: id("grt", n, tag),
      applicationId: application.id,
      funderId: funder.id,
      organisationId: application.organisationId,
      status: "ACTIVE" as const,
      startsOn: new Date(now - (300 + random(60)) * DAY),
      endsOn: new Date(now + (30 + random(200)) * DAY),
    })),
  );

  const rows = [];
  const tags = [];
  for (let n = 0; n < checkIns; n++) {
    const grant = n % grants;
    const sentDaysAgo = 5 + random(350);
    const checkInId = id("chk", n, tag);
    const highlighted = n % 20 === 0;
    const { row } = sentCheckIn({
      id: checkInId,
      grantId: id("grt", grant, tag),
      position: Math.floor(n / grants),
      dueOn: new Date(now - sentDaysAgo * DAY),
      submittedAt: new Date(now - sentDaysAgo * DAY),
      language: LANGUAGES[n % LANGUAGES.length]!,
      story: n,
      numbers: { women: 3 + random(30), sessions: 1 + random(10) },
      storyConsent: (["FUNDER_ONLY", "FUNDER_REPORTS", "PUBLIC"] as const)[n % 3]!,
      highlighted,
      quoteHighlighted: highlighted && n % 40 === 0,
    });
    rows.push(row);
    const count = 1 + random(3);
    const chosen = new Set<string>();
    while (chosen.size < count) chosen.add(themeIds[random(themeIds.length)]!);
    for (const themeId of chosen) tags.push({ checkInId, themeId });
  }
  // One check-in still to come per grant, some already late.
  for (let grant = 0; grant < grants; grant++) {
    rows.push(
      dueCheckIn({
        id: id("due", grant, tag),
        grantId: id("grt", grant, tag),
        position: 10,
        dueOn: new Date(now + (random(120) - 30) * DAY),
      }),
    );
  }
  await insert("CheckIn", rows);
  await insert("CheckInTheme", tags);

  const cookie = (await startSession(new Request("http://127.0.0.1/"), admin.id)).split(";")[0]!;
  return { funderId: funder.id, cookie, tags: tags.length };
}
