import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { seedDemo } from "../support/demo-world";
import { renderPage } from "../support/page-render";
import * as applicationPage from "~/routes/applications.$applicationId._index";
import * as confirmPage from "~/routes/panels.$panelId_.pots.$potId.confirm";
import * as decisionPage from "~/routes/panels.$panelId_.pots.$potId.decisions.$applicationId";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { testReference } from "../support/fixtures";
import { call, demoPanel, expectStatus, payload, signIns } from "../support/panels";
import { BASE_URL, run } from "../support/requests";
import {
  asked,
  configureTranslation,
  garbled,
  refuses,
  slow,
  translatedAs,
  translationService,
  useTranslationService,
} from "../support/translation-service";

/** The decision page is rendered as the server would, with the loader's data and no router. */
const rendered = vi.hoisted(() => ({ data: {} as unknown, answer: undefined as unknown }));
vi.mock("@remix-run/react", async () =>
  (await import("../support/page-render")).remixMock(rendered),
);

useTestDatabase();
useTranslationService();

const as = signIns();
const chair = "nadia@example.org";
let demo: Awaited<ReturnType<typeof demoPanel>>;
let potId = "";

type DecisionPage = Awaited<ReturnType<typeof decisionPage.loader>>;
type ConfirmPage = Awaited<ReturnType<typeof confirmPage.loader>>;
type FormReply = {
  errors: Record<string, { key: string }>;
  values: Record<string, string>;
};

const path = (applicationId: string, query = "") =>
  `/panels/${demo.panel.id}/pots/${potId}/decisions/${applicationId}${query}`;
const params = (applicationId: string) => ({ panelId: demo.panel.id, potId, applicationId });

async function open(applicationId: string, feedbackLanguage?: string) {
  const query = feedbackLanguage ? `?feedbackLanguage=${feedbackLanguage}` : "";
  return (await call(
    decisionPage.loader,
    path(applicationId, query),
    params(applicationId),
    await as(chair),
  )) as DecisionPage;
}

/** Posts the decision form as the chair, from the page as it is now. */
async function post(applicationId: string, form: Record<string, string>, email = chair) {
  const page = await open(applicationId);
  return call(decisionPage.action, path(applicationId), params(applicationId), await as(email), {
    revision: String(page.decision?.revision ?? 0),
    outcome: "WAITLIST",
    feedbackLanguage: "en",
    ...form,
  });
}

const draftTranslation = (applicationId: string, feedback: string, email?: string) =>
  post(applicationId, { intent: "translate-feedback", feedback }, email);

/** A new application from Olena's Ukrainian group: she reads Ukrainian. */
async function ukrainianApplication() {
  const application = await db().application.create({
    data: {
      reference: testReference(),
      potId,
      organisationId: demo.byGroup("Ukrainian Women's Association Riverside").organisationId,
      status: "IN_REVIEW",
      requestedMinor: 200_000,
      submittedAt: new Date(),
      submittedById: await demo.userId("olena@example.org"),
    },
  });
  return application.id;
}

const decisionOf = (applicationId: string) =>
  db().decision.findUniqueOrThrow({ where: { applicationId } });

beforeAll(async () => {
  await seedDemo(db());
  demo = await demoPanel();
  potId = demo.byGroup("Ukrainian Women's Association Riverside").potId;
});

afterEach(() => configureTranslation(true));

describe("offering a machine draft of the feedback", () => {
  it("offers it into the group's language when the feedback is written in another", async () => {
    const id = await ukrainianApplication();
    expect((await open(id, "en")).draftInto).toBe("uk");
    expect((await open(id, "uk")).draftInto).toBeNull();
  });

  it("offers nothing when no translation service is set up, and drafts nothing if asked", async () => {
    const id = await ukrainianApplication();
    configureTranslation(false);
    expect((await open(id, "en")).draftInto).toBeNull();
    const reply = payload<FormReply>(await draftTranslation(id, "Worth funding next time."));
    expect(reply.data.errors.feedback?.key).toBe("panels:decision.draftErrors.not-configured");
    expect(reply.data.values.feedback).toBe("Worth funding next time.");
    expect(await db().decision.count({ where: { applicationId: id } })).toBe(0);
  });
});

describe("drafting, checking and confirming machine-translated feedback", () => {
  const written = "A clear plan; the pot is spent for now.";
  let id = "";

  beforeAll(async () => {
    id = await ukrainianApplication();
  });

  it("saves the decision with the translation, marked as an unchecked machine draft", async () => {
    const result = await draftTranslation(id, written);
    expectStatus(result, 302);
    expect((result as Response).headers.get("Location")).toBe(
      path(id, "?feedbackLanguage=uk&saved=translated"),
    );
    expect(asked).toEqual([expect.objectContaining({ q: [written], source: "en", target: "uk" })]);
    expect(await decisionOf(id)).toMatchObject({
      outcome: "WAITLIST",
      revision: 1,
      feedback: { en: written, uk: translatedAs("uk", written) },
      machineDrafted: ["uk"],
    });
    const drafted = await db().auditEvent.findFirstOrThrow({
      where: { action: "panels.decision-drafted", entityId: id },
    });
    expect(drafted.detail).toMatchObject({ machineTranslatedInto: "uk" });
    // One action, one event: the draft's own event says it was machine translated.
    expect(
      await db().auditEvent.findMany({ where: { entityId: id }, select: { action: true } }),
    ).toEqual([{ action: "panels.decision-drafted" }]);

    const page = await open(id, "uk");
    expect(page.feedbackText).toBe(translatedAs("uk", written));
    expect(page.feedbackMachineDrafted).toBe(true);
    expect(page.decision?.machineDrafted).toEqual(["uk"]);
    // What a person wrote opens first; the draft is one link away.
    expect((await open(id)).feedbackLanguage).toBe("en");
  });

  it("warns, without blocking, when confirming a set with unchecked machine drafts", async () => {
    const page = (await call(
      confirmPage.loader,
      `/panels/${demo.panel.id}/pots/${potId}/confirm`,
      { panelId: demo.panel.id, potId },
      await as(chair),
    )) as ConfirmPage;
    const row = page.decisions.find((decision) => decision.applicationId === id);
    expect(row?.machineDrafted).toBe(true);
  });

  it("keeps the label when the draft is saved unread, and drops it once a person edits it", async () => {
    const draft = translatedAs("uk", written);
    expectStatus(await post(id, { feedbackLanguage: "uk", feedback: draft }), 302);
    expect((await decisionOf(id)).machineDrafted).toEqual(["uk"]);

    const corrected = "Чіткий план; наразі фонд вичерпано.";
    expectStatus(await post(id, { feedbackLanguage: "uk", feedback: corrected }), 302);
    expect(await decisionOf(id)).toMatchObject({
      feedback: { en: written, uk: corrected },
      machineDrafted: [],
    });
    expect((await open(id, "uk")).feedbackMachineDrafted).toBe(false);
  });

  it("never drafts over feedback a person wrote in the group's language", async () => {
    const before = await decisionOf(id);
    const reply = payload<FormReply>(await draftTranslation(id, written));
    expect(reply.status).toBe(400);
    expect(reply.data.errors.feedback?.key).toBe("panels:decision.draftErrors.written-by-person");
    expect((await decisionOf(id)).revision).toBe(before.revision);
    expect((await open(id, "en")).draftInto).toBeNull();
  });

  it("counts a draft as checked when a person says it stands", async () => {
    const other = await ukrainianApplication();
    expectStatus(await draftTranslation(other, "Strong reach into new families."), 302);
    const draft = translatedAs("uk", "Strong reach into new families.");
    expectStatus(
      await post(other, { feedbackLanguage: "uk", feedback: draft, feedbackChecked: "yes" }),
      302,
    );
    expect((await decisionOf(other)).machineDrafted).toEqual([]);
  });

  it("tells the group the feedback is machine translated, with what the panel wrote", async () => {
    const unchecked = await ukrainianApplication();
    const original = "Please apply again in the spring round.";
    expectStatus(await draftTranslation(unchecked, original), 302);
    const shown = (
      (await call(
        confirmPage.loader,
        `/panels/${demo.panel.id}/pots/${potId}/confirm`,
        { panelId: demo.panel.id, potId },
        await as(chair),
      )) as ConfirmPage
    ).decisions;
    const body = new URLSearchParams(
      shown.map((decision) => ["decision", `${decision.id}:${decision.revision}`]),
    );
    const confirmPath = `/panels/${demo.panel.id}/pots/${potId}/confirm`;
    const request = new Request(new URL(confirmPath, BASE_URL), {
      method: "POST",
      headers: { Cookie: (await as(chair))!, "Content-Type": "application/x-www-form-urlencoded" },
      body,
    });
    expectStatus(await run(confirmPage.action, request, { panelId: demo.panel.id, potId }), 302);

    const email = await db().outboundEmail.findUniqueOrThrow({
      where: { dedupeKey: `application-decision:${unchecked}:WAITLIST` },
    });
    expect(email.locale).toBe("uk");
    expect(email.textBody).toContain(translatedAs("uk", original));
    expect(email.textBody).toContain("Відгук комісії (машинний переклад");
    expect(email.textBody).toContain("Що написала комісія (мовою: англійська):");
    expect(email.textBody).toContain(original);

    const olena = (await call(
      applicationPage.loader,
      `/applications/${unchecked}?lng=uk`,
      { applicationId: unchecked },
      await as("olena@example.org"),
    )) as Awaited<ReturnType<typeof applicationPage.loader>>;
    expect(olena.decision?.feedback).toEqual({
      text: translatedAs("uk", original),
      language: "uk",
      inReaderLanguage: true,
      original: { text: original, language: "en" },
    });

    // Checked drafts read as the panel's own words.
    const checkedEmail = await db().outboundEmail.findUniqueOrThrow({
      where: { dedupeKey: `application-decision:${id}:WAITLIST` },
    });
    expect(checkedEmail.textBody).not.toContain("машинний переклад");
  });
});

describe("a machine draft of feedback that has changed since", () => {
  const first = "A clear plan; the pot is spent for now.";
  const rewritten = "A clear plan; please apply again in the spring round.";

  it("tells staff the draft was made from an earlier version, until it is drafted again", async () => {
    const id = await ukrainianApplication();
    expectStatus(await draftTranslation(id, first), 302);
    expect((await open(id, "uk")).feedbackDraftStale).toBe(false);
    // Saved again unchanged, the draft still matches what the panel wrote.
    expectStatus(await post(id, { feedback: first }), 302);
    expect((await open(id, "uk")).decision?.staleDrafts).toEqual([]);

    expectStatus(await post(id, { feedback: rewritten }), 302);
    const page = await open(id, "uk");
    expect(page.feedbackMachineDrafted).toBe(true);
    expect(page.feedbackDraftStale).toBe(true);
    expect(page.decision?.staleDrafts).toEqual(["uk"]);
    expect((await open(id, "en")).feedbackDraftStale).toBe(false);
    expect(renderPage(rendered, "en", decisionPage.default, page)).toContain(
      "The feedback has changed since this machine translation was made",
    );
    const inUkrainian = renderPage(rendered, "uk", decisionPage.default, page);
    expect(inUkrainian).toContain("Відгук змінився після цього машинного перекладу");
    expect(inUkrainian).toContain("(машинний переклад попередньої версії відгуку)");

    // Drafted again from the new text, the draft is current.
    expectStatus(await draftTranslation(id, rewritten), 302);
    const redrafted = await open(id, "uk");
    expect(redrafted.feedbackText).toBe(translatedAs("uk", rewritten));
    expect(redrafted.feedbackDraftStale).toBe(false);
    expect(renderPage(rendered, "en", decisionPage.default, redrafted)).not.toContain(
      "The feedback has changed",
    );
  });

  it("counts a draft whose original was deleted as stale", async () => {
    const id = await ukrainianApplication();
    expectStatus(await draftTranslation(id, first), 302);
    expectStatus(await post(id, { feedback: "" }), 302);
    expect((await open(id, "uk")).decision?.staleDrafts).toEqual(["uk"]);
  });
});

describe("when the translation service cannot help", () => {
  it.each([
    ["refuses", refuses, "unavailable"],
    ["is too slow", slow, "timed-out"],
    ["answers garbage", garbled, "bad-response"],
  ] as const)(
    "says so when it %s, keeps every word, and saves nothing",
    async (_, handler, reason) => {
      const id = await ukrainianApplication();
      translationService.use(handler);
      const feedback = `Good plan, ${reason}; we hope to fund it later.`;
      const reply = payload<FormReply>(
        await post(id, { intent: "translate-feedback", feedback, rationale: "Close call" }),
      );
      expect(reply.status).toBe(503);
      expect(reply.data.errors.feedback?.key).toBe(`panels:decision.draftErrors.${reason}`);
      expect(reply.data.values).toMatchObject({ feedback, rationale: "Close call" });
      expect(await db().decision.count({ where: { applicationId: id } })).toBe(0);
    },
  );
});

describe("who may draft a translation", () => {
  it.each([
    ["a panel member who is not the chair", "fatima@example.org"],
    ["the applicant", "olena@example.org"],
  ])("refuses %s", async (_, email) => {
    const id = await ukrainianApplication();
    const result = await call(decisionPage.action, path(id), params(id), await as(email), {
      revision: "0",
      outcome: "WAITLIST",
      feedbackLanguage: "en",
      feedback: "Not yours to write.",
      intent: "translate-feedback",
    });
    expectStatus(result, 403);
    expect(asked).toEqual([]);
  });
});
