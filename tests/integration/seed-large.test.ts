import { join } from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { validateAnswers } from "~/domain/forms/answers-schema";
import { formDefinitionSchema } from "~/domain/forms/definition-schema";
import { supportedLocales } from "~/domain/shared/locales";
import { loader as dashboard } from "~/routes/fund.$funderId._index";
import { loader as auditPage } from "~/routes/fund.$funderId.audit";
import { loader as grantsPage } from "~/routes/fund.$funderId.grants._index";
import { loader as outcomesPage } from "~/routes/fund.$funderId.outcomes._index";
import { createDb, db, type Db } from "~/services/platform/db.server";
import {
  applyMigrations,
  postgresConnectionString,
  postgresSchemaOf,
} from "~/services/platform/migrations.server";
import { issueSignInCode, verifySignInCode } from "~/services/platform/sign-in-codes.server";
import { loadRoundLedger } from "~/services/schemes/ledger.server";
import {
  largeFunderSlug,
  largeStaff,
  seedLargePortfolio,
  sizesAt,
} from "../../bench/portfolio-setup";
import { useTestDatabase } from "../support/database";
import { call } from "../support/panels";
import { signedInCookie } from "../support/requests";

useTestDatabase();

const scale = 0.01;
const now = new Date("2026-12-08T10:00:00Z");
const size = sizesAt(scale);
let funderId: string;

/** A second, empty database of the same engine as the test's own. */
function secondDatabaseUrl() {
  const url = process.env.DATABASE_URL!;
  if (url.startsWith("file:")) return `file:${join(process.env.DATA_DIR!, "second.db")}`;
  const second = new URL(url);
  second.searchParams.set("schema", `${postgresSchemaOf(url)}_second`);
  return second.toString();
}

/** What two runs must agree on: ids, answers, scores, money, texts, in id order. */
async function portfolioOf(target: Db) {
  const byId = { orderBy: { id: "asc" as const } };
  return {
    applications: await target.application.findMany({
      ...byId,
      select: {
        id: true,
        reference: true,
        status: true,
        potId: true,
        organisationId: true,
        answers: true,
        answerLanguage: true,
        requestedMinor: true,
        awardedMinor: true,
      },
    }),
    reviews: await target.review.findMany({
      ...byId,
      select: { id: true, applicationId: true, userId: true, status: true, scores: true },
    }),
    grants: await target.grant.findMany({
      ...byId,
      select: { id: true, applicationId: true, status: true, startsOn: true },
    }),
    payments: await target.payment.findMany({ ...byId, select: { id: true, amountMinor: true } }),
    checkIns: await target.checkIn.findMany({
      ...byId,
      select: { id: true, answers: true, submittedAt: true, themes: { select: { themeId: true } } },
    }),
    audit: await target.auditEvent.findMany({
      ...byId,
      select: { id: true, action: true, entityId: true },
    }),
    emails: await target.outboundEmail.findMany({
      ...byId,
      select: { id: true, dedupeKey: true, payload: true },
    }),
  };
}

beforeAll(async () => {
  const counts = await seedLargePortfolio(db(), {
    databaseUrl: process.env.DATABASE_URL!,
    scale,
    now,
  });
  funderId = counts!.funderId;
});

describe("npm run seed:large at a hundredth of its size", () => {
  it("writes the planned numbers of everything for one funder", async () => {
    const ofFunder = { pot: { round: { scheme: { funderId } } } };
    expect(await db().funder.count()).toBe(1);
    expect(await db().round.count({ where: { scheme: { funderId } } })).toBe(20);
    expect(await db().pot.count({ where: { round: { scheme: { funderId } } } })).toBe(60);
    expect(await db().application.count({ where: ofFunder })).toBe(size.applications);
    expect(await db().review.count({ where: { application: ofFunder } })).toBe(size.reviews);
    expect(await db().grant.count({ where: { funderId } })).toBe(size.grants);
    expect(await db().checkIn.count({ where: { grant: { funderId } } })).toBe(size.checkIns);
    expect(await db().auditEvent.count({ where: { funderId } })).toBe(size.auditEvents);
    expect(await db().outboundEmail.count()).toBe(size.emails);
    expect(size).toMatchObject({ applications: 100, reviews: 400, grants: 20, emails: 500 });
  });

  it("writes the same records into a fresh database, and nothing on a second run", async () => {
    expect(
      await seedLargePortfolio(db(), { databaseUrl: process.env.DATABASE_URL!, scale, now }),
    ).toBeNull();
    const url = secondDatabaseUrl();
    await applyMigrations(url);
    const second = createDb(url);
    try {
      await seedLargePortfolio(second, { databaseUrl: url, scale, now });
      expect(await second.funder.findUnique({ where: { slug: largeFunderSlug } })).not.toBeNull();
      const [first, again] = [await portfolioOf(db()), await portfolioOf(second)];
      expect(again.applications.length).toBe(size.applications);
      expect(again).toEqual(first);
    } finally {
      await second.$disconnect();
      if (!url.startsWith("file:")) {
        const client = new pg.Client({ connectionString: postgresConnectionString(url) });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${postgresSchemaOf(url)}" CASCADE`);
        await client.end();
      }
    }
  });

  it("has applications in all six languages, each sent one answering its form version", async () => {
    const applications = await db().application.findMany({
      include: { formVersion: true, pot: true },
    });
    expect(new Set(applications.map((a) => a.answerLanguage))).toEqual(new Set(supportedLocales));
    const sent = applications.filter((a) => a.status !== "DRAFT");
    expect(sent.length).toBeGreaterThan(size.applications / 2);
    for (const application of sent) {
      const result = validateAnswers(
        formDefinitionSchema.parse(application.formVersion!.definition),
        application.answers,
        { currency: "EUR", potMaxMinor: application.pot.maxGrantMinor },
      );
      expect(result.ok, application.id).toBe(true);
      expect(application.requestedMinor).toBeGreaterThanOrEqual(application.pot.minGrantMinor);
    }
  });

  it("keeps every pot's ledger within its money, and pays no grant more than its award", async () => {
    const rounds = await db().round.findMany({ where: { scheme: { funderId } } });
    for (const round of rounds) {
      const { ledger } = (await loadRoundLedger(round.id))!;
      expect(ledger.unallocatedMinor).toBe(0);
      for (const pot of ledger.pots) {
        expect(pot.remainingMinor, round.id).toBeGreaterThanOrEqual(0);
        expect(pot.paidMinor).toBeLessThanOrEqual(pot.awardedMinor);
      }
    }
    const grants = await db().grant.findMany({
      include: {
        application: { include: { payments: true, decision: true, pot: true } },
        tranches: true,
      },
    });
    for (const grant of grants) {
      const { application } = grant;
      expect(application.status).toBe("AWARDED");
      expect(application.decision).toMatchObject({
        outcome: "AWARD",
        amountMinor: application.awardedMinor,
      });
      expect(grant.organisationId).toBe(application.organisationId);
      expect(application.awardedMinor).toBeGreaterThanOrEqual(application.pot.minGrantMinor);
      const paid = application.payments.reduce((sum, payment) => sum + payment.amountMinor, 0);
      expect(paid).toBeLessThanOrEqual(application.awardedMinor!);
      expect(grant.tranches.reduce((sum, tranche) => sum + tranche.amountMinor, 0)).toBe(
        application.awardedMinor,
      );
    }
  });

  it("has reviews only by members of the panel covering the pot, with an assignment and its rubric", async () => {
    const reviews = await db().review.findMany({
      include: {
        rubricVersion: true,
        panel: { include: { members: true, pots: true, assignments: true } },
        application: true,
      },
    });
    for (const review of reviews) {
      expect(review.rubricVersion.panelId).toBe(review.panelId);
      expect(review.panel.members.map((m) => m.userId)).toContain(review.userId);
      expect(review.panel.pots.map((p) => p.potId)).toContain(review.application.potId);
      expect(
        review.panel.assignments.some(
          (a) => a.userId === review.userId && a.applicationId === review.applicationId,
        ),
      ).toBe(true);
      expect(["IN_REVIEW", "AWARDED", "DECLINED", "WAITLISTED"]).toContain(
        review.application.status,
      );
    }
    const themes = await db().checkInTheme.findMany({ include: { theme: true } });
    expect(themes.length).toBeGreaterThan(0);
    expect(themes.every((tag) => tag.theme.funderId === funderId)).toBe(true);
  });

  it("lets the funder's staff sign in and open the dashboard, grants, audit log and outcomes", async () => {
    const { email, code } = await issueSignInCode(largeStaff[0].email, "en");
    expect(await verifySignInCode(email, code)).toEqual({ ok: true, email });
    for (const person of largeStaff) {
      const user = await db().user.findUniqueOrThrow({
        where: { email: person.email },
        include: { funderMemberships: true },
      });
      expect(user.funderMemberships).toEqual([
        expect.objectContaining({ funderId, role: person.role }),
      ]);
    }
    const admin = await db().user.findUniqueOrThrow({ where: { email: largeStaff[0].email } });
    const cookie = await signedInCookie(admin.id);
    for (const [loader, path] of [
      [dashboard, ""],
      [grantsPage, "/grants"],
      [auditPage, "/audit"],
      [outcomesPage, "/outcomes"],
    ] as const) {
      const result = await call(loader, `/fund/${funderId}${path}`, { funderId }, cookie);
      expect(result instanceof Response ? result.status : 200, path).toBe(200);
    }
  });
});
