import { beforeAll, describe, expect, it } from "vitest";
import type { Explanation } from "~/domain/eligibility/eligibility";
import { explain } from "~/domain/eligibility/explain";
import { loader as checkerLoader } from "~/routes/schemes.$slug.check";
import { loader as schemeLoader } from "~/routes/schemes.$slug._index";
import { loader as listLoader } from "~/routes/schemes._index";
import { db } from "~/services/platform/db.server";
import { translatorFor } from "~/services/platform/i18n.server";
import { postgresSchemaOf } from "~/services/platform/migrations.server";
import { seedDemo } from "../support/demo-world";
import { useTestDatabase } from "../support/database";
import { makeRequest, run, unwrap } from "../support/requests";

useTestDatabase();

const DAY = 24 * 60 * 60 * 1000;
const text = (en: string) => ({ en });

/** A published scheme with one round, for the cases the demo data does not cover. */
async function addScheme(
  slug: string,
  options: { published?: boolean; opensInDays: number; closesInDays: number; rules?: unknown[][] },
) {
  const funder = await db().funder.upsert({
    where: { slug: "test-funder" },
    update: {},
    create: { slug: "test-funder", name: "Test Foundation" },
  });
  const now = Date.now();
  await db().scheme.create({
    data: {
      funderId: funder.id,
      slug,
      currency: "EUR",
      timeZone: "Europe/Madrid",
      published: options.published ?? true,
      title: text(`Scheme ${slug}`),
      description: text("A test scheme."),
      rounds: {
        create: {
          name: text("Only round"),
          opensAt: new Date(now + options.opensInDays * DAY),
          closesAt: new Date(now + options.closesInDays * DAY),
          budgetMinor: 1_000_000,
          pots: {
            create: (options.rules ?? [[]]).map((eligibility, position) => ({
              position,
              name: text(`Pot ${position + 1}`),
              description: text("A pot."),
              amountMinor: 400_000,
              minGrantMinor: 10_000,
              maxGrantMinor: 100_000,
              eligibility: eligibility as object[],
            })),
          },
        },
      },
    },
  });
}

beforeAll(async () => {
  await seedDemo(db());
  await addScheme("hidden-draft", { published: false, opensInDays: -1, closesInDays: 10 });
  await addScheme("long-closed", { opensInDays: -60, closesInDays: -1 });
  await addScheme("opening-soon", { opensInDays: 5, closesInDays: 40 });
  await addScheme("registered-groups", {
    opensInDays: -1,
    closesInDays: 20,
    rules: [
      [{ type: "legalForms", allowed: ["ASSOCIATION", "INFORMAL_GROUP"], informalNeedsHost: true }],
      [{ type: "minYearsActive", years: 3 }],
      [{ type: "legalForms", allowed: ["INFORMAL_GROUP"], informalNeedsHost: false }],
    ],
  });
});

type ListData = Awaited<ReturnType<typeof listLoader>>;
type SchemeData = Awaited<ReturnType<typeof schemeLoader>>;
type CheckerData = {
  asked: string[];
  areas: string[];
  values: Record<string, string>;
  errors: Record<string, { key: string }> | null;
  results: Array<{
    name: { text: string; locale: string };
    verdict: string;
    reasons: Explanation[];
  }> | null;
};

async function list(path = "/schemes") {
  return (await run(listLoader, makeRequest(path))) as ListData;
}

async function schemePage(slug: string, query = "") {
  return run(schemeLoader, makeRequest(`/schemes/${slug}${query}`), { slug });
}

async function check(slug: string, answers: Record<string, string>, lng?: string) {
  const params = new URLSearchParams({ ...answers, checked: "1", ...(lng ? { lng } : {}) });
  const result = await run(checkerLoader, makeRequest(`/schemes/${slug}/check?${params}`), {
    slug,
  });
  return unwrap<CheckerData>(result);
}

const amalsAnswers = {
  legalForm: "INFORMAL_GROUP",
  host: "no",
  byAndFor: "yes",
  leadership: "100",
  income: "3000",
  area: "Riverside",
  years: "2",
};

const verdicts = (data: CheckerData) =>
  Object.fromEntries(data.results!.map((pot) => [pot.name.text, pot.verdict]));

describe("the list of open grant schemes", () => {
  it("shows published schemes with a round still to close, and nothing else", async () => {
    const { schemes } = await list();
    const slugs = schemes.map((scheme) => scheme.slug);
    expect(slugs).toContain("riverside-together");
    expect(slugs).toContain("opening-soon");
    expect(slugs).not.toContain("hidden-draft");
    expect(slugs).not.toContain("long-closed");
  });

  it("says whether each round is open now or opens later, with its date", async () => {
    const { schemes } = await list();
    const demo = schemes.find((scheme) => scheme.slug === "riverside-together")!;
    const round = await db().round.findFirstOrThrow({
      where: { scheme: { slug: "riverside-together" } },
    });
    expect(demo.funder).toBe("Riverside City Council");
    expect(demo.timeZone).toBe("Europe/Dublin");
    expect(demo.rounds).toEqual([
      expect.objectContaining({ state: "open", date: round.closesAt.toISOString() }),
    ]);
    const soon = schemes.find((scheme) => scheme.slug === "opening-soon")!;
    expect(soon.rounds[0]?.state).toBe("upcoming");
  });

  it("gives titles in the visitor's language, and says which language each is in", async () => {
    const { schemes, pageTitle } = await list("/schemes?lng=ar");
    const demo = schemes.find((scheme) => scheme.slug === "riverside-together")!;
    expect(pageTitle).toBe("برامج المنح المفتوحة");
    expect(demo.title).toEqual({ text: "ريفرسايد معًا: منح لدمج المجتمعات", locale: "ar" });
    const soon = schemes.find((scheme) => scheme.slug === "opening-soon")!;
    expect(soon.title.locale).toBe("en");
  });
});

describe("a scheme's page", () => {
  it("shows each pot's money, a share pot's worked out from the round budget", async () => {
    const scheme = (await schemePage("riverside-together")) as SchemeData;
    const [round] = scheme.rounds;
    expect(round!.budgetMinor).toBe(12_000_000);
    const money = round!.pots.map((pot) => [pot.name.text, pot.moneyMinor]);
    expect(money).toEqual([
      ["Grass-roots migrant women's groups", 7_200_000],
      ["Community-led activities", 3_000_000],
      ["Language and peer support", 1_800_000],
    ]);
    expect(round!.pots[0]!.grants).toEqual({
      key: "public:pot.grantRange",
      values: { min: { minor: 50_000 }, max: { minor: 500_000 } },
    });
  });

  it("explains the ring-fence and who can apply in plain words", async () => {
    const scheme = (await schemePage("riverside-together")) as SchemeData;
    const round = scheme.rounds[0]!;
    const t = await translatorFor("en");
    const say = (explanation: Explanation) => explain(t, explanation, "en", scheme.currency);
    expect(round.floors.map(say)).toEqual([
      "At least 60% of the money awarded in this round goes to groups led by and for the communities they serve.",
    ]);
    expect(round.pots[0]!.whoCanApply.map(say)).toEqual([
      "Any kind of group can apply, registered or not: unregistered groups are welcome.",
      "Groups led by and for the community they serve: at least 51% of their leaders or committee members come from that community.",
      "Yearly income up to €50,000.",
    ]);
    expect(say(round.pots[0]!.grants)).toBe("Grants from €500 to €5,000");
  });

  it("gives the round's dates and the scheme's time zone for showing them", async () => {
    const scheme = (await schemePage("riverside-together")) as SchemeData;
    const round = await db().round.findFirstOrThrow({
      where: { scheme: { slug: "riverside-together" } },
    });
    expect(scheme.timeZone).toBe("Europe/Dublin");
    expect(scheme.rounds[0]).toMatchObject({
      opensAt: round.opensAt.toISOString(),
      closesAt: round.closesAt.toISOString(),
      decisionAt: round.decisionAt!.toISOString(),
    });
  });

  it("marks texts the funder has not translated with the language they are in", async () => {
    const stored = await db().scheme.findUniqueOrThrow({ where: { slug: "riverside-together" } });
    const description = stored.description as Record<string, string>;
    // The funder wrote this one text in English only.
    await db().scheme.update({
      where: { id: stored.id },
      data: { description: { en: description.en! } },
    });
    try {
      const scheme = (await schemePage("riverside-together", "?lng=fa")) as SchemeData;
      expect(scheme.title.locale).toBe("fa");
      expect(scheme.description).toMatchObject({ locale: "en" });
      expect(scheme.rounds[0]!.pots[0]!.name.locale).toBe("fa");
    } finally {
      await db().scheme.update({ where: { id: stored.id }, data: { description } });
    }
  });

  it.each(["no-such-scheme", "hidden-draft"])("is not found for %s", async (slug) => {
    const response = (await schemePage(slug)) as Response;
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(404);
    const checker = (await run(checkerLoader, makeRequest(`/schemes/${slug}/check`), {
      slug,
    })) as Response;
    expect(checker.status).toBe(404);
  });
});

describe("the 'Can we apply?' checker", () => {
  it("asks only the questions the round's pots need, with the areas they name", async () => {
    const { data } = unwrap<CheckerData>(
      await run(checkerLoader, makeRequest("/schemes/riverside-together/check"), {
        slug: "riverside-together",
      }),
    );
    expect(data.asked).toEqual(["byAndFor", "leadership", "income", "area"]);
    expect(data.areas).toEqual(["Riverside"]);
    expect(data.results).toBeNull();
    const other = unwrap<CheckerData>(
      await run(checkerLoader, makeRequest("/schemes/registered-groups/check"), {
        slug: "registered-groups",
      }),
    );
    expect(other.data.asked).toEqual(["legalForm", "host", "years"]);
  });

  it("tells a small unregistered Arabic women's group which pots fit", async () => {
    const { status, data } = await check("riverside-together", amalsAnswers);
    expect(status).toBe(200);
    expect(verdicts(data)).toEqual({
      "Grass-roots migrant women's groups": "yes",
      "Community-led activities": "yes",
      "Language and peer support": "yes",
    });
  });

  it("tells the same group why other pots do not fit: no host, too few years", async () => {
    const { data } = await check("registered-groups", amalsAnswers);
    expect(
      data.results!.map((pot) => [pot.verdict, pot.reasons.map((reason) => reason.key)]),
    ).toEqual([
      ["no", ["eligibility:legalForm.needsHost"]],
      ["no", ["eligibility:years.tooFew"]],
      ["yes", ["eligibility:legalForm.allowed"]],
    ]);
    const { data: withHost } = await check("registered-groups", { ...amalsAnswers, host: "yes" });
    expect(withHost.results![0]!.verdict).toBe("yes");
  });

  it("explains in Arabic why a pot does not fit a group whose income is above its limit", async () => {
    const { data } = await check("riverside-together", { ...amalsAnswers, income: "60000" }, "ar");
    const [byAndForPot, , languagePot] = data.results!;
    expect(byAndForPot!.name).toEqual({ text: "مجموعات النساء المهاجرات المحلية", locale: "ar" });
    expect(byAndForPot!.verdict).toBe("no");
    expect(languagePot!.verdict).toBe("yes");
    const t = await translatorFor("ar");
    const [why] = byAndForPot!.reasons.map((reason) => explain(t, reason, "ar", "EUR"));
    expect(why).toContain("دخل مجموعتكم السنوي");
    expect(why).toContain("أعلى من");
    expect(why).toContain(
      new Intl.NumberFormat("ar", {
        style: "currency",
        currency: "EUR",
        minimumFractionDigits: 0,
      }).format(50_000),
    );
    expect(why).not.toMatch(/[A-Za-z]/);
  });

  it("says what it needs to know instead of guessing when questions are skipped", async () => {
    const { data } = await check("riverside-together", { byAndFor: "yes", area: "Riverside" });
    const first = data.results![0]!;
    expect(first.verdict).toBe("unknown");
    expect(first.reasons.map((reason) => reason.key)).toEqual([
      "public:checker.needToKnow.leadership",
      "public:checker.needToKnow.income",
    ]);
    const t = await translatorFor("en");
    expect(explain(t, first.reasons[1]!, "en", "EUR")).toBe(
      "To answer, we need to know your group's yearly income.",
    );
    expect(data.results![1]!.verdict).toBe("yes");
  });

  it("shows 'somewhere else' in the visitor's words when the area is outside the pot's", async () => {
    const { data } = await check("riverside-together", { ...amalsAnswers, area: "elsewhere" });
    const t = await translatorFor("en");
    const community = data.results![1]!;
    expect(community.verdict).toBe("no");
    expect(explain(t, community.reasons[0]!, "en", "EUR")).toBe(
      "This pot is for groups working in: Riverside. Your group works in another area.",
    );
  });

  it("points to a mistyped income next to the field and keeps the other answers", async () => {
    const { status, data } = await check("riverside-together", { ...amalsAnswers, income: "abc" });
    expect(status).toBe(400);
    expect(data.errors).toEqual({ income: { key: "public:checker.errors.income" } });
    expect(data.values).toEqual({
      byAndFor: "yes",
      leadership: "100",
      income: "abc",
      area: "Riverside",
    });
    expect(data.results).toBeNull();
    const t = await translatorFor("ar");
    expect(t(data.errors!.income!.key)).toMatch(/^اكتبوا المبلغ بالأرقام/);
  });
});

/** Every table's row count, read from the database itself so new tables are counted too. */
async function rowCounts(): Promise<Record<string, number>> {
  const url = process.env.DATABASE_URL!;
  const sqlite = url.startsWith("file:");
  const schema = postgresSchemaOf(url) ?? "public";
  const tables = sqlite
    ? await db().$queryRawUnsafe<{ name: string }[]>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
    : await db().$queryRawUnsafe<{ name: string }[]>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'",
        schema,
      );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const table = sqlite ? `"${name}"` : `"${schema}"."${name}"`;
    const [row] = await db().$queryRawUnsafe<{ count: number | bigint }[]>(
      `SELECT COUNT(*) AS count FROM ${table}`,
    );
    counts[name] = Number(row!.count);
  }
  return counts;
}

describe("privacy of the public pages", () => {
  it("stores nothing and sets no cookie, whatever the visitor types", async () => {
    const before = await rowCounts();
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(["User", "Organisation", "Application", "AuditEvent"]),
    );
    const pages = [
      await run(listLoader, makeRequest("/schemes?lng=ar")),
      await schemePage("riverside-together"),
      await run(
        checkerLoader,
        makeRequest(
          `/schemes/riverside-together/check?checked=1&${new URLSearchParams(amalsAnswers)}`,
        ),
        {
          slug: "riverside-together",
        },
      ),
      await run(
        checkerLoader,
        makeRequest("/schemes/riverside-together/check?checked=1&income=abc&lng=fa"),
        {
          slug: "riverside-together",
        },
      ),
    ];
    for (const page of pages) {
      expect(page).not.toBeInstanceOf(Response);
      const init = (page as { init?: ResponseInit }).init;
      expect(new Headers(init?.headers).get("Set-Cookie")).toBeNull();
    }
    expect(await rowCounts()).toEqual(before);
  });
});
