import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import {
  loader as consultationPage,
  action as consultationAction,
} from "~/routes/consultations.$versionId";
import {
  loader as versionsPage,
  action as versionsAction,
} from "~/routes/fund.$funderId.schemes.$schemeId.forms._index";
import {
  loader as versionPage,
  action as versionAction,
} from "~/routes/fund.$funderId.schemes.$schemeId.forms.$versionId._index";
import { loader as changesPage } from "~/routes/fund.$funderId.schemes.$schemeId.forms.$versionId.changes";
import {
  loader as previewLoader,
  action as previewAction,
} from "~/routes/fund.$funderId.schemes.$schemeId.forms.$versionId.preview";
import { loader as rootLoader } from "~/root";
import {
  loader as questionPage,
  action as questionAction,
} from "~/routes/fund.$funderId.schemes.$schemeId.forms.$versionId.questions.$questionId";
import { action as suggestionsAction } from "~/routes/fund.$funderId.schemes.$schemeId.forms.$versionId.suggestions";
import { action as workingGroupAction } from "~/routes/fund.$funderId.schemes.$schemeId.forms.working-group";
import { loader as publicPage } from "~/routes/schemes.$slug.forms.$version";
import { loader as tasksLoader } from "~/routes/applications.$applicationId._index";
import {
  loader as sectionLoader,
  action as sectionAction,
} from "~/routes/applications.$applicationId.sections.$sectionId";
import { action as joinAction } from "~/routes/working-group.$token";
import { seedDemo } from "../support/demo-world";
import { seedDemoForm } from "../../prisma/seed/demo-form";
import { allQuestions } from "~/domain/forms/definition";
import { db } from "~/services/platform/db.server";
import { startApplication } from "~/services/applications/applications.server";
import { updateRound } from "~/services/schemes/scheme-admin.server";
import {
  openConsultation,
  parseDefinition,
  updateDraft,
} from "~/services/forms/form-versions.server";
import { getUser } from "~/services/access/permissions.server";
import { useTestDatabase } from "../support/database";
import { messageFor } from "~/services/platform/outbox.server";
import { testReference } from "../support/fixtures";
import { BASE_URL, makeRequest, run, signedInCookie, unwrap } from "../support/requests";

useTestDatabase();

const DAY = 24 * 60 * 60 * 1000;
const people = {
  officer: { email: "officer@riverside.example", name: "Tomás Ruiz", locale: "en" },
  viewer: { email: "viewer@riverside.example", name: "Helen Park", locale: "en" },
  otherAdmin: { email: "otto@other.example", name: "Otto Admin", locale: "en" },
  amina: { email: "amina@group.example", name: "Amina Haddad", locale: "ar" },
  olena: { email: "olena@group.example", name: "Olena Kovalenko", locale: "uk" },
  outsider: { email: "zoe@elsewhere.example", name: "Zoe Outsider", locale: "en" },
};
const ids: Record<keyof typeof people, string> & {
  funder: string;
  scheme: string;
  round: string;
  pot: string;
  otherFunder: string;
  otherScheme: string;
} = {
  funder: "",
  scheme: "",
  round: "",
  pot: "",
  otherFunder: "",
  otherScheme: "",
} as never;
const cookies = new Map<string, string>();

async function cookieOf(person: keyof typeof people) {
  if (!cookies.has(person)) cookies.set(person, await signedInCookie(ids[person]));
  return cookies.get(person)!;
}

type Fn = (args: LoaderFunctionArgs) => Promise<unknown>;
const base = () => `/fund/${ids.funder}/schemes/${ids.scheme}/forms`;
const schemeParams = () => ({ funderId: ids.funder, schemeId: ids.scheme });

async function get(
  fn: Fn,
  path: string,
  params: Record<string, string>,
  person: keyof typeof people | null,
) {
  return run(
    fn as never,
    makeRequest(path, { cookie: person ? await cookieOf(person) : null }),
    params,
  );
}
async function post(
  fn: Fn,
  path: string,
  params: Record<string, string>,
  person: keyof typeof people,
  form: Record<string, string>,
) {
  return run(fn as never, makeRequest(path, { cookie: await cookieOf(person), form }), params);
}

function expectForbidden(result: unknown) {
  expect(result).toBeInstanceOf(Response);
  expect((result as Response).status).toBe(403);
}
function expectRedirect(result: unknown, to?: string | RegExp) {
  expect(result).toBeInstanceOf(Response);
  const response = result as Response;
  expect(response.status).toBe(302);
  if (typeof to === "string") expect(response.headers.get("Location")).toBe(to);
  if (to instanceof RegExp) expect(response.headers.get("Location")).toMatch(to);
  return response.headers.get("Location")!;
}

const versionParams = (versionId: string) => ({ ...schemeParams(), versionId });
const editVersion = (
  versionId: string,
  form: Record<string, string>,
  person: keyof typeof people = "officer",
) => post(versionAction as Fn, `${base()}/${versionId}`, versionParams(versionId), person, form);
const editQuestion = (versionId: string, questionId: string, form: Record<string, string>) =>
  post(
    questionAction as Fn,
    `${base()}/${versionId}/questions/${questionId}`,
    { ...versionParams(versionId), questionId },
    "officer",
    form,
  );
const storedDefinition = async (versionId: string) =>
  parseDefinition(
    (await db().formVersion.findUniqueOrThrow({ where: { id: versionId } })).definition,
  );

beforeAll(async () => {
  for (const [key, person] of Object.entries(people)) {
    ids[key as keyof typeof people] = (await db().user.create({ data: person })).id;
  }
  const funder = await db().funder.create({
    data: {
      slug: "riverside-forms",
      name: "Riverside City Council",
      members: {
        create: [
          { userId: ids.officer, role: "PROGRAMME_OFFICER" },
          { userId: ids.viewer, role: "VIEWER" },
        ],
      },
    },
  });
  ids.funder = funder.id;
  const scheme = await db().scheme.create({
    data: {
      funderId: funder.id,
      slug: "co-designed",
      currency: "EUR",
      published: true,
      title: { en: "Together grants", ar: "منح معًا" },
      description: { en: "Small grants" },
    },
  });
  ids.scheme = scheme.id;
  const round = await db().round.create({
    data: {
      schemeId: scheme.id,
      name: { en: "2027 round" },
      opensAt: new Date(Date.now() - DAY),
      closesAt: new Date(Date.now() + 30 * DAY),
      budgetMinor: 10_000_000,
    },
  });
  ids.round = round.id;
  ids.pot = (
    await db().pot.create({
      data: {
        roundId: round.id,
        name: { en: "Pot" },
        description: { en: "Pot" },
        amountMinor: 5_000_000,
        minGrantMinor: 10_000,
        maxGrantMinor: 500_000,
        eligibility: [],
      },
    })
  ).id;
  const other = await db().funder.create({
    data: {
      slug: "other-council",
      name: "Other Council",
      members: { create: [{ userId: ids.otherAdmin, role: "ADMIN" }] },
      schemes: {
        create: [
          {
            slug: "other-scheme",
            currency: "EUR",
            published: true,
            title: { en: "Other scheme" },
            description: { en: "Not ours" },
          },
        ],
      },
    },
    include: { schemes: true },
  });
  ids.otherFunder = other.id;
  ids.otherScheme = other.schemes[0]!.id;
});

const versions: { first: string; second: string; third: string } = {
  first: "",
  second: "",
  third: "",
};

describe("drafting, publishing and copying form versions", () => {
  it("starts a scheme's first draft from the short form for small community grants", async () => {
    const page = (await get(versionsPage as Fn, base(), schemeParams(), "officer")) as Awaited<
      ReturnType<typeof versionsPage>
    >;
    expect(page.versions).toEqual([]);

    const location = expectRedirect(
      await post(versionsAction as Fn, base(), schemeParams(), "officer", {
        intent: "create-first",
      }),
    );
    const version = await db().formVersion.findFirstOrThrow({ where: { schemeId: ids.scheme } });
    versions.first = version.id;
    expect(location).toBe(`${base()}/${version.id}`);
    expect(version).toMatchObject({ version: 1, status: "DRAFT" });
    const types = allQuestions(parseDefinition(version.definition)).map((q) => q.type);
    expect(types).toEqual(
      expect.arrayContaining(["shortText", "longText", "budgetTable", "declaration"]),
    );
    expect(
      await db().auditEvent.count({
        where: { entityId: version.id, action: "forms.draft-created" },
      }),
    ).toBe(1);

    // Pressing the button again leads to the same draft rather than a second version 1.
    expectRedirect(
      await post(versionsAction as Fn, base(), schemeParams(), "officer", {
        intent: "create-first",
      }),
      `${base()}/${version.id}`,
    );
    expect(await db().formVersion.count({ where: { schemeId: ids.scheme } })).toBe(1);
  });

  it("adds a part and a question, then words the question in two languages", async () => {
    expectRedirect(
      await editVersion(versions.first, { intent: "add-section", title: "About the people" }),
    );
    const withSection = await storedDefinition(versions.first);
    const section = withSection.sections.at(-1)!;
    expect(section.title).toEqual({ en: "About the people" });

    const location = expectRedirect(
      await editVersion(versions.first, {
        intent: "add-question",
        sectionId: section.id,
        type: "yesNo",
        label: "Is your group registered?",
      }),
    );
    const questionId = location.split("/").at(-1)!;
    expect(questionId).toBe("yes-no-1");

    const questionForm = (await get(
      questionPage as Fn,
      location,
      { ...versionParams(versions.first), questionId },
      "officer",
    )) as Awaited<ReturnType<typeof questionPage>>;
    expect(questionForm.question).toMatchObject({
      type: "yesNo",
      label: { en: "Is your group registered?" },
    });

    expectRedirect(
      await editQuestion(versions.first, questionId, {
        "label.en": "Is your group registered?",
        "label.ar": "هل مجموعتكم مسجّلة؟",
        "help.en": "Saying no is fine.",
        required: "on",
      }),
    );
    const question = allQuestions(await storedDefinition(versions.first)).find(
      (q) => q.id === questionId,
    );
    expect(question).toMatchObject({
      label: { en: "Is your group registered?", ar: "هل مجموعتكم مسجّلة؟" },
      help: { en: "Saying no is fine." },
      required: true,
    });
  });

  it("shows a missing question text next to its field and keeps what was typed", async () => {
    const result = unwrap<{
      errors: Record<string, { key: string }>;
      values: Record<string, string>;
    }>(
      await editQuestion(versions.first, "yes-no-1", { "label.en": "", "label.ar": "ما زلت أكتب" }),
    );
    expect(result.status).toBe(400);
    expect(result.data.errors["label.en"]?.key).toBe("forms:builder.errors.sourceTextRequired");
    expect(result.data.values["label.ar"]).toBe("ما زلت أكتب");
    const question = allQuestions(await storedDefinition(versions.first)).find(
      (q) => q.id === "yes-no-1",
    );
    expect(question?.label.ar).toBe("هل مجموعتكم مسجّلة؟");
  });

  it("lets a question appear only after a chosen answer, and the preview shows it once the page is checked", async () => {
    const added = expectRedirect(
      await editVersion(versions.first, {
        intent: "add-question",
        sectionId: "about-your-group",
        type: "shortText",
        label: "Registration number",
      }),
    );
    const questionId = added.split("/").at(-1)!;
    expectRedirect(
      await editQuestion(versions.first, questionId, {
        "label.en": "Registration number",
        required: "on",
        maxLength: "50",
        "showIf.questionId": "yes-no-1",
        "showIf.value.yes-no-1.yes": "on",
      }),
    );
    const preview = (answers: Record<string, string>) =>
      post(
        previewAction as Fn,
        `${base()}/${versions.first}/preview`,
        versionParams(versions.first),
        "officer",
        answers,
      ) as Promise<{
        errors: Record<string, { key: string }>;
      }>;
    expect((await preview({ "q.yes-no-1": "no" })).errors[questionId]).toBeUndefined();
    expect((await preview({ "q.yes-no-1": "yes" })).errors[questionId]?.key).toBe(
      "forms:errors.required",
    );
  });

  it("previews the form in another language without changing the viewer's own language", async () => {
    const path = `${base()}/${versions.first}/preview?language=fa`;
    const preview = unwrap<{ locale: string }>(
      await get(previewLoader as Fn, path, versionParams(versions.first), "officer"),
    );
    expect(preview.data.locale).toBe("fa");
    // The page around the preview, and every page after it, stay in the viewer's language.
    const root = await run(
      rootLoader as never,
      makeRequest(path, { cookie: await cookieOf("officer") }),
    );
    expect(unwrap<{ locale: string }>(root).data.locale).toBe("en");
    expect(root instanceof Response ? root.headers.getSetCookie() : []).toEqual([]);
    expect(JSON.stringify(root)).not.toContain("lng=");
  });

  it("publishes a draft, after which it never changes", async () => {
    const before = await storedDefinition(versions.first);
    expectRedirect(
      await editVersion(versions.first, { intent: "publish", confirm: "yes" }),
      `${base()}/${versions.first}?done=published`,
    );
    const published = await db().formVersion.findUniqueOrThrow({ where: { id: versions.first } });
    expect(published.status).toBe("PUBLISHED");
    expect(published.publishedAt).toBeInstanceOf(Date);

    const edit = unwrap<{ errors: Record<string, { key: string }> }>(
      await editQuestion(versions.first, "yes-no-1", { "label.en": "Changed after publishing" }),
    );
    expect(edit.status).toBe(400);
    expect(Object.values(edit.data.errors)[0]?.key).toBe("forms:builder.errors.notEditable");
    expect(
      unwrap(await editVersion(versions.first, { intent: "add-section", title: "Too late" }))
        .status,
    ).toBe(400);
    const officer = await db().user.findUniqueOrThrow({
      where: { id: ids.officer },
      include: { funderMemberships: true },
    });
    const actor = {
      id: officer.id,
      isPlatformAdmin: false,
      funders: officer.funderMemberships,
      organisations: [],
      panels: [],
    };
    expect(await updateDraft(actor, schemeParams(), versions.first, before)).toEqual({
      ok: false,
      reason: "not-editable",
    });
    expect(await storedDefinition(versions.first)).toEqual(before);
  });

  it("copies a published version into a new draft with the next number, leaving the published one as it was", async () => {
    const published = await storedDefinition(versions.first);
    const location = expectRedirect(await editVersion(versions.first, { intent: "new-draft" }));
    const copy = await db().formVersion.findFirstOrThrow({
      where: { schemeId: ids.scheme, version: 2 },
    });
    versions.second = copy.id;
    expect(location).toBe(`${base()}/${copy.id}?done=drafted`);
    expect(copy).toMatchObject({ status: "DRAFT", basedOnId: versions.first });
    expect(parseDefinition(copy.definition)).toEqual(published);

    // The page posts every field of the question, as a browser sends the whole form.
    expectRedirect(
      await editQuestion(versions.second, "yes-no-1", {
        "label.en": "Is your group officially registered?",
        "label.ar": "هل مجموعتكم مسجّلة؟",
        "label.uk": "Чи зареєстрована ваша група?",
        "help.en": "Saying no is fine.",
        required: "on",
      }),
    );
    expect(await storedDefinition(versions.first)).toEqual(published);

    // A second copy while a draft exists leads to that draft, not to a competing one.
    expectRedirect(
      await editVersion(versions.first, { intent: "new-draft" }),
      `${base()}/${versions.second}?done=draftExists`,
    );

    const changes = (await get(
      changesPage as Fn,
      `${base()}/${versions.second}/changes`,
      versionParams(versions.second),
      "officer",
    )) as Awaited<ReturnType<typeof changesPage>>;
    expect(changes.previous?.version).toBe(1);
    expect(changes.changes).toContainEqual(
      expect.objectContaining({
        kind: "questionChanged",
        questionId: "yes-no-1",
        changes: expect.arrayContaining([
          {
            field: "label",
            languages: [
              { locale: "en", change: "edited" },
              { locale: "uk", change: "added" },
            ],
          },
        ]),
      }),
    );
    expect(changes.languages).toEqual(["en", "uk"]);
  });

  it("uses only published versions for a round, and keeps a round with applications on its version", async () => {
    const draft = unwrap<{ errors: Record<string, { key: string }> }>(
      await editVersion(versions.second, { intent: "assign-round", roundId: ids.round }),
    );
    expect(draft.data.errors.roundId?.key).toBe("forms:builder.errors.notPublished");

    expectRedirect(
      await editVersion(versions.first, { intent: "assign-round", roundId: ids.round }),
    );
    expect((await db().round.findUniqueOrThrow({ where: { id: ids.round } })).formVersionId).toBe(
      versions.first,
    );

    const organisation = await db().organisation.create({
      data: { name: "Amal Women's Circle", legalForm: "INFORMAL_GROUP" },
    });
    await db().application.create({
      data: {
        reference: testReference(),
        potId: ids.pot,
        organisationId: organisation.id,
        formVersionId: versions.first,
      },
    });
    expectRedirect(await editVersion(versions.second, { intent: "publish", confirm: "yes" }));
    const refused = unwrap<{ errors: Record<string, { key: string }> }>(
      await editVersion(versions.second, { intent: "assign-round", roundId: ids.round }),
    );
    expect(refused.status).toBe(400);
    expect(refused.data.errors.roundId?.key).toBe("forms:builder.errors.roundHasApplications");
    expect((await db().round.findUniqueOrThrow({ where: { id: ids.round } })).formVersionId).toBe(
      versions.first,
    );
  });

  it("refuses staff of another funder, and viewers, with the same 403", async () => {
    expectForbidden(await get(versionsPage as Fn, base(), schemeParams(), "otherAdmin"));
    expectForbidden(
      await get(
        versionPage as Fn,
        `${base()}/${versions.first}`,
        versionParams(versions.first),
        "otherAdmin",
      ),
    );
    expectForbidden(await editVersion(versions.first, { intent: "new-draft" }, "otherAdmin"));
    expectForbidden(
      await post(versionsAction as Fn, base(), schemeParams(), "otherAdmin", {
        intent: "create-first",
      }),
    );
    // Their own funder in the address does not open Riverside's scheme either.
    const mixed = { funderId: ids.otherFunder, schemeId: ids.scheme, versionId: versions.first };
    expectForbidden(
      await get(
        versionPage as Fn,
        `/fund/${ids.otherFunder}/schemes/${ids.scheme}/forms/${versions.first}`,
        mixed,
        "otherAdmin",
      ),
    );
    // A viewer may look at the funder, not change its forms.
    expectForbidden(await get(versionsPage as Fn, base(), schemeParams(), "viewer"));
    expect(await db().formVersion.count({ where: { schemeId: ids.scheme } })).toBe(2);
  });
});

describe("consultation with the community working group", () => {
  async function invite(email: string, locale: string) {
    return post(workingGroupAction as Fn, `${base()}/working-group`, schemeParams(), "officer", {
      email,
      locale,
    });
  }
  async function join(person: "amina" | "olena") {
    const mail = await db().outboundEmail.findFirstOrThrow({
      where: { to: people[person].email, template: "working-group-invitation" },
    });
    const delivered = await messageFor(mail);
    const token = /\/working-group\/(\S+)/.exec(delivered.text)![1]!;
    return {
      mail: { ...mail, htmlBody: delivered.html },
      result: await post(joinAction as Fn, `/working-group/${token}`, { token }, person, {}),
    };
  }
  const suggest = (versionId: string, person: keyof typeof people, form: Record<string, string>) =>
    post(consultationAction as Fn, `/consultations/${versionId}`, { versionId }, person, form);

  it("invites members by email in their own language, and they join with the link", async () => {
    expect(
      unwrap<{ invited: string }>(await invite("Amina@Group.example", "ar")).data.invited,
    ).toBe(people.amina.email);
    expect(unwrap<{ invited: string }>(await invite(people.olena.email, "uk")).data.invited).toBe(
      people.olena.email,
    );
    const again = unwrap<{ errors: Record<string, { key: string }> }>(
      await invite(people.amina.email, "ar"),
    );
    expect(again.data.errors.email?.key).toBe("forms:workingGroup.errors.alreadyInvited");

    const { mail, result } = await join("amina");
    expect(mail.locale).toBe("ar");
    expect(mail.htmlBody).toContain('dir="rtl"');
    expect(mail.subject).toContain("Withfund");
    expect(mail.htmlBody).toContain("منح معًا");
    expectRedirect(result, "/consultations?joined=1");
    expectRedirect((await join("olena")).result);
    const member = await db().workingGroupMember.findFirstOrThrow({
      where: { email: people.amina.email },
    });
    expect(member.userId).toBe(ids.amina);
    expect(member.acceptedAt).toBeInstanceOf(Date);
    // The link works once.
    expect(unwrap((await join("amina")).result).status).toBe(410);
  });

  it("lets a member read and comment only on a version in consultation of her scheme", async () => {
    const location = expectRedirect(await editVersion(versions.second, { intent: "new-draft" }));
    versions.third = location.split("/").at(-1)!.split("?")[0]!;

    // A draft is staff's work in progress.
    expectForbidden(
      await get(
        consultationPage as Fn,
        `/consultations/${versions.third}`,
        { versionId: versions.third },
        "amina",
      ),
    );
    expectForbidden(await suggest(versions.third, "amina", { kind: "COMMENT", text: "Too early" }));

    expectRedirect(await editVersion(versions.third, { intent: "open-consultation" }));
    const page = (await get(
      consultationPage as Fn,
      `/consultations/${versions.third}`,
      { versionId: versions.third },
      "amina",
    )) as Awaited<ReturnType<typeof consultationPage>>;
    expect(page.open).toBe(true);
    expect(page.definition.sections.length).toBeGreaterThan(0);

    expectRedirect(
      await suggest(versions.third, "amina", {
        about: "question:yes-no-1",
        kind: "REWORDING",
        text: "قولوا إن المجموعات غير المسجّلة مرحّب بها",
        showName: "on",
      }),
      `/consultations/${versions.third}?sent=1#mine`,
    );
    expectRedirect(
      await suggest(versions.third, "olena", {
        about: "",
        kind: "COMMENT",
        text: "Будь ласка, коротші запитання",
      }),
    );
    const invalid = unwrap<{
      errors: Record<string, { key: string }>;
      values: Record<string, string>;
    }>(
      await suggest(versions.third, "amina", {
        about: "section:budget",
        kind: "COMMENT",
        text: "   ",
      }),
    );
    expect(invalid.data.errors.text?.key).toBe("forms:consult.errors.textRequired");
    expect(invalid.data.values.about).toBe("section:budget");

    const mine = await db().formSuggestion.findMany({
      where: { formVersionId: versions.third, authorId: ids.amina },
    });
    expect(mine).toEqual([
      expect.objectContaining({
        kind: "REWORDING",
        questionId: "yes-no-1",
        sectionId: "section-1",
        showName: true,
        locale: "en",
      }),
    ]);

    // Published versions are closed; other schemes and other people's groups are off-limits.
    expectForbidden(await suggest(versions.first, "amina", { kind: "COMMENT", text: "Late" }));
    const otherVersion = await db().formVersion.create({
      data: {
        schemeId: ids.otherScheme,
        version: 1,
        status: "CONSULTATION",
        definition: { sourceLocale: "en", sections: [] },
      },
    });
    expectForbidden(
      await get(
        consultationPage as Fn,
        `/consultations/${otherVersion.id}`,
        { versionId: otherVersion.id },
        "amina",
      ),
    );
    expectForbidden(
      await suggest(otherVersion.id, "amina", { kind: "COMMENT", text: "Not my scheme" }),
    );
    expectForbidden(
      await suggest(versions.third, "outsider", { kind: "COMMENT", text: "Not my group" }),
    );
    expect(
      await db().formSuggestion.count({
        where: { formVersionId: { in: [versions.first, otherVersion.id] } },
      }),
    ).toBe(0);
  });

  it("answers a suggestion only through the address of the version it was made on", async () => {
    const suggestion = await db().formSuggestion.create({
      data: {
        formVersionId: versions.third,
        authorId: ids.olena,
        kind: "COMMENT",
        locale: "uk",
        text: "Made on the version in consultation",
      },
    });
    for (const otherVersion of [versions.first, versions.second]) {
      const answered = await post(
        suggestionsAction as Fn,
        `${base()}/${otherVersion}/suggestions`,
        versionParams(otherVersion),
        "officer",
        { suggestionId: suggestion.id, decision: "ACCEPTED", reply: "Through the wrong version" },
      );
      expect(answered).not.toHaveProperty("status", 302);
    }
    expect(
      await db().formSuggestion.findUniqueOrThrow({ where: { id: suggestion.id } }),
    ).toMatchObject({ status: "OPEN", reply: null });
    await db().formSuggestion.delete({ where: { id: suggestion.id } });
  });

  it("emails each member the answer to her suggestion, in her language", async () => {
    const [aminas, olenas] = await Promise.all(
      [ids.amina, ids.olena].map((authorId) =>
        db().formSuggestion.findFirstOrThrow({
          where: { formVersionId: versions.third, authorId },
        }),
      ),
    );
    const answer = (suggestionId: string, decision: string, reply: string) =>
      post(
        suggestionsAction as Fn,
        `${base()}/${versions.third}/suggestions`,
        versionParams(versions.third),
        "officer",
        { suggestionId, decision, reply },
      );

    const missingReply = unwrap<{ errors: Record<string, { key: string }> }>(
      await answer(aminas!.id, "ACCEPTED", ""),
    );
    expect(missingReply.data.errors[`reply-${aminas!.id}`]?.key).toBe(
      "forms:suggestions.errors.replyRequired",
    );

    expectRedirect(
      await answer(aminas!.id, "ACCEPTED", "Thank you, we added that to the help text."),
    );
    expectRedirect(
      await answer(olenas!.id, "DECLINED", "We need these questions for every group."),
    );

    const toAmina = await db().outboundEmail.findFirstOrThrow({
      where: { to: people.amina.email, template: "suggestion-answered" },
    });
    expect(toAmina.locale).toBe("ar");
    expect(toAmina.htmlBody).toContain('dir="rtl"');
    expect(toAmina.textBody).toContain("Thank you, we added that to the help text.");
    expect(toAmina.textBody).toContain("سنُجري هذا التغيير");
    const toOlena = await db().outboundEmail.findFirstOrThrow({
      where: { to: people.olena.email, template: "suggestion-answered" },
    });
    expect(toOlena.locale).toBe("uk");
    expect(toOlena.textBody).toContain("Цього разу ми не вносимо цю зміну");

    expect(
      await db().formSuggestion.findUniqueOrThrow({ where: { id: aminas!.id } }),
    ).toMatchObject({ status: "ACCEPTED", repliedById: ids.officer });
    const twice = unwrap<{ errors: Record<string, { key: string }> }>(
      await answer(aminas!.id, "DECLINED", "Changed my mind"),
    );
    expect(twice.status).toBe(409);
    expect(
      await db().outboundEmail.count({
        where: { to: people.amina.email, template: "suggestion-answered" },
      }),
    ).toBe(1);

    // She reads the answer on her page too.
    const page = (await get(
      consultationPage as Fn,
      `/consultations/${versions.third}`,
      { versionId: versions.third },
      "amina",
    )) as Awaited<ReturnType<typeof consultationPage>>;
    expect(page.mine).toEqual([
      expect.objectContaining({
        status: "ACCEPTED",
        reply: "Thank you, we added that to the help text.",
      }),
    ]);
  });

  it("shows “You said, we did” publicly once published, naming only those who agreed", async () => {
    const visit = (version: string) =>
      run(publicPage as never, makeRequest(`/schemes/co-designed/forms/${version}`), {
        slug: "co-designed",
        version,
      });
    expect(((await visit("3")) as Response).status).toBe(404);

    expectRedirect(await editVersion(versions.third, { intent: "publish", confirm: "yes" }));
    const page = (await visit("3")) as Awaited<ReturnType<typeof publicPage>>;
    expect(page.suggestions).toHaveLength(2);
    expect(page.suggestions).toContainEqual(
      expect.objectContaining({
        status: "ACCEPTED",
        authorName: "Amina Haddad",
        questionId: "yes-no-1",
      }),
    );
    expect(page.suggestions).toContainEqual(
      expect.objectContaining({
        status: "DECLINED",
        authorName: null,
        reply: "We need these questions for every group.",
      }),
    );
    const everything = JSON.stringify(page);
    expect(everything).not.toContain("Olena");
    expect(everything).not.toContain(people.olena.email);
    expect(everything).not.toContain(ids.olena);

    // After publishing she can still read her answers, but not add to them.
    expectForbidden(
      await suggest(versions.third, "amina", { kind: "COMMENT", text: "One more thing" }),
    );
    expect(
      await get(
        consultationPage as Fn,
        `/consultations/${versions.third}`,
        { versionId: versions.third },
        "amina",
      ),
    ).not.toBeInstanceOf(Response);
  });

  it("keeps a consultation open only from a draft", async () => {
    const officer = await db().user.findUniqueOrThrow({
      where: { id: ids.officer },
      include: { funderMemberships: true },
    });
    const actor = {
      id: officer.id,
      isPlatformAdmin: false,
      funders: officer.funderMemberships,
      organisations: [],
      panels: [],
    };
    expect(await openConsultation(actor, schemeParams(), versions.third)).toEqual({
      ok: false,
      reason: "wrong-status",
    });
  });
});

describe("the demo form", () => {
  it("is a published, co-designed version 1 used by the demo round, with answered suggestions", async () => {
    await seedDemo(db());
    const scheme = await db().scheme.findUniqueOrThrow({
      where: { slug: "riverside-together" },
      include: { rounds: true },
    });
    const user = (email: string) => db().user.findUniqueOrThrow({ where: { email } });
    const input = {
      schemeId: scheme.id,
      roundId: scheme.rounds[0]!.id,
      staffUserId: (await user("tomas@example.org")).id,
      workingGroupUserIds: [
        (await user("amina@example.org")).id,
        (await user("olena@example.org")).id,
      ],
    };
    const { formVersionId } = await seedDemoForm(db(), input);
    expect(await seedDemoForm(db(), input)).toEqual({ formVersionId });
    expect(
      (await db().round.findUniqueOrThrow({ where: { id: input.roundId } })).formVersionId,
    ).toBe(formVersionId);

    const page = (await run(
      publicPage as never,
      makeRequest("/schemes/riverside-together/forms/1"),
      { slug: "riverside-together", version: "1" },
    )) as Awaited<ReturnType<typeof publicPage>>;
    const questions = allQuestions(page.definition);
    expect(questions.some((q) => q.type === "longText" && q.allowRecording)).toBe(true);
    expect(questions.some((q) => q.showIf)).toBe(true);
    expect(questions.every((q) => q.label.ar && q.label.uk)).toBe(true);
    expect(new Set(page.suggestions.map((s) => s.status))).toEqual(
      new Set(["ACCEPTED", "DECLINED"]),
    );
    expect(page.suggestions.map((s) => s.authorName)).toContain("Amina Haddad");
    expect(page.suggestions.map((s) => s.authorName)).toContain(null);
    expect(
      await db().workingGroupMember.count({
        where: { schemeId: scheme.id, acceptedAt: { not: null } },
      }),
    ).toBe(2);
  });
});

describe("retiring a version that is no longer needed", () => {
  const retire = (versionId: string, person: keyof typeof people = "officer") =>
    editVersion(versionId, { intent: "retire" }, person);
  const unretire = (versionId: string, person: keyof typeof people = "officer") =>
    editVersion(versionId, { intent: "unretire" }, person);
  const statusOf = async (versionId: string) =>
    (await db().formVersion.findUniqueOrThrow({ where: { id: versionId } })).status;
  const auditCount = (versionId: string, action: string) =>
    db().auditEvent.count({ where: { entityId: versionId, action } });
  async function addRound(name: string, opensInDays: number, closesInDays: number) {
    const round = await db().round.create({
      data: {
        schemeId: ids.scheme,
        name: { en: name },
        opensAt: new Date(Date.now() + opensInDays * DAY),
        closesAt: new Date(Date.now() + closesInDays * DAY),
        budgetMinor: 1_000_000,
        pots: {
          create: {
            name: { en: "Open pot" },
            description: { en: "" },
            amountMinor: 1_000_000,
            minGrantMinor: 10_000,
            maxGrantMinor: 500_000,
            eligibility: [],
          },
        },
      },
      include: { pots: true },
    });
    return { id: round.id, potId: round.pots[0]!.id };
  }
  const rounds: { upcoming: string; closing: string; closingPot: string } = {
    upcoming: "",
    closing: "",
    closingPot: "",
  };
  let applicationId = "";

  it("refuses while a round that is open, or has not opened yet, uses it, and names the round", async () => {
    // Version 1 is the form of the open "2027 round".
    const open = unwrap<{ errors: Record<string, { key: string; values?: { rounds: string } }> }>(
      await retire(versions.first),
    );
    expect(open.status).toBe(400);
    expect(open.data.errors.retire).toEqual({
      key: "forms:builder.errors.versionInUse",
      values: { rounds: "2027 round" },
    });

    rounds.upcoming = (await addRound("2028 round", 60, 90)).id;
    expectRedirect(
      await editVersion(versions.third, { intent: "assign-round", roundId: rounds.upcoming }),
    );
    const upcoming = unwrap<{
      errors: Record<string, { key: string; values?: { rounds: string } }>;
    }>(await retire(versions.third));
    expect(upcoming.status).toBe(400);
    expect(upcoming.data.errors.retire?.values?.rounds).toBe("2028 round");

    expect(await statusOf(versions.first)).toBe("PUBLISHED");
    expect(await statusOf(versions.third)).toBe("PUBLISHED");
    expect(await auditCount(versions.first, "forms.retired")).toBe(0);
    expect(await auditCount(versions.third, "forms.retired")).toBe(0);
  });

  it("refuses someone who may not change the scheme's forms with the same 403", async () => {
    expectForbidden(await retire(versions.second, "viewer"));
    expectForbidden(await retire(versions.second, "otherAdmin"));
    expectForbidden(await retire(versions.second, "amina"));
    expect(await statusOf(versions.second)).toBe("PUBLISHED");
  });

  it("retires a version once its rounds have closed, and applications on it keep working", async () => {
    // A round used version 2 and Amina's group started an application on it; then it closed.
    const round = await addRound("2026 round", -1, 10);
    rounds.closing = round.id;
    rounds.closingPot = round.potId;
    expectRedirect(
      await editVersion(versions.second, { intent: "assign-round", roundId: round.id }),
    );
    const organisation = await db().organisation.create({
      data: {
        name: "Sisters of the Valley",
        legalForm: "INFORMAL_GROUP",
        members: { create: { userId: ids.amina, role: "OWNER" } },
      },
    });
    const amina = (await getUser(makeRequest("/", { cookie: await cookieOf("amina") })))!;
    const started = await startApplication(amina, {
      organisationId: organisation.id,
      potId: round.potId,
    });
    if (!started.ok) throw new Error(`could not start: ${started.reason}`);
    applicationId = started.applicationId;
    await db().round.update({
      where: { id: round.id },
      data: { opensAt: new Date(Date.now() - 40 * DAY), closesAt: new Date(Date.now() - DAY) },
    });

    expectRedirect(await retire(versions.second), `${base()}/${versions.second}?done=retired`);
    expect(await statusOf(versions.second)).toBe("RETIRED");
    expect(
      await db().auditEvent.findFirstOrThrow({
        where: { entityId: versions.second, action: "forms.retired" },
      }),
    ).toMatchObject({ actorId: ids.officer, funderId: ids.funder });

    // She opens the task list and a section, and saves her answer.
    const cookie = await cookieOf("amina");
    const tasks = unwrap<{ sections: { id: string }[] }>(
      await run(tasksLoader, makeRequest(`/applications/${applicationId}`, { cookie }), {
        applicationId,
      }),
    );
    expect(tasks.data.sections.map((s) => s.id)).toContain("about-your-group");
    const sectionPage = await run(
      sectionLoader,
      makeRequest(`/applications/${applicationId}/sections/about-your-group`, { cookie }),
      { applicationId, sectionId: "about-your-group" },
    );
    expect(sectionPage).not.toBeInstanceOf(Response);
    const body = new FormData();
    body.append("q.group-name", "Sisters of the Valley");
    body.append("revision", "0");
    body.append("intent", "later");
    const saved = await run(
      sectionAction,
      new Request(new URL(`/applications/${applicationId}/sections/about-your-group`, BASE_URL), {
        method: "POST",
        body,
        headers: { Cookie: cookie },
      }),
      { applicationId, sectionId: "about-your-group" },
    );
    expectRedirect(saved, `/applications/${applicationId}?notice=saved`);
    const application = await db().application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(application.formVersionId).toBe(versions.second);
    expect((application.answers as Record<string, string>)["group-name"]).toBe(
      "Sisters of the Valley",
    );
  });

  it("keeps a retired version in the list, with its pages, marked as no longer used", async () => {
    const list = (await get(versionsPage as Fn, base(), schemeParams(), "officer")) as Awaited<
      ReturnType<typeof versionsPage>
    >;
    expect(list.versions.find((v) => v.id === versions.second)).toMatchObject({
      version: 2,
      status: "RETIRED",
      applications: 1,
    });
    const page = (await get(
      versionPage as Fn,
      `${base()}/${versions.second}`,
      versionParams(versions.second),
      "officer",
    )) as Awaited<ReturnType<typeof versionPage>>;
    expect(page.version.status).toBe("RETIRED");
    const changes = (await get(
      changesPage as Fn,
      `${base()}/${versions.second}/changes`,
      versionParams(versions.second),
      "officer",
    )) as Awaited<ReturnType<typeof changesPage>>;
    expect(changes.previous?.version).toBe(1);
    const publicVersion = (await run(
      publicPage as never,
      makeRequest("/schemes/co-designed/forms/2"),
      { slug: "co-designed", version: "2" },
    )) as Awaited<ReturnType<typeof publicPage>>;
    expect(publicVersion).not.toBeInstanceOf(Response);
    expect(publicVersion.version).toBe(2);
  });

  it("never lets a round choose a retired version", async () => {
    for (const roundId of [ids.round, rounds.upcoming]) {
      const refused = unwrap<{ errors: Record<string, { key: string }> }>(
        await editVersion(versions.second, { intent: "assign-round", roundId }),
      );
      expect(refused.status).toBe(400);
      expect(refused.data.errors.roundId?.key).toBe("forms:builder.errors.notPublished");
    }
    expect((await db().round.findUniqueOrThrow({ where: { id: ids.round } })).formVersionId).toBe(
      versions.first,
    );
    expect(
      (await db().round.findUniqueOrThrow({ where: { id: rounds.upcoming } })).formVersionId,
    ).toBe(versions.third);
    // Retiring twice is refused next to the button, not with an error page.
    const twice = unwrap<{ errors: Record<string, { key: string }> }>(
      await retire(versions.second),
    );
    expect(twice.data.errors.retire?.key).toBe("forms:builder.errors.wrongStatus");
  });

  it("does not let a closed round on a retired version reopen and take applications", async () => {
    const closing = await db().round.findUniqueOrThrow({ where: { id: rounds.closing } });
    const reopen = (closesAt: Date) =>
      updateRound(
        ids.officer,
        ids.funder,
        rounds.closing,
        {
          name: { en: "2026 round" },
          opensAt: closing.opensAt,
          closesAt,
          decisionAt: null,
          budgetMinor: null,
        },
        "en",
      );
    const refused = await reopen(new Date(Date.now() + 10 * DAY));
    expect(refused).toMatchObject({
      ok: false,
      errors: [{ field: "closesAt", key: "schemes:errors.retiredFormVersion" }],
    });
    expect(
      (await db().round.findUniqueOrThrow({ where: { id: rounds.closing } })).closesAt,
    ).toEqual(closing.closesAt);
    // Correcting a closed round's dates without reopening it is still allowed.
    expect(await reopen(new Date(closing.closesAt.getTime() - DAY))).toMatchObject({ ok: true });
  });

  it("brings a retired version back to published, for staff who may change forms", async () => {
    expectForbidden(await unretire(versions.second, "viewer"));
    expect(await statusOf(versions.second)).toBe("RETIRED");

    expectRedirect(await unretire(versions.second), `${base()}/${versions.second}?done=unretired`);
    expect(await statusOf(versions.second)).toBe("PUBLISHED");
    expect(await auditCount(versions.second, "forms.unretired")).toBe(1);
    const again = unwrap<{ errors: Record<string, { key: string }> }>(
      await unretire(versions.second),
    );
    expect(again.status).toBe(400);
    expect(again.data.errors.retire?.key).toBe("forms:builder.errors.wrongStatus");

    // Published again, it can be chosen for a round that has no applications yet.
    expectRedirect(
      await editVersion(versions.second, { intent: "assign-round", roundId: rounds.upcoming }),
    );
  });
});
