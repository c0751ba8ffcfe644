import { beforeAll, describe, expect, it } from "vitest";
import { loader as grantsPage } from "~/routes/fund.$funderId.grants._index";
import { loader as ledgerPage } from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.ledger";
import { loader as schemeAuditPage } from "~/routes/fund.$funderId.schemes.$schemeId.audit";
import { db } from "~/services/platform/db.server";
import { largeStaff, seedLargePortfolio } from "../../bench/portfolio-setup";
import { useTestDatabase } from "../support/database";
import { call } from "../support/panels";
import { signedInCookie } from "../support/requests";

useTestDatabase();

// More grants and applications than one database statement may list as parameters.
const scale = 0.6;
let funderId: string;
let cookie: string;

beforeAll(async () => {
  const counts = await seedLargePortfolio(db(), {
    databaseUrl: process.env.DATABASE_URL!,
    scale,
    now: new Date("2026-12-08T10:00:00Z"),
  });
  funderId = counts!.funderId;
  const admin = await db().user.findUniqueOrThrow({ where: { email: largeStaff[0].email } });
  cookie = await signedInCookie(admin.id);
}, 240_000);

describe("a funder's pages over years of grants", () => {
  it("lists the grants a page at a time, with what the whole portfolio was awarded and paid", async () => {
    const grants = await db().grant.count({ where: { funderId } });
    expect(grants).toBeGreaterThan(1000);
    const page = (await call(grantsPage, `/fund/${funderId}/grants`, { funderId }, cookie)) as {
      rows: unknown[];
      count: number;
      totals: { awardedMinor: number; paidMinor: number }[];
    };
    expect(page.count).toBe(grants);
    expect(page.rows.length).toBeLessThanOrEqual(50);
    const paid = await db().payment.aggregate({
      where: { application: { grant: { is: { funderId } } } },
      _sum: { amountMinor: true },
    });
    expect(page.totals.reduce((sum, total) => sum + total.paidMinor, 0)).toBe(
      paid._sum.amountMinor,
    );
  });

  it("pages a scheme's change history however many applications it has had", async () => {
    const scheme = await db().scheme.findFirstOrThrow({
      where: { funderId },
      orderBy: { id: "asc" },
    });
    const applications = await db().application.count({
      where: { pot: { round: { schemeId: scheme.id } } },
    });
    expect(applications).toBeGreaterThan(1000);
    const path = `/fund/${funderId}/schemes/${scheme.id}/audit`;
    const first = await call(schemeAuditPage, path, { funderId, schemeId: scheme.id }, cookie);
    expect(first instanceof Response ? first.status : 200).toBe(200);
    const { events } = first as { events: { id: string; createdAt: string | Date }[] };
    expect(events.length).toBeGreaterThan(0);
    const times = events.map((event) => new Date(event.createdAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("lists a decided round's sent applications on the ledger page fifty at a time", async () => {
    const round = await db().round.findFirstOrThrow({
      where: { scheme: { funderId }, pots: { some: { applications: { some: {} } } } },
      orderBy: { opensAt: "asc" },
    });
    const sent = await db().application.count({
      where: { pot: { roundId: round.id }, status: { not: "DRAFT" } },
    });
    expect(sent).toBeGreaterThan(100);
    const params = { funderId, schemeId: round.schemeId, roundId: round.id };
    const path = `/fund/${funderId}/schemes/${round.schemeId}/rounds/${round.id}/ledger`;
    type Ledger = { applications: { id: string }[]; page: number; pages: number };
    const first = (await call(ledgerPage, path, params, cookie)) as Ledger;
    const second = (await call(ledgerPage, `${path}?page=2`, params, cookie)) as Ledger;
    expect(first.applications).toHaveLength(50);
    expect(first.pages).toBe(Math.ceil(sent / 50));
    expect(second.page).toBe(2);
    const firstIds = new Set(first.applications.map((application) => application.id));
    expect(second.applications.some((application) => firstIds.has(application.id))).toBe(false);
  });
});
