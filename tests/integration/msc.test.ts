import { beforeAll, describe, expect, it } from "vitest";
import * as domainsPage from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.msc";
import * as storiesPage from "~/routes/panels.$panelId_.stories";
import * as checkInPage from "~/routes/grants.$grantId_.check-ins.$checkInId";
import { selectionsOfCheckIn } from "~/services/msc/selections.server";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { seedDemo } from "../support/demo-world";
import { call, expectStatus, payload, signIns } from "../support/panels";
import { translatedAs, useTranslationService } from "../support/translation-service";

useTestDatabase();
useTranslationService();

const as = signIns();
let ids = { funderId: "", schemeId: "", roundId: "", panelId: "" };
let ukrainianCheckIn = "";
let amalCheckIn = "";
let ukrainianApplication = "";

const domainsPath = () => `/fund/${ids.funderId}/schemes/${ids.schemeId}/rounds/${ids.roundId}/msc`;
const domainParams = () => ({
  funderId: ids.funderId,
  schemeId: ids.schemeId,
  roundId: ids.roundId,
});
const postDomains = async (email: string, form: Record<string, string>) =>
  call(domainsPage.action, domainsPath(), domainParams(), await as(email), form);
const addDomain = (name: string, email = "tomas@example.org") =>
  postDomains(email, { intent: "add", name_en: name });
const domains = () =>
  db().changeDomain.findMany({ where: { roundId: ids.roundId }, orderBy: { position: "asc" } });

type StoriesPage = Awaited<ReturnType<typeof storiesPage.loader>>;
const openStories = async (email: string, query = "") =>
  (await call(
    storiesPage.loader,
    `/panels/${ids.panelId}/stories${query}`,
    { panelId: ids.panelId },
    await as(email),
  )) as StoriesPage;
const storyIds = (page: StoriesPage) =>
  page.domains.flatMap((domain) => domain.stories.map((story) => story.id));
const choose = async (email: string, form: Record<string, string>) =>
  call(
    storiesPage.action,
    `/panels/${ids.panelId}/stories`,
    { panelId: ids.panelId },
    await as(email),
    form,
  );

beforeAll(async () => {
  await seedDemo(db());
  const panel = await db().panel.findFirstOrThrow({
    where: { name: "2026 review panel" },
    include: { round: { include: { scheme: true } } },
  });
  ids = {
    funderId: panel.round.scheme.funderId,
    schemeId: panel.round.schemeId,
    roundId: panel.roundId,
    panelId: panel.id,
  };
  const grants = await db().grant.findMany({
    include: {
      checkIns: { orderBy: { position: "asc" }, take: 1 },
      application: { select: { organisation: { select: { name: true } } } },
    },
  });
  const grantOf = (name: string) =>
    grants.find((grant) => grant.application.organisation.name === name)!;
  const ukrainian = grantOf("Ukrainian Women's Association Riverside");
  const amal = grantOf("Amal Women's Circle");
  ukrainianApplication = ukrainian.applicationId;
  ukrainianCheckIn = ukrainian.checkIns[0]!.id;
  amalCheckIn = amal.checkIns[0]!.id;
  // The Ukrainian group lets its story reach the funder's reports; Amal keeps its to the funder.
  await db().checkIn.update({
    where: { id: ukrainianCheckIn },
    data: {
      submittedAt: new Date(),
      answerLanguage: "uk",
      storyConsent: "FUNDER_REPORTS",
      answers: {
        change: "Жінки вперше виступили на зборах району.",
        changeFor: "Десять жінок",
        whyItMatters: "Їх почули.",
      },
    },
  });
  await db().checkIn.update({
    where: { id: amalCheckIn },
    data: {
      submittedAt: new Date(),
      answerLanguage: "ar",
      storyConsent: "FUNDER_ONLY",
      answers: { change: "بدأت النساء درس اللغة معًا." },
    },
  });
  // María declares a conflict with the Ukrainian association's application.
  await db().conflictDeclaration.create({
    data: {
      panelId: ids.panelId,
      userId: (await db().user.findUniqueOrThrow({ where: { email: "maria@example.org" } })).id,
      applicationId: ukrainianApplication,
      kind: "FAMILY",
    },
  });
  // Iryna reads in Spanish, to show each member hears in her own language.
  await db().user.update({ where: { email: "iryna@example.org" }, data: { locale: "es" } });
});

describe("the round's domains of change", () => {
  it("adds, renames and removes domains, translated, and keeps any other change implicit", async () => {
    expectStatus(await addDomain("Confidence"), 302);
    expectStatus(
      await postDomains("tomas@example.org", {
        intent: "add",
        name_en: "Friendships",
        name_uk: "Дружба",
      }),
      302,
    );
    const [confidence, friendships] = await domains();
    expect(friendships!.name).toEqual({ en: "Friendships", uk: "Дружба" });
    expectStatus(
      await postDomains("tomas@example.org", {
        intent: "rename",
        domainId: confidence!.id,
        name_en: "Feeling more confident",
        name_ar: "ثقة أكبر بالنفس",
      }),
      302,
    );
    expect((await domains())[0]!.name).toEqual({
      en: "Feeling more confident",
      ar: "ثقة أكبر بالنفس",
    });
    const page = (await call(
      domainsPage.loader,
      domainsPath(),
      domainParams(),
      await as("helen@example.org"),
    )) as Awaited<ReturnType<typeof domainsPage.loader>>;
    expect(page.domains.map((domain) => domain.name.text)).toEqual([
      "Feeling more confident",
      "Friendships",
    ]);
    expect(page.canEdit).toBe(false);
  });

  it("refuses a nameless domain by its field, keeping what was typed", async () => {
    const reply = payload<{
      errors: Record<string, { key: string }>;
      values: Record<string, string>;
    }>(await postDomains("tomas@example.org", { intent: "add", name_en: " ", name_fr: "Amitié" }));
    expect(reply.status).toBe(400);
    expect(reply.data.errors.name_en?.key).toBe("msc:domains.errors.nameRequired");
    expect(reply.data.values.name_fr).toBe("Amitié");
  });

  it("switches on only with three domains, and holds at five", async () => {
    const early = payload<{ errors: Record<string, { key: string }> }>(
      await postDomains("tomas@example.org", { intent: "switch", enabled: "on" }),
    );
    expect(early.data.errors.enabled?.key).toBe("msc:domains.errors.too-few-domains");
    for (const name of ["Access to services", "Wellbeing", "Work and skills"])
      expectStatus(await addDomain(name), 302);
    const sixth = payload<{ errors: Record<string, { key: string }> }>(await addDomain("Safety"));
    expect(sixth.data.errors.name_en?.key).toBe("msc:domains.errors.too-many");
    expect(await domains()).toHaveLength(5);
    const unused = (await domains())[4]!;
    expectStatus(
      await postDomains("tomas@example.org", { intent: "remove", domainId: unused.id }),
      302,
    );
    expectStatus(await postDomains("tomas@example.org", { intent: "switch", enabled: "on" }), 302);
    expect((await db().round.findUniqueOrThrow({ where: { id: ids.roundId } })).mscEnabled).toBe(
      true,
    );
  });

  it("lets a viewer read the domains but not change them", async () => {
    expectStatus(await addDomain("Safety", "helen@example.org"), 403);
  });
});

describe("the selection round", () => {
  beforeAll(async () => {
    const [confidence] = await domains();
    await db().checkIn.update({
      where: { id: ukrainianCheckIn },
      data: { changeDomainId: confidence!.id },
    });
  });

  it("refuses to remove a domain a story was told in", async () => {
    const [confidence] = await domains();
    const reply = payload<{ errors: Record<string, { key: string }> }>(
      await postDomains("tomas@example.org", { intent: "remove", domainId: confidence!.id }),
    );
    expect(reply.data.errors.domains?.key).toBe("msc:domains.errors.in-use");
  });

  it("shows staff every story and members only those shared for reports", async () => {
    expect(storyIds(await openStories("tomas@example.org")).sort()).toEqual(
      [ukrainianCheckIn, amalCheckIn].sort(),
    );
    expect(storyIds(await openStories("joy@example.org"))).toEqual([ukrainianCheckIn]);
  });

  it("offers the stories machine-translated into the reader's language, originals kept", async () => {
    const plain = await openStories("joy@example.org");
    expect(plain.machineTranslation).toEqual({ target: "en", active: false, failure: null });
    const page = await openStories("joy@example.org", "?translate=en");
    const story = page.domains.flatMap((domain) => domain.stories)[0]!;
    expect(story.change).toBe("Жінки вперше виступили на зборах району.");
    expect(story.translated.change).toBe(
      translatedAs("en", "Жінки вперше виступили на зборах району."),
    );
  });

  it("never shows a member the story of a group she declared a conflict with", async () => {
    expect(storyIds(await openStories("maria@example.org"))).toEqual([]);
  });

  it("lets members read but not choose", async () => {
    const [confidence] = await domains();
    expectStatus(
      await choose("joy@example.org", {
        domainId: confidence!.id,
        checkInId: ukrainianCheckIn,
        reason: "x",
        reasonLocale: "en",
      }),
      403,
    );
  });

  it("drafts the reason into the group's language without saving anything", async () => {
    const [confidence] = await domains();
    const reply = payload<{ values: Record<string, string>; draftLanguage?: string }>(
      await choose("nadia@example.org", {
        intent: "draft-translation",
        domainId: confidence!.id,
        checkInId: ukrainianCheckIn,
        reason: "They spoke up for the first time.",
        reasonLocale: "en",
      }),
    );
    expect(reply.data.draftLanguage).toBe("uk");
    expect(reply.data.values.groupReason).toBe(
      translatedAs("uk", "They spoke up for the first time."),
    );
    expect(await db().mscSelection.count({ where: { roundId: ids.roundId } })).toBe(0);
  });

  it("records the choice and emails each group member once, in her language", async () => {
    const [confidence] = await domains();
    const form = {
      intent: "record",
      domainId: confidence!.id,
      checkInId: ukrainianCheckIn,
      reason: "They spoke up for the first time.",
      reasonLocale: "en",
      groupReason: "Вони вперше заговорили.",
      machineDraft: translatedAs("uk", "They spoke up for the first time."),
    };
    expectStatus(await choose("nadia@example.org", form), 302);
    const again = payload<{ errors: Record<string, { key: string }> }>(
      await choose("tomas@example.org", form),
    );
    expect(again.data.errors.checkInId?.key).toBe("msc:select.errors.already-chosen");

    const emails = await db().outboundEmail.findMany({
      where: { template: "msc-selection" },
      orderBy: { to: "asc" },
    });
    expect(emails.map((email) => [email.to, email.locale])).toEqual([
      ["iryna@example.org", "es"],
      ["olena@example.org", "uk"],
    ]);
    const olena = emails.find((email) => email.to === "olena@example.org")!;
    expect(olena.textBody).toContain("Вони вперше заговорили.");
    expect(olena.textBody).not.toContain("They spoke up");
    const iryna = emails.find((email) => email.to === "iryna@example.org")!;
    expect(iryna.subject).toContain("Se eligió su historia");
    expect(iryna.textBody).toContain("They spoke up for the first time.");

    // Olena reads on her check-in the reason as her group was sent it, in Ukrainian; Iryna, who
    // reads in Spanish, gets the original.
    const selections = await selectionsOfCheckIn(ukrainianCheckIn, "uk");
    expect(selections).toHaveLength(1);
    expect(selections[0]!.reason).toEqual({
      text: "Вони вперше заговорили.",
      language: "uk",
      inReaderLanguage: true,
      original: null,
    });
    expect(selections[0]!.domain?.text).toBe("Feeling more confident");
    const inSpanish = await selectionsOfCheckIn(ukrainianCheckIn, "es");
    expect(inSpanish[0]!.reason).toMatchObject({
      text: "They spoke up for the first time.",
      language: "en",
      inReaderLanguage: false,
    });
  });

  it("shows the selection to members who may read the story, and not its reason to María", async () => {
    const joy = await openStories("joy@example.org");
    const chosen = joy.domains.find((domain) => domain.selection)!.selection!;
    expect(chosen.readable).toBe(true);
    expect(chosen.reason).toBe("They spoke up for the first time.");
    const maria = await openStories("maria@example.org");
    const hidden = maria.domains.find((domain) => domain.selection)!.selection!;
    expect(hidden.readable).toBe(false);
    expect(hidden.reason).toBeNull();
  });

  it("refuses a story from another domain", async () => {
    const reply = payload<{ errors: Record<string, { key: string }> }>(
      await choose("tomas@example.org", {
        domainId: "other",
        checkInId: ukrainianCheckIn,
        reason: "x",
        reasonLocale: "en",
      }),
    );
    expect(reply.data.errors.checkInId?.key).toBe("msc:select.errors.wrong-domain");
  });
});

describe("the group's own check-in page", () => {
  it("says its story was chosen, in which domain and why", async () => {
    const selection = await db().mscSelection.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
    const checkIn = await db().checkIn.findUniqueOrThrow({
      where: { id: selection.checkInId },
      include: {
        grant: {
          include: { application: { include: { organisation: { include: { members: true } } } } },
        },
      },
    });
    const owner = checkIn.grant.application.organisation.members[0]!;
    const user = await db().user.findUniqueOrThrow({ where: { id: owner.userId } });
    const page = (await call(
      checkInPage.loader,
      `/grants/${checkIn.grantId}/check-ins/${checkIn.id}`,
      { grantId: checkIn.grantId, checkInId: checkIn.id },
      await as(user.email),
    )) as Awaited<ReturnType<typeof checkInPage.loader>>;
    // Chosen before reasons were kept per language: the original, as written.
    expect(page.selections).toEqual([
      expect.objectContaining({
        reason: expect.objectContaining({
          text: selection.reason,
          language: selection.reasonLocale,
        }),
      }),
    ]);
  });
});

describe("two people choosing at the same moment", () => {
  it("keeps one story for 'any other change', however many choices arrive at once", async () => {
    const form = {
      intent: "record",
      domainId: "other",
      checkInId: amalCheckIn,
      reason: "The women began a language class together.",
      reasonLocale: "en",
      groupReason: "بدأت النساء درس اللغة معًا.",
    };
    const people = ["nadia@example.org", "tomas@example.org"];
    await Promise.all(Array.from({ length: 12 }, (_, n) => choose(people[n % 2]!, form)));
    expect(
      await db().mscSelection.count({ where: { roundId: ids.roundId, changeDomainId: null } }),
    ).toBe(1);
    // Each of Amal's members hears of it once, not once per choice that arrived.
    const amal = await db().checkIn.findUniqueOrThrow({
      where: { id: amalCheckIn },
      select: {
        grant: {
          select: {
            application: {
              select: {
                organisation: {
                  select: { members: { select: { user: { select: { email: true } } } } },
                },
              },
            },
          },
        },
      },
    });
    const members = amal.grant.application.organisation.members.map((member) => member.user.email);
    // The Arabic reason the selector left is what the group reads, labelled as a machine draft
    // only when nobody changed it.
    const [chosen] = await selectionsOfCheckIn(amalCheckIn, "ar");
    expect(chosen!.reason).toMatchObject({
      text: form.groupReason,
      language: "ar",
      original: null,
    });
    const emails = await db().outboundEmail.findMany({
      where: { template: "msc-selection", to: { in: members } },
    });
    expect(emails.map((email) => email.to).sort()).toEqual([...members].sort());
  });
});
