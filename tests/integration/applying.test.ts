import { describe, expect, it } from "vitest";
import { db } from "~/services/platform/db.server";
import { formatMoney } from "~/domain/shared/money";
import { config } from "~/services/platform/env.server";
import { getUser } from "~/services/access/permissions.server";
import {
  saveSection,
  sectionStates,
  startApplication,
  submitApplication,
  withdrawApplication,
  definitionOf,
  loadApplication,
} from "~/services/applications/applications.server";
import { queueDeadlineReminders } from "~/services/applications/draft-reminders.server";
import { translatorFor } from "~/services/platform/i18n.server";
import { supportedLocales } from "~/domain/shared/locales";
import { loader as schemeHistoryLoader } from "~/routes/fund.$funderId.schemes.$schemeId.audit";
import { useTestDatabase } from "../support/database";
import { createEarlierApplication, createOpenRound, createUser } from "../support/fixtures";
import { makeRequest, run, signedInCookie } from "../support/requests";

useTestDatabase();

async function actor(userId: string) {
  return (await getUser(makeRequest("/", { cookie: await signedInCookie(userId) })))!;
}

const groupAnswers = {
  about: "We meet every week to practise English and share meals.",
  registered: "no",
};
const budgetAnswers = {
  "budget.0.item": "Room hire",
  "budget.0.amount": "1200",
  "budget.1.item": "Childcare",
  "budget.1.amount": "800",
};

async function startedApplication(options: Parameters<typeof createOpenRound>[0] = {}) {
  const setup = await createOpenRound(options);
  const amina = await actor(setup.owner.id);
  const started = await startApplication(amina, {
    organisationId: setup.organisation.id,
    potId: setup.pot.id,
  });
  if (!started.ok) throw new Error(`could not start: ${started.reason}`);
  return { ...setup, amina, applicationId: started.applicationId };
}

async function fillAll(applicationId: string, who: Awaited<ReturnType<typeof actor>>) {
  await saveSection(who, {
    applicationId,
    sectionId: "group",
    raw: groupAnswers,
    expectedRevision: 0,
    reportMissing: true,
  });
  await saveSection(who, {
    applicationId,
    sectionId: "money",
    raw: budgetAnswers,
    expectedRevision: 0,
    reportMissing: true,
  });
}

describe("applying", () => {
  it("pins the application to the form version of the round when it starts", async () => {
    const { applicationId, form } = await startedApplication();
    expect((await loadApplication(applicationId))!.formVersionId).toBe(form.id);
  });

  it("refuses to start when the group does not fit the pot, and says why", async () => {
    const setup = await createOpenRound();
    await db().pot.update({
      where: { id: setup.pot.id },
      data: {
        eligibility: [
          { type: "legalForms", allowed: ["REGISTERED_CHARITY"], informalNeedsHost: false },
        ],
      },
    });
    const result = await startApplication(await actor(setup.owner.id), {
      organisationId: setup.organisation.id,
      potId: setup.pot.id,
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe("ineligible");
    expect(!result.ok && "outcomes" in result && result.outcomes[0]?.explanation.key).toBe(
      "eligibility:legalForm.notAllowed",
    );
  });

  it("does not let a stranger start an application for someone else's group", async () => {
    const setup = await createOpenRound();
    const stranger = await actor((await createUser("Stranger")).id);
    const result = await startApplication(stranger, {
      organisationId: setup.organisation.id,
      potId: setup.pot.id,
    });
    expect(result).toEqual({ ok: false, reason: "forbidden" });
  });

  it("keeps what was typed even when it is not valid yet, and marks sections complete only when valid", async () => {
    const { applicationId, amina } = await startedApplication();
    const tooLong = { about: "word ".repeat(60), registered: "no" };
    const saved = await saveSection(amina, {
      applicationId,
      sectionId: "group",
      raw: tooLong,
      expectedRevision: 0,
      reportMissing: true,
    });
    expect(saved).toMatchObject({
      ok: true,
      state: "in-progress",
      errors: { about: { key: "forms:errors.tooManyWords" } },
    });
    const application = (await loadApplication(applicationId))!;
    expect((application.answers as Record<string, string>).about).toBe(tooLong.about);
    expect(sectionStates(definitionOf(application), application)).toEqual([
      { id: "group", state: "in-progress" },
      { id: "money", state: "not-started" },
    ]);
  });

  it("does not require a hidden conditional question", async () => {
    const { applicationId, amina } = await startedApplication();
    const saved = await saveSection(amina, {
      applicationId,
      sectionId: "group",
      raw: groupAnswers,
      expectedRevision: 0,
      reportMissing: true,
    });
    expect(saved).toMatchObject({ ok: true, state: "complete", errors: {} });
    const registered = await saveSection(amina, {
      applicationId,
      sectionId: "group",
      raw: { ...groupAnswers, registered: "yes" },
      expectedRevision: 1,
      reportMissing: true,
    });
    expect(registered).toMatchObject({
      ok: true,
      state: "in-progress",
      errors: { number: { key: "forms:errors.required" } },
    });
  });

  it("refuses a stale save of the same section and hands back the newer answers", async () => {
    const { applicationId, amina, colleague } = await startedApplication();
    const olena = await actor(colleague.id);
    await saveSection(olena, {
      applicationId,
      sectionId: "group",
      raw: { ...groupAnswers, about: "Olena's newer text" },
      expectedRevision: 0,
      reportMissing: false,
    });
    const stale = await saveSection(amina, {
      applicationId,
      sectionId: "group",
      raw: { ...groupAnswers, about: "Amina's text" },
      expectedRevision: 0,
      reportMissing: false,
    });
    expect(stale).toMatchObject({
      ok: false,
      reason: "conflict",
      revision: 1,
      current: { about: "Olena's newer text" },
    });
    const application = (await loadApplication(applicationId))!;
    expect((application.answers as Record<string, string>).about).toBe("Olena's newer text");
  });

  it("lets two collaborators save different sections at the same time", async () => {
    const { applicationId, amina, colleague } = await startedApplication();
    const olena = await actor(colleague.id);
    const [a, b] = await Promise.all([
      saveSection(amina, {
        applicationId,
        sectionId: "group",
        raw: groupAnswers,
        expectedRevision: 0,
        reportMissing: true,
      }),
      saveSection(olena, {
        applicationId,
        sectionId: "money",
        raw: budgetAnswers,
        expectedRevision: 0,
        reportMissing: true,
      }),
    ]);
    expect(a.ok && b.ok).toBe(true);
    const answers = (await loadApplication(applicationId))!.answers as Record<string, string>;
    expect(answers.about).toBe(groupAnswers.about);
    expect(answers["budget.0.item"]).toBe("Room hire");
  });

  it("submits once, however many times submit is pressed, and sends one receipt in the applicant's language", async () => {
    const { applicationId, amina, colleague } = await startedApplication();
    await fillAll(applicationId, amina);
    const olena = await actor(colleague.id);
    const results = await Promise.all([
      submitApplication(amina, applicationId),
      submitApplication(amina, applicationId),
      submitApplication(olena, applicationId),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && !r.alreadySubmitted)).toHaveLength(1);
    const application = (await loadApplication(applicationId))!;
    expect(application).toMatchObject({ status: "SUBMITTED", requestedMinor: 200_000 });
    const receipts = await db().outboundEmail.findMany({
      where: { template: "application-receipt", dedupeKey: `application-receipt:${applicationId}` },
    });
    expect(receipts).toHaveLength(1);
    expect(
      await db().auditEvent.count({
        where: { entityId: applicationId, action: "applications.submitted" },
      }),
    ).toBe(1);
  });

  it("writes the receipt in Arabic for an Arabic-speaking applicant", async () => {
    const { applicationId, amina } = await startedApplication();
    await fillAll(applicationId, amina);
    await submitApplication(amina, applicationId);
    const receipt = await db().outboundEmail.findFirstOrThrow({
      where: { dedupeKey: `application-receipt:${applicationId}` },
    });
    expect(receipt.locale).toBe("ar");
    expect(receipt.subject).toContain("لقد استلمنا طلبكم");
    expect(receipt.htmlBody).toContain('dir="rtl"');
    // A summary she can keep: the amount asked for, in her language's number format, and a
    // link back to what she sent.
    const application = await db().application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(application.requestedMinor).toBeGreaterThan(0);
    // Isolated, so the amount's digits and sign keep their order inside Arabic text.
    expect(receipt.textBody).toContain(
      `المبلغ المطلوب: \u2068${formatMoney(application.requestedMinor, "EUR", "ar")}\u2069`,
    );
    expect(receipt.textBody).toContain(`/applications/${applicationId}`);
    expect(receipt.htmlBody).toContain(`href="${config().appUrl}/applications/${applicationId}"`);
  });

  it("will not submit an incomplete application and names what is missing", async () => {
    const { applicationId, amina } = await startedApplication();
    await saveSection(amina, {
      applicationId,
      sectionId: "group",
      raw: groupAnswers,
      expectedRevision: 0,
      reportMissing: true,
    });
    const result = await submitApplication(amina, applicationId);
    expect(result).toMatchObject({
      ok: false,
      reason: "incomplete",
      errors: { budget: { key: "forms:errors.required" } },
    });
  });

  it("closes the door at the closing time: drafts can no longer be submitted", async () => {
    const { applicationId, amina, round } = await startedApplication();
    await fillAll(applicationId, amina);
    const afterClose = new Date(round.closesAt.getTime() + 1);
    expect(await submitApplication(amina, applicationId, afterClose)).toEqual({
      ok: false,
      reason: "round-closed",
    });
    expect((await loadApplication(applicationId))!.status).toBe("DRAFT");
  });

  it("freezes answers after submission and lets the applicant withdraw before the closing date", async () => {
    const { applicationId, amina } = await startedApplication();
    await fillAll(applicationId, amina);
    await submitApplication(amina, applicationId);
    expect(
      await saveSection(amina, {
        applicationId,
        sectionId: "group",
        raw: groupAnswers,
        expectedRevision: 1,
        reportMissing: true,
      }),
    ).toEqual({ ok: false, reason: "not-editable" });
    expect(await withdrawApplication(amina, applicationId)).toEqual({ ok: true });
    expect((await loadApplication(applicationId))!.status).toBe("WITHDRAWN");
  });

  it("records staff entering an application on a group's behalf", async () => {
    const setup = await createOpenRound();
    await createEarlierApplication(setup);
    const officer = await actor(setup.staff.id);
    const started = await startApplication(officer, {
      organisationId: setup.organisation.id,
      potId: setup.pot.id,
    });
    if (!started.ok) throw new Error("not started");
    await fillAll(started.applicationId, officer);
    expect(await submitApplication(officer, started.applicationId)).toEqual({
      ok: true,
      alreadySubmitted: false,
    });
    const application = (await loadApplication(started.applicationId))!;
    expect(application.enteredOnBehalfById).toBe(setup.staff.id);
    const actions = (
      await db().auditEvent.findMany({ where: { entityId: started.applicationId } })
    ).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "applications.started-on-behalf",
        "applications.edited-on-behalf",
        "applications.submitted-on-behalf",
      ]),
    );
  });

  it("reminds every member of a group with an unsent draft, 3 days and 1 day before closing, once each", async () => {
    // A closing date no other test's round shares, so only this group's draft is due.
    const { applicationId, round, owner, colleague } = await startedApplication({
      closesInMs: 40 * 24 * 60 * 60 * 1000,
    });
    const threeDaysBefore = new Date(round.closesAt.getTime() - 2.5 * 24 * 60 * 60 * 1000);
    expect(await queueDeadlineReminders(threeDaysBefore)).toBe(2);
    expect(await queueDeadlineReminders(threeDaysBefore)).toBe(0);
    const oneDayBefore = new Date(round.closesAt.getTime() - 12 * 60 * 60 * 1000);
    expect(await queueDeadlineReminders(oneDayBefore)).toBe(2);
    const reminders = await db().outboundEmail.findMany({
      where: {
        template: "deadline-reminder",
        dedupeKey: { startsWith: `deadline-reminder:${applicationId}` },
      },
    });
    expect(reminders.map((r) => r.to).sort()).toEqual(
      [owner.email, owner.email, colleague.email, colleague.email].sort(),
    );
    expect(reminders.find((r) => r.to === owner.email)?.locale).toBe("ar");
  });
});

describe("the scheme's change history", () => {
  it("names a sent application in the reader's words, in every language, not by its code", async () => {
    const { applicationId, amina, funder, scheme } = await startedApplication();
    await fillAll(applicationId, amina);
    expect((await submitApplication(amina, applicationId)).ok).toBe(true);
    const admin = await createUser("Grace");
    await db().funderMember.create({
      data: { funderId: funder.id, userId: admin.id, role: "ADMIN" },
    });

    const history = (await run(
      schemeHistoryLoader,
      makeRequest(`/fund/${funder.id}/schemes/${scheme.id}/audit`, {
        cookie: await signedInCookie(admin.id),
      }),
      { funderId: funder.id, schemeId: scheme.id },
    )) as Awaited<ReturnType<typeof schemeHistoryLoader>>;
    const sent = history.events.find((event) => event.action === "applications.submitted");
    expect(sent).toMatchObject({ record: { kind: "application" } });

    const english = await translatorFor("en");
    expect(english(sent!.label!)).toBe("Sent the application");
    for (const locale of supportedLocales) {
      const label = (await translatorFor(locale))(sent!.label!);
      expect(label, locale).not.toMatch(/applications?\.submitted|auditActions/);
    }
    expect((await translatorFor("ar"))(sent!.label!)).toBe("أرسل الطلب");
  });
});
