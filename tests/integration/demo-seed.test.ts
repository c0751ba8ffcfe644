import { describe, expect, it } from "vitest";
import { validateAnswers } from "~/domain/forms/answers-schema";
import { formDefinitionSchema } from "~/domain/forms/definition-schema";
import { checkInStatus } from "~/domain/monitoring/check-in-status";
import { mayAppear } from "~/domain/outcomes/consent";
import { loadRoundLedger } from "~/services/schemes/ledger.server";
import { loader as schemePage } from "~/routes/schemes.$slug._index";
import { queueCheckInReminders } from "~/services/monitoring/reminders.server";
import { db } from "~/services/platform/db.server";
import { demoPeople } from "../../prisma/seed/demo-people";
import { seedDemo } from "../../prisma/seed/demo";
import { useTestDatabase } from "../support/database";
import { makeRequest, run, unwrap } from "../support/requests";

/** Every funder text on a page: the { text, locale } pairs `translated()` gives. */
function funderTexts(value: unknown): { text: string; locale: string }[] {
  if (Array.isArray(value)) return value.flatMap(funderTexts);
  if (!value || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  if (typeof record.text === "string" && typeof record.locale === "string")
    return [{ text: record.text, locale: record.locale }];
  return Object.values(record).flatMap(funderTexts);
}

useTestDatabase();

describe("the demo data", () => {
  it("shows a scheme with an open round and three pots, one with a 60% by-and-for floor", async () => {
    await seedDemo(db());
    const scheme = await db().scheme.findUniqueOrThrow({
      where: { slug: "riverside-together" },
      include: { rounds: { include: { pots: true } } },
    });
    const round = scheme.rounds[0]!;
    expect(round.opensAt.getTime()).toBeLessThan(Date.now());
    expect(round.closesAt.getTime()).toBeGreaterThan(Date.now());
    expect(round.pots).toHaveLength(3);
    expect(round.pots.filter((pot) => pot.floorBasisPoints === 6000)).toHaveLength(1);
    expect(round.formVersionId).not.toBeNull();
  });

  it("has a review panel ready for the round: its pots, three reviews, a community reviewer, a deadline", async () => {
    const panel = await db().panel.findFirstOrThrow({
      where: { name: "2027 review panel" },
      include: { pots: true, round: { include: { pots: true } } },
    });
    expect(panel).toMatchObject({ reviewsNeeded: 3, communityReviewerRequired: true });
    expect(panel.pots.map((pot) => pot.potId).sort()).toEqual(
      panel.round.pots.map((pot) => pot.id).sort(),
    );
    expect(panel.reviewDeadline!.getTime() - panel.round.closesAt.getTime()).toBe(
      14 * 24 * 60 * 60 * 1000,
    );
  });

  it("has last year's round in review: conflicts declared, one pot decided within its money, one waiting with reviews in progress", async () => {
    const panel = await db().panel.findFirstOrThrow({
      where: { name: "2026 review panel" },
      include: {
        members: true,
        conflicts: true,
        reviews: true,
        assignments: true,
        round: {
          include: { pots: { include: { applications: { include: { decision: true } } } } },
        },
      },
    });
    expect(panel.members).toHaveLength(5);
    expect(panel.members.every((member) => member.conflictsCheckedAt)).toBe(true);
    expect(panel.conflicts.length).toBeGreaterThan(0);
    for (const conflict of panel.conflicts) {
      expect(
        panel.assignments.some(
          (a) => a.userId === conflict.userId && a.applicationId === conflict.applicationId,
        ),
      ).toBe(false);
    }
    expect(new Set(panel.reviews.map((review) => review.status))).toEqual(
      new Set(["DRAFT", "SUBMITTED"]),
    );
    const [decided, waiting] = panel.round.pots.sort((a, b) => a.position - b.position);
    expect(decided!.applications.every((a) => a.decision?.confirmedAt)).toBe(true);
    const awarded = decided!.applications.reduce((sum, a) => sum + (a.awardedMinor ?? 0), 0);
    expect(awarded).toBeGreaterThan(0);
    expect(awarded).toBeLessThanOrEqual(decided!.amountMinor!);
    expect(new Set(decided!.applications.map((a) => a.status))).toEqual(
      new Set(["AWARDED", "WAITLISTED", "DECLINED"]),
    );
    expect(waiting!.applications.every((a) => a.status === "IN_REVIEW" && !a.decision)).toBe(true);
    const unscored = waiting!.applications.filter(
      (a) => !panel.reviews.some((review) => review.applicationId === a.id),
    );
    expect(unscored.map((a) => a.answerLanguage)).toContain("ar");
  });

  it("has a demo person for every role, and an informal group with a host", async () => {
    expect(
      await db().user.count({ where: { email: { in: demoPeople.map((p) => p.email) } } }),
    ).toBe(demoPeople.length);
    const roles = await Promise.all([
      db().funderMember.findMany({ select: { role: true } }),
      db().panelMember.findMany({ select: { role: true } }),
      db().organisationMember.findMany({ select: { role: true } }),
    ]);
    expect(new Set(roles.flat().map((m) => m.role))).toEqual(
      new Set([
        "ADMIN",
        "PROGRAMME_OFFICER",
        "VIEWER",
        "CHAIR",
        "COMMUNITY_REVIEWER",
        "SPECIALIST",
        "OWNER",
        "MEMBER",
      ]),
    );
    expect(await db().user.count({ where: { isPlatformAdmin: true } })).toBe(1);
    const informal = await db().organisation.findFirstOrThrow({
      where: { legalForm: "INFORMAL_GROUP" },
    });
    expect(informal.hostOrganisationId).not.toBeNull();
  });

  it("has a co-designed form with accepted and declined suggestions", async () => {
    const statuses = await db().formSuggestion.findMany({ select: { status: true, reply: true } });
    expect(statuses.some((s) => s.status === "ACCEPTED")).toBe(true);
    expect(statuses.some((s) => s.status === "DECLINED")).toBe(true);
    expect(statuses.every((s) => s.reply)).toBe(true);
  });

  it("has draft and sent applications in several languages, each valid against its form", async () => {
    const applications = await db().application.findMany({
      include: { formVersion: true, pot: true },
    });
    expect(new Set(applications.map((a) => a.answerLanguage))).toEqual(
      new Set(["ar", "uk", "en", "fa", "es", "fr"]),
    );
    expect(applications.some((a) => a.status === "DRAFT")).toBe(true);
    expect(applications.filter((a) => a.status === "SUBMITTED").length).toBeGreaterThanOrEqual(2);
    const submitted = applications.filter((a) => a.status !== "DRAFT");
    expect(submitted.length).toBeGreaterThanOrEqual(10);
    for (const application of submitted) {
      const result = validateAnswers(
        formDefinitionSchema.parse(application.formVersion!.definition),
        application.answers,
        {
          currency: "EUR",
          potMaxMinor: application.pot.maxGrantMinor,
        },
      );
      expect(result.ok).toBe(true);
      expect(application.requestedMinor).toBeGreaterThan(0);
    }
  });

  it.each(["ar", "fa", "uk", "es", "fr"])(
    "shows the scheme page in %s with every funder text translated, pot descriptions included",
    async (lng) => {
      const page = unwrap<{ rounds?: unknown }>(
        await run(schemePage, makeRequest(`/schemes/riverside-together?lng=${lng}`), {
          slug: "riverside-together",
        }),
      );
      const texts = funderTexts(page.data);
      const pots = await db().pot.findMany();
      const englishDescriptions = pots.map((pot) => (pot.description as { en: string }).en);
      // Title, description, round and each pot's name and description; none falls back to English.
      expect(texts.length).toBeGreaterThanOrEqual(8);
      expect(texts.filter((text) => text.locale !== lng)).toEqual([]);
      for (const english of englishDescriptions)
        expect(JSON.stringify(page.data)).not.toContain(english);
    },
  );

  it("has the form, and the funder's replies, in the language of whoever reads them", async () => {
    const version = await db().formVersion.findFirstOrThrow();
    const definition = formDefinitionSchema.parse(version.definition);
    const texts = definition.sections.flatMap((section) => [
      section.title,
      ...(section.description ? [section.description] : []),
      ...section.questions.flatMap((question) => [
        question.label,
        ...(question.help ? [question.help] : []),
      ]),
    ]);
    for (const text of texts)
      expect(Object.keys(text).sort()).toEqual(["ar", "en", "es", "fa", "fr", "uk"]);
    const suggestions = await db().formSuggestion.findMany();
    const arabic = suggestions.filter((suggestion) => suggestion.locale === "ar");
    expect(arabic.length).toBeGreaterThan(0);
    for (const suggestion of arabic) expect(suggestion.reply).toMatch(/[\u0600-\u06FF]/);
  });

  it("has a finished 2025 round whose portfolio adds up: paid within awarded within each pot", async () => {
    const round = await db().round.findFirstOrThrow({
      where: { mscEnabled: true },
      include: { changeDomains: true, pots: true },
    });
    expect(round.changeDomains).toHaveLength(4);
    expect(round.pots).toHaveLength(3);
    const { ledger } = (await loadRoundLedger(round.id))!;
    for (const pot of ledger.pots) {
      expect(pot.paidMinor).toBeLessThanOrEqual(pot.awardedMinor);
      expect(pot.awardedMinor).toBeLessThanOrEqual(pot.budgetMinor);
    }
    const grants = await db().grant.findMany({
      where: { application: { pot: { roundId: round.id } } },
      include: {
        application: { include: { payments: true } },
        tranches: { include: { payment: true } },
        changes: true,
      },
    });
    expect(grants.length).toBeGreaterThanOrEqual(40);
    const statuses = new Set(grants.map((grant) => grant.status));
    expect(statuses).toEqual(new Set(["ACTIVE", "COMPLETED", "ENDED_EARLY", "REVOKED"]));
    for (const grant of grants) {
      const paid = grant.application.payments.reduce((sum, p) => sum + p.amountMinor, 0);
      expect(paid).toBeLessThanOrEqual(grant.application.awardedMinor ?? 0);
      // Every payment is a tranche's, and every paid tranche has its payment.
      expect(grant.tranches.filter((t) => t.payment).map((t) => t.payment!.amountMinor)).toEqual(
        grant.tranches.filter((t) => t.paymentId).map((t) => t.amountMinor),
      );
      expect(grant.tranches.filter((t) => t.paymentId)).toHaveLength(
        grant.application.payments.length,
      );
      if (grant.status === "REVOKED" || grant.status === "ENDED_EARLY")
        expect(grant.changes.find((change) => change.kind === grant.status)?.reason).toBeTruthy();
      if (grant.status === "REVOKED") expect(grant.application.awardedMinor).toBeNull();
    }
  });

  it("has a hundred or more check-ins in six languages, highlighted only within their consent, all the funder's", async () => {
    const funder = await db().funder.findUniqueOrThrow({ where: { slug: "riverside" } });
    const checkIns = await db().checkIn.findMany({
      include: { grant: true, themes: { include: { theme: true } } },
    });
    expect(checkIns.length).toBeGreaterThanOrEqual(100);
    expect(checkIns.every((checkIn) => checkIn.grant.funderId === funder.id)).toBe(true);
    const sent = checkIns.filter((checkIn) => checkIn.submittedAt);
    expect(new Set(sent.map((checkIn) => checkIn.answerLanguage))).toEqual(
      new Set(["en", "ar", "uk", "fa", "es", "fr"]),
    );
    expect(checkIns.some((c) => !c.submittedAt && c.dueOn < new Date())).toBe(true);
    expect(checkIns.some((c) => !c.submittedAt && c.dueOn > new Date())).toBe(true);
    expect(checkIns.filter((c) => c.kind === "CONVERSATION").length).toBeGreaterThanOrEqual(3);
    const highlighted = checkIns.filter((c) => c.storyHighlightedAt || c.quoteHighlightedAt);
    expect(highlighted.length).toBeGreaterThanOrEqual(10);
    for (const checkIn of highlighted)
      expect(mayAppear(checkIn.storyConsent, "reports")).toBe(true);
    const coded = checkIns.filter((checkIn) => checkIn.themes.length > 0);
    expect(coded.length).toBeGreaterThanOrEqual(50);
    for (const checkIn of coded) {
      expect(checkIn.submittedAt).not.toBeNull();
      for (const tag of checkIn.themes) expect(tag.theme.funderId).toBe(funder.id);
    }
  });

  it("queues no check-in reminder when the demo server starts, though some check-ins show as late", async () => {
    const now = new Date();
    const open = await db().checkIn.findMany({
      where: { kind: "CHECK_IN", submittedAt: null, grant: { status: "ACTIVE" } },
    });
    const statuses = new Set(open.map((checkIn) => checkInStatus(checkIn, now)));
    expect(statuses.has("late")).toBe(true);
    expect(statuses.has("due") || statuses.has("upcoming")).toBe(true);

    // The server runs its jobs once as it starts; the reminders would hold up every other
    // email of the demo mailbox behind them.
    expect(await queueCheckInReminders(now)).toBe(0);
    expect(await db().outboundEmail.count({ where: { template: "check-in-reminder" } })).toBe(0);
  });

  it("has a Most Significant Change choice per domain and a survey with enough answers to show", async () => {
    const round = await db().round.findFirstOrThrow({
      where: { mscEnabled: true },
      include: { changeDomains: true },
    });
    const selections = await db().mscSelection.findMany({ where: { roundId: round.id } });
    expect(new Set(selections.map((s) => s.changeDomainId))).toEqual(
      new Set(round.changeDomains.map((domain) => domain.id)),
    );
    for (const selection of selections) {
      const checkIn = await db().checkIn.findUniqueOrThrow({ where: { id: selection.checkInId } });
      expect(checkIn.changeDomainId).toBe(selection.changeDomainId);
    }
    expect(
      await db().feedbackResponse.count({ where: { roundId: round.id } }),
    ).toBeGreaterThanOrEqual(5);
    expect(await db().feedbackReceipt.count({ where: { roundId: round.id } })).toBe(
      await db().feedbackResponse.count({ where: { roundId: round.id } }),
    );
  });

  it("does nothing when loaded twice", async () => {
    const before = await db().application.count();
    await seedDemo(db());
    expect(await db().application.count()).toBe(before);
    expect(await db().scheme.count()).toBe(1);
  });
});
