import { describe, expect, it } from "vitest";
import { loader as applyLoader, action as applyAction } from "~/routes/apply.$potId";
import {
  loader as tasksLoader,
  action as tasksAction,
} from "~/routes/applications.$applicationId._index";
import {
  loader as sectionLoader,
  action as sectionAction,
} from "~/routes/applications.$applicationId.sections.$sectionId";
import { action as autosaveAction } from "~/routes/applications.$applicationId.sections.$sectionId_.autosave";
import {
  loader as uploadLoader,
  action as uploadAction,
} from "~/routes/applications.$applicationId.files";
import { loader as fileLoader } from "~/routes/applications.$applicationId.files.$fileId";
import {
  loader as checkLoader,
  action as checkAction,
} from "~/routes/applications.$applicationId.check";
import { loader as sentLoader } from "~/routes/applications.$applicationId.sent";
import {
  loader as onBehalfLoader,
  action as onBehalfAction,
} from "~/routes/fund.$funderId.apply-on-behalf";
import type { FormDefinition } from "~/domain/forms/definition";
import { startApplication, submitApplication } from "~/services/applications/applications.server";
import { db } from "~/services/platform/db.server";
import { getUser } from "~/services/access/permissions.server";
import { useTestDatabase } from "../support/database";
import {
  createEarlierApplication,
  createOpenRound,
  createUser,
  smallForm,
  testReference,
} from "../support/fixtures";
import { BASE_URL, makeRequest, run, signedInCookie, unwrap } from "../support/requests";

/**
 * Who may read and change an application, through its pages: a draft is the group's until it is
 * sent, and funder staff work for a group only when it has dealt with their funder before.
 */

useTestDatabase();

const pdf = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);
const withPapers: FormDefinition = {
  ...smallForm,
  sections: [
    ...smallForm.sections,
    {
      id: "papers",
      title: { en: "Papers" },
      questions: [
        {
          id: "letter",
          type: "file",
          label: { en: "Letter of support" },
          required: false,
          accept: ["application/pdf"],
          maxBytes: 100_000,
        },
      ],
    },
  ],
};
const groupFields = {
  "q.about": "We meet every week to practise English and share meals.",
  "q.registered": "no",
};
const budgetFields = { "q.budget.0.item": "Room hire", "q.budget.0.amount": "1200" };

function multipart(
  path: string,
  cookie: string,
  fields: Record<string, string>,
  file?: { filename: string; bytes: Uint8Array; type: string },
) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  if (file)
    body.append("file", new File([new Uint8Array(file.bytes)], file.filename, { type: file.type }));
  return new Request(new URL(path, BASE_URL), {
    method: "POST",
    body,
    headers: { Cookie: cookie },
  });
}

const status = (result: unknown) =>
  result instanceof Response ? result.status : unwrap(result).status;
const location = (result: unknown) => (result as Response).headers.get("Location");

/** An open round, the funder's three kinds of staff, and a draft the group started itself, with answers and a file. */
async function groupDraft() {
  const setup = await createOpenRound();
  await db().formVersion.update({ where: { id: setup.form.id }, data: { definition: withPapers } });
  const [admin, viewer] = await Promise.all([createUser("Grace"), createUser("Helen")]);
  await db().funderMember.createMany({
    data: [
      { funderId: setup.funder.id, userId: admin.id, role: "ADMIN" },
      { funderId: setup.funder.id, userId: viewer.id, role: "VIEWER" },
    ],
  });
  const [amina, officer, adminCookie, viewerCookie] = await Promise.all([
    signedInCookie(setup.owner.id),
    signedInCookie(setup.staff.id),
    signedInCookie(admin.id),
    signedInCookie(viewer.id),
  ]);
  const aminaActor = (await getUser(makeRequest("/", { cookie: amina })))!;
  const start = await startApplication(aminaActor, {
    organisationId: setup.organisation.id,
    potId: setup.pot.id,
  });
  if (!start.ok) throw new Error(`could not start: ${start.reason}`);
  const id = start.applicationId;
  await run(
    sectionAction,
    multipart(`/applications/${id}/sections/group`, amina, {
      ...groupFields,
      revision: "0",
      intent: "later",
    }),
    { applicationId: id, sectionId: "group" },
  );
  await run(
    uploadAction,
    multipart(
      `/applications/${id}/files?question=letter&kind=file`,
      amina,
      {},
      { filename: "letter.pdf", bytes: pdf, type: "application/pdf" },
    ),
    { applicationId: id },
  );
  const file = await db().storedFile.findFirstOrThrow({ where: { applicationId: id } });
  return {
    ...setup,
    id,
    file,
    aminaActor,
    cookies: { amina, officer, admin: adminCookie, viewer: viewerCookie },
  };
}

describe("a group's unsent draft", () => {
  it("is hidden from every member of the funder's staff: its pages, its people and its files, as if it did not exist", async () => {
    const { id, file, cookies } = await groupDraft();
    const params = { applicationId: id };
    for (const cookie of [cookies.viewer, cookies.officer, cookies.admin]) {
      const seen = [
        await run(tasksLoader, makeRequest(`/applications/${id}`, { cookie }), params),
        await run(sectionLoader, makeRequest(`/applications/${id}/sections/group`, { cookie }), {
          ...params,
          sectionId: "group",
        }),
        await run(checkLoader, makeRequest(`/applications/${id}/check`, { cookie }), params),
        await run(fileLoader, makeRequest(`/applications/${id}/files/${file.id}`, { cookie }), {
          ...params,
          fileId: file.id,
        }),
        await run(
          uploadLoader,
          makeRequest(`/applications/${id}/files?question=letter&kind=file`, { cookie }),
          params,
        ),
        await run(tasksLoader, makeRequest("/applications/no-such-application", { cookie }), {
          applicationId: "no-such-application",
        }),
      ];
      expect(seen.map(status)).toEqual([403, 403, 403, 403, 403, 403]);
    }
    // The group itself still reads all of it.
    expect(
      status(
        await run(
          sectionLoader,
          makeRequest(`/applications/${id}/sections/group`, { cookie: cookies.amina }),
          { ...params, sectionId: "group" },
        ),
      ),
    ).toBe(200);
  });

  it("cannot be saved into, uploaded to, sent or withdrawn by the funder's admin or programme officer", async () => {
    const { id, cookies } = await groupDraft();
    const before = await db().application.findUniqueOrThrow({ where: { id } });
    const params = { applicationId: id };
    for (const cookie of [cookies.officer, cookies.admin]) {
      const tried = [
        await run(
          sectionAction,
          multipart(`/applications/${id}/sections/group`, cookie, {
            "q.about": "Changed by staff",
            "q.registered": "yes",
            revision: "1",
            intent: "later",
          }),
          { ...params, sectionId: "group" },
        ),
        await run(
          autosaveAction,
          makeRequest(`/applications/${id}/sections/group/autosave`, {
            cookie,
            form: { "q.about": "Changed by staff", revision: "1", intent: "autosave" },
          }),
          { ...params, sectionId: "group" },
        ),
        await run(
          uploadAction,
          multipart(
            `/applications/${id}/files?question=letter&kind=file`,
            cookie,
            {},
            { filename: "other.pdf", bytes: pdf, type: "application/pdf" },
          ),
          params,
        ),
        await run(
          tasksAction,
          makeRequest(`/applications/${id}`, {
            cookie,
            form: { intent: "language", answerLanguage: "en" },
          }),
          params,
        ),
        await run(
          tasksAction,
          makeRequest(`/applications/${id}`, { cookie, form: { intent: "withdraw" } }),
          params,
        ),
        await run(
          checkAction,
          makeRequest(`/applications/${id}/check`, { cookie, form: {} }),
          params,
        ),
      ];
      expect(tried.map(status)).toEqual([403, 403, 403, 403, 403, 403]);
    }
    const after = await db().application.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({
      status: "DRAFT",
      revision: before.revision,
      answers: before.answers,
      answerLanguage: before.answerLanguage,
    });
    expect(await db().storedFile.count({ where: { applicationId: id } })).toBe(1);
  });

  it("is not opened for staff who post the group to the apply page or to apply on its behalf, even for a group they know", async () => {
    const setup = await groupDraft();
    await createEarlierApplication(setup);
    const form = { organisationId: setup.organisation.id, potId: setup.pot.id };
    const viaApply = await run(
      applyAction,
      makeRequest(`/apply/${setup.pot.id}`, {
        cookie: setup.cookies.officer,
        form: { organisationId: form.organisationId },
      }),
      { potId: setup.pot.id },
    );
    expect(status(viaApply)).toBe(403);
    const onBehalf = await run(
      onBehalfAction,
      makeRequest(`/fund/${setup.funder.id}/apply-on-behalf`, {
        cookie: setup.cookies.officer,
        form,
      }),
      { funderId: setup.funder.id },
    );
    expect(unwrap(onBehalf)).toEqual({
      status: 409,
      data: { refused: "applications:onBehalf.groupHasDraft", values: form },
    });
    expect(
      await db().application.count({
        where: { organisationId: setup.organisation.id, potId: setup.pot.id },
      }),
    ).toBe(1);
  });

  it("is shown to the funder once the group sends it, with members' names and no email addresses", async () => {
    const { id, cookies, aminaActor, owner, colleague } = await groupDraft();
    await run(
      sectionAction,
      multipart(`/applications/${id}/sections/money`, cookies.amina, {
        ...budgetFields,
        revision: "0",
        intent: "continue",
      }),
      { applicationId: id, sectionId: "money" },
    );
    expect(await submitApplication(aminaActor, id)).toEqual({ ok: true, alreadySubmitted: false });
    const params = { applicationId: id };

    type Tasks = { members: { name: string | null; email: string | null }[] };
    const forViewer = unwrap<Tasks>(
      await run(
        tasksLoader,
        makeRequest(`/applications/${id}`, { cookie: cookies.viewer }),
        params,
      ),
    );
    expect(forViewer.data.members).toEqual([
      expect.objectContaining({ name: "Amina", email: null }),
      expect.objectContaining({ name: "Olena", email: null }),
    ]);
    const sent = unwrap<{ receipt: unknown }>(
      await run(
        sentLoader,
        makeRequest(`/applications/${id}/sent`, { cookie: cookies.viewer }),
        params,
      ),
    );
    expect(sent.data.receipt).toBeNull();
    expect(JSON.stringify([forViewer.data, sent.data])).not.toContain(owner.email);

    // The group's own pages keep its addresses.
    const forGroup = unwrap<Tasks>(
      await run(tasksLoader, makeRequest(`/applications/${id}`, { cookie: cookies.amina }), params),
    );
    expect(forGroup.data.members.map((m) => m.email)).toEqual([owner.email, colleague.email]);
  });
});

describe("applying on a group's behalf", () => {
  async function threeGroups() {
    const setup = await createOpenRound();
    const tag = setup.funder.slug;
    const known = await db().organisation.update({
      where: { id: setup.organisation.id },
      data: { name: `Zeytun Bakery ${tag}` },
    });
    await createEarlierApplication(setup);
    const stranger = await createUser("Mariam");
    const unknown = await db().organisation.create({
      data: {
        name: `Zeytun Kitchen ${tag}`,
        legalForm: "INFORMAL_GROUP",
        members: { create: { userId: stranger.id, role: "OWNER" } },
      },
    });
    // A group that started an application here and withdrew it unsent has shown the funder nothing.
    const withdrew = await db().organisation.create({
      data: { name: `Zeytun Garden ${tag}`, legalForm: "INFORMAL_GROUP" },
    });
    await db().application.create({
      data: {
        reference: testReference(),
        potId: setup.pot.id,
        organisationId: withdrew.id,
        status: "WITHDRAWN",
        answers: {},
      },
    });
    return {
      ...setup,
      tag,
      known,
      unknown,
      withdrew,
      officer: await signedInCookie(setup.staff.id),
    };
  }

  it("finds only groups that have sent the funder an application before, and refuses any other", async () => {
    const { funder, pot, tag, known, unknown, withdrew, officer } = await threeGroups();
    const params = { funderId: funder.id };
    type Page = { results: { id: string }[]; chosen: { id: string } | null };
    const search = unwrap<Page>(
      await run(
        onBehalfLoader,
        makeRequest(`/fund/${funder.id}/apply-on-behalf?q=zeytun%20${tag}`, { cookie: officer }),
        params,
      ),
    );
    expect(search.data.results.map((r) => r.id)).toEqual([known.id]);
    const chosen = unwrap<Page>(
      await run(
        onBehalfLoader,
        makeRequest(`/fund/${funder.id}/apply-on-behalf?organisationId=${unknown.id}`, {
          cookie: officer,
        }),
        params,
      ),
    );
    expect(chosen.data.chosen).toBeNull();

    const refused = await run(
      onBehalfAction,
      makeRequest(`/fund/${funder.id}/apply-on-behalf`, {
        cookie: officer,
        form: { organisationId: unknown.id, potId: pot.id },
      }),
      params,
    );
    expect(status(refused)).toBe(403);
    const viaApply = await run(
      applyAction,
      makeRequest(`/apply/${pot.id}`, { cookie: officer, form: { organisationId: unknown.id } }),
      { potId: pot.id },
    );
    expect(status(viaApply)).toBe(403);
    expect(await db().application.count({ where: { organisationId: unknown.id } })).toBe(0);
    const afterWithdrawing = await run(
      onBehalfAction,
      makeRequest(`/fund/${funder.id}/apply-on-behalf`, {
        cookie: officer,
        form: { organisationId: withdrew.id, potId: pot.id },
      }),
      params,
    );
    expect(status(afterWithdrawing)).toBe(403);
  });

  it("still works for a group the funder knows, and the draft it enters is the funder's to see, viewers included", async () => {
    const { funder, pot, known, officer } = await threeGroups();
    const started = await run(
      onBehalfAction,
      makeRequest(`/fund/${funder.id}/apply-on-behalf`, {
        cookie: officer,
        form: { organisationId: known.id, potId: pot.id },
      }),
      { funderId: funder.id },
    );
    const application = await db().application.findFirstOrThrow({
      where: { organisationId: known.id, potId: pot.id },
    });
    expect(location(started)).toBe(`/applications/${application.id}`);
    expect(application).toMatchObject({ status: "DRAFT", enteredOnBehalfById: expect.any(String) });

    const viewer = await createUser("Helen");
    await db().funderMember.create({
      data: { funderId: funder.id, userId: viewer.id, role: "VIEWER" },
    });
    const params = { applicationId: application.id };
    const seen = unwrap<{ onBehalf: boolean; members: { email: string | null }[] }>(
      await run(
        tasksLoader,
        makeRequest(`/applications/${application.id}`, { cookie: await signedInCookie(viewer.id) }),
        params,
      ),
    );
    expect(seen.data.onBehalf).toBe(true);
    expect(seen.data.members.length).toBeGreaterThan(0);
    expect(seen.data.members.every((m) => m.email === null)).toBe(true);
  });
});

describe("a pot of a scheme that is not published", () => {
  it("answers the group's POST with the same 404 as its page, and starts nothing", async () => {
    const setup = await createOpenRound();
    await db().scheme.update({ where: { id: setup.scheme.id }, data: { published: false } });
    const cookie = await signedInCookie(setup.owner.id);
    const params = { potId: setup.pot.id };
    expect(
      status(await run(applyLoader, makeRequest(`/apply/${setup.pot.id}`, { cookie }), params)),
    ).toBe(404);
    const posted = await run(
      applyAction,
      makeRequest(`/apply/${setup.pot.id}`, {
        cookie,
        form: { organisationId: setup.organisation.id },
      }),
      params,
    );
    expect(status(posted)).toBe(404);
    const area = await run(
      applyAction,
      makeRequest(`/apply/${setup.pot.id}`, {
        cookie,
        form: { intent: "area", organisationId: setup.organisation.id, area: "Riverside" },
      }),
      params,
    );
    expect(status(area)).toBe(404);
    expect(await db().application.count({ where: { organisationId: setup.organisation.id } })).toBe(
      0,
    );
  });
});
