import { describe, expect, it } from "vitest";
import { loader as applyLoader, action as applyAction } from "~/routes/apply.$potId";
import { loader as listLoader } from "~/routes/applications._index";
import {
  loader as tasksLoader,
  action as tasksAction,
} from "~/routes/applications.$applicationId._index";
import { loader as sectionLoader } from "~/routes/applications.$applicationId.sections.$sectionId";
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
import { db } from "~/services/platform/db.server";
import { translatorFor } from "~/services/platform/i18n.server";
import { useTestDatabase } from "../support/database";
import { createEarlierApplication, createOpenRound, createUser } from "../support/fixtures";
import { makeRequest, run, signedInCookie, unwrap } from "../support/requests";
import {
  askForALetter,
  budgetFields,
  groupFields,
  location,
  multipart,
  pdf,
  postSection,
  started,
} from "../support/applying";

useTestDatabase();

// The first bytes of a Windows program: what a virus renamed to "report.pdf" starts with.
const program = new Uint8Array([
  0x4d,
  0x5a,
  0x90,
  0x00,
  0x03,
  0x00,
  0x00,
  0x00,
  0x04,
  0x00,
  0x00,
  0x00,
  0xff,
  0xff,
  ...new Array(200).fill(0),
]);

async function fillAll(id: string, cookie: string) {
  await postSection(id, "group", cookie, { ...groupFields, revision: "0", intent: "continue" });
  await postSection(id, "money", cookie, { ...budgetFields, revision: "0", intent: "continue" });
}

describe("starting an application", () => {
  it("starts for the chosen group and opens the task list", async () => {
    const setup = await createOpenRound();
    const cookie = await signedInCookie(setup.owner.id);
    const page = unwrap<{ groups: { id: string; name: string }[]; roundState: string }>(
      await run(applyLoader, makeRequest(`/apply/${setup.pot.id}`, { cookie }), {
        potId: setup.pot.id,
      }),
    );
    expect(page.data.roundState).toBe("open");
    expect(page.data.groups.map((g) => g.name)).toEqual(["Amal Women's Circle"]);
    const response = await run(
      applyAction,
      makeRequest(`/apply/${setup.pot.id}`, {
        cookie,
        form: { organisationId: setup.organisation.id },
      }),
      { potId: setup.pot.id },
    );
    const application = await db().application.findFirstOrThrow({
      where: { organisationId: setup.organisation.id },
    });
    expect(location(response)).toBe(`/applications/${application.id}`);
  });

  it("explains each rule the group does not meet instead of starting", async () => {
    const setup = await createOpenRound();
    await db().pot.update({
      where: { id: setup.pot.id },
      data: {
        eligibility: [
          { type: "legalForms", allowed: ["REGISTERED_CHARITY"], informalNeedsHost: false },
          { type: "minYearsActive", years: 2 },
        ],
      },
    });
    const cookie = await signedInCookie(setup.owner.id);
    const result = unwrap<{
      outcome: string;
      reasons: { result: string; explanation: { key: string } }[];
    }>(
      await run(
        applyAction,
        makeRequest(`/apply/${setup.pot.id}`, {
          cookie,
          form: { organisationId: setup.organisation.id },
        }),
        { potId: setup.pot.id },
      ),
    );
    expect(result.status).toBe(400);
    expect(result.data.reasons.map((r) => r.explanation.key)).toEqual([
      "eligibility:legalForm.notAllowed",
      "eligibility:years.unknown",
    ]);
    expect(await db().application.count({ where: { organisationId: setup.organisation.id } })).toBe(
      0,
    );
  });

  it("lets a group that wrote its area in its own script pick the funder's area, saves it, and starts", async () => {
    const setup = await createOpenRound();
    await db().pot.update({
      where: { id: setup.pot.id },
      data: { eligibility: [{ type: "areaServed", areas: ["Riverside", "Northgate"] }] },
    });
    // Named apart from the other tests' groups, which staff search for by name.
    await db().organisation.update({
      where: { id: setup.organisation.id },
      data: { name: "نساء ريفرسايد", areaServed: "ريفرسايد" },
    });
    const cookie = await signedInCookie(setup.owner.id);
    const post = (form: Record<string, string>, who = cookie) =>
      run(applyAction, makeRequest(`/apply/${setup.pot.id}`, { cookie: who, form }), {
        potId: setup.pot.id,
      });

    const refused = unwrap<{ outcome: string; areas: string[] }>(
      await post({ organisationId: setup.organisation.id }),
    );
    expect(refused.status).toBe(400);
    expect(refused.data.areas).toEqual(["Riverside", "Northgate"]);

    // Only the funder's own areas can be chosen, and nothing is saved otherwise.
    const madeUp = unwrap<{ errors: Record<string, { key: string }>; areas: string[] }>(
      await post({ intent: "area", organisationId: setup.organisation.id, area: "Somewhere else" }),
    );
    expect(madeUp.status).toBe(400);
    expect(madeUp.data.errors.area?.key).toBe("applications:start.errors.chooseArea");
    expect(
      (await db().organisation.findUniqueOrThrow({ where: { id: setup.organisation.id } }))
        .areaServed,
    ).toBe("ريفرسايد");

    // Someone outside the group cannot change its profile this way.
    const stranger = await createUser("Someone Else");
    expect(
      (
        (await post(
          { intent: "area", organisationId: setup.organisation.id, area: "riverside" },
          await signedInCookie(stranger.id),
        )) as Response
      ).status,
    ).toBe(403);

    const started = await post({
      intent: "area",
      organisationId: setup.organisation.id,
      area: " riverside ",
    });
    const application = await db().application.findFirstOrThrow({
      where: { organisationId: setup.organisation.id },
    });
    expect(location(started)).toBe(`/applications/${application.id}`);
    expect(
      (await db().organisation.findUniqueOrThrow({ where: { id: setup.organisation.id } }))
        .areaServed,
    ).toBe("Riverside");
    expect(
      await db().auditEvent.count({
        where: { entityId: setup.organisation.id, action: "organisations.updated" },
      }),
    ).toBe(1);
  });

  it("asks which group when none is chosen, and refuses a group she is not in", async () => {
    const setup = await createOpenRound();
    const other = await createOpenRound();
    const cookie = await signedInCookie(setup.owner.id);
    const missing = unwrap<{ errors: Record<string, { key: string }> }>(
      await run(applyAction, makeRequest(`/apply/${setup.pot.id}`, { cookie, form: {} }), {
        potId: setup.pot.id,
      }),
    );
    expect(missing.data.errors.organisationId?.key).toBe("applications:start.errors.chooseGroup");
    const foreign = await run(
      applyAction,
      makeRequest(`/apply/${setup.pot.id}`, {
        cookie,
        form: { organisationId: other.organisation.id },
      }),
      { potId: setup.pot.id },
    );
    expect((foreign as Response).status).toBe(403);
  });
});

describe("answering a section", () => {
  it("saves a plain form post and moves on to the next part", async () => {
    const { id, cookies } = await started();
    const response = await postSection(id, "group", cookies.amina, {
      ...groupFields,
      revision: "0",
      intent: "continue",
    });
    expect(location(response)).toBe(`/applications/${id}/sections/money`);
    const tasks = unwrap<{ sections: { id: string; state: string }[] }>(
      await run(tasksLoader, makeRequest(`/applications/${id}`, { cookie: cookies.amina }), {
        applicationId: id,
      }),
    );
    expect(tasks.data.sections).toEqual([
      expect.objectContaining({ id: "group", state: "complete" }),
      expect.objectContaining({ id: "money", state: "not-started" }),
    ]);
  });

  it("keeps what was typed and shows what is missing when continuing with gaps", async () => {
    const { id, cookies } = await started();
    const result = unwrap<{
      outcome: string;
      errors: Record<string, { key: string }>;
      values: Record<string, string>;
      revision: number;
    }>(
      await postSection(id, "group", cookies.amina, {
        "q.about": "We cook together",
        revision: "0",
        intent: "continue",
      }),
    );
    expect(result.status).toBe(400);
    expect(result.data.errors.registered?.key).toBe("forms:errors.required");
    expect(result.data.values.about).toBe("We cook together");
    expect(result.data.revision).toBe(1);
    const page = unwrap<{ values: Record<string, string> }>(
      await run(
        sectionLoader,
        makeRequest(`/applications/${id}/sections/group`, { cookie: cookies.amina }),
        { applicationId: id, sectionId: "group" },
      ),
    );
    expect(page.data.values.about).toBe("We cook together");
  });

  it("shows a collaborator's newer answers and gives back her own text when the page was stale", async () => {
    const { id, cookies } = await started();
    const olenaSaved = await postSection(id, "group", cookies.olena, {
      ...groupFields,
      "q.about": "Olena's newer text",
      revision: "0",
      intent: "later",
    });
    expect(location(olenaSaved)).toBe(`/applications/${id}?notice=saved`);
    const stale = unwrap<{
      outcome: string;
      values: Record<string, string>;
      copies: { questionId: string; text: string }[];
      revision: number;
    }>(
      await postSection(id, "group", cookies.amina, {
        ...groupFields,
        "q.about": "Amina's own words",
        revision: "0",
        intent: "continue",
      }),
    );
    expect(stale.status).toBe(409);
    expect(stale.data.outcome).toBe("conflict");
    expect(stale.data.values.about).toBe("Olena's newer text");
    expect(stale.data.copies).toEqual([{ questionId: "about", text: "Amina's own words" }]);
    expect(stale.data.revision).toBe(1);
    const stored = await db().application.findUniqueOrThrow({ where: { id } });
    expect((stored.answers as Record<string, string>).about).toBe("Olena's newer text");
  });

  it("autosaves a half-finished part without completing it and hands back the new revision", async () => {
    const { id, cookies } = await started();
    const request = makeRequest(`/applications/${id}/sections/group/autosave`, {
      cookie: cookies.amina,
      form: { "q.about": "Half a sentence", revision: "0", intent: "autosave" },
    });
    const response = (await run(autosaveAction, request, {
      applicationId: id,
      sectionId: "group",
    })) as Response;
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ outcome: "autosaved", revision: 1 });
    const again = (await run(
      autosaveAction,
      makeRequest(`/applications/${id}/sections/group/autosave`, {
        cookie: cookies.amina,
        form: { "q.about": "Half a sentence more", revision: "1", intent: "autosave" },
      }),
      { applicationId: id, sectionId: "group" },
    )) as Response;
    expect(await again.json()).toMatchObject({ outcome: "autosaved", revision: 2 });
    // The page's own action answers an autosave the same way, as data rather than a redirect.
    const viaPage = unwrap<{ outcome: string; revision: number }>(
      await postSection(id, "group", cookies.amina, {
        "q.about": "Whole sentence.",
        revision: "2",
        intent: "autosave",
      }),
    );
    expect(viaPage.data).toMatchObject({ outcome: "autosaved", revision: 3 });
    const stale = (await run(
      autosaveAction,
      makeRequest(`/applications/${id}/sections/group/autosave`, {
        cookie: cookies.olena,
        form: { "q.about": "Old copy", revision: "1", intent: "autosave" },
      }),
      { applicationId: id, sectionId: "group" },
    )) as Response;
    expect(stale.status).toBe(409);
    const application = await db().application.findUniqueOrThrow({ where: { id } });
    expect((application.answers as Record<string, string>).about).toBe("Whole sentence.");
    expect(application.completedSections).toEqual([]);
  });
});

describe("files", () => {
  it("refuses a program renamed to .pdf with a translated message and keeps nothing", async () => {
    const { id, cookies, form } = await started();
    await askForALetter(form.id);
    const request = multipart(
      `/applications/${id}/files?question=letter&kind=file`,
      cookies.amina,
      {},
      { name: "file", filename: "report.pdf", bytes: program, type: "application/pdf" },
    );
    const refused = unwrap<{ errors: { file: { key: string; values: Record<string, string> } } }>(
      await run(uploadAction, request, { applicationId: id }),
    );
    expect(refused.status).toBe(400);
    expect(refused.data.errors.file.key).toBe("applications:files.errors.wrongType");
    const english = (await translatorFor("en"))(
      refused.data.errors.file.key,
      refused.data.errors.file.values,
    );
    expect(english).toMatch(/^This file is not a .+\. Please choose another file\.$/);
    expect(refused.data.errors.file.values.types).toMatch(/ or /);
    const arabic = (await translatorFor("ar"))(
      refused.data.errors.file.key,
      unwrap<typeof refused.data>(
        await run(
          uploadAction,
          multipart(
            `/applications/${id}/files?question=letter&kind=file&lng=ar`,
            cookies.amina,
            {},
            { name: "file", filename: "report.pdf", bytes: program, type: "application/pdf" },
          ),
          { applicationId: id },
        ),
      ).data.errors.file.values,
    );
    expect(arabic).not.toMatch(/This file/);
    expect(arabic).toMatch(/[\u0600-\u06ff]/);
    expect(await db().storedFile.count({ where: { applicationId: id } })).toBe(0);
    expect((await db().application.findUniqueOrThrow({ where: { id } })).answers).toEqual({});
  });

  it("stores a real PDF as the answer, shows its name, and serves it only to people who may read the application", async () => {
    const { id, cookies, form } = await started();
    await db().formVersion.update({
      where: { id: form.id },
      data: {
        definition: {
          sourceLocale: "en",
          sections: [
            {
              id: "papers",
              title: { en: "Papers" },
              questions: [
                {
                  id: "letter",
                  type: "file",
                  label: { en: "Letter of support" },
                  required: true,
                  accept: ["application/pdf"],
                  maxBytes: 100_000,
                },
              ],
            },
          ],
        },
      },
    });
    const upload = await run(
      uploadAction,
      multipart(
        `/applications/${id}/files?question=letter&kind=file`,
        cookies.amina,
        {},
        { name: "file", filename: "رسالة دعم.pdf", bytes: pdf, type: "application/pdf" },
      ),
      { applicationId: id },
    );
    expect(location(upload)).toBe(`/applications/${id}/sections/papers#field-q.letter`);
    const file = await db().storedFile.findFirstOrThrow({ where: { applicationId: id } });
    expect(file).toMatchObject({
      mimeType: "application/pdf",
      originalName: "رسالة دعم.pdf",
      questionId: "letter",
    });

    const section = unwrap<{ fileQuestions: { file: { id: string; name: string } | null }[] }>(
      await run(
        sectionLoader,
        makeRequest(`/applications/${id}/sections/papers`, { cookie: cookies.olena }),
        { applicationId: id, sectionId: "papers" },
      ),
    );
    expect(section.data.fileQuestions[0]?.file).toEqual({ id: file.id, name: "رسالة دعم.pdf" });

    const served = (await run(
      fileLoader,
      makeRequest(`/applications/${id}/files/${file.id}`, { cookie: cookies.olena }),
      { applicationId: id, fileId: file.id },
    )) as Response;
    expect(served.status).toBe(200);
    expect(served.headers.get("Content-Type")).toBe("application/pdf");
    expect(served.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(served.headers.get("Content-Disposition")).toContain("attachment;");
    expect(served.headers.get("Content-Disposition")).toContain(
      encodeURIComponent("رسالة دعم.pdf"),
    );
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(pdf);

    const refused = (await run(
      fileLoader,
      makeRequest(`/applications/${id}/files/${file.id}`, { cookie: cookies.stranger }),
      { applicationId: id, fileId: file.id },
    )) as Response;
    expect(refused.status).toBe(403);
    // A file id from another application is as unknown as a made-up one.
    const other = await started();
    const elsewhere = (await run(
      fileLoader,
      makeRequest(`/applications/${other.id}/files/${file.id}`, { cookie: other.cookies.amina }),
      { applicationId: other.id, fileId: file.id },
    )) as Response;
    expect(elsewhere.status).toBe(403);
  });

  it("takes a file chosen in the question itself along with the typed answers", async () => {
    const { id, cookies, form } = await started();
    await db().formVersion.update({
      where: { id: form.id },
      data: {
        definition: {
          sourceLocale: "en",
          sections: [
            {
              id: "papers",
              title: { en: "Papers" },
              questions: [
                { id: "note", type: "shortText", label: { en: "Note" }, required: true },
                {
                  id: "letter",
                  type: "file",
                  label: { en: "Letter" },
                  required: true,
                  accept: ["application/pdf"],
                  maxBytes: 100_000,
                },
              ],
            },
          ],
        },
      },
    });
    const tooBig = await postSection(
      id,
      "papers",
      cookies.amina,
      { "q.note": "See the letter", revision: "0", intent: "continue" },
      {
        name: "q.letter",
        filename: "big.pdf",
        bytes: new Uint8Array(200_000).fill(32),
        type: "application/pdf",
      },
    );
    const refused = unwrap<{
      errors: Record<string, { key: string }>;
      values: Record<string, string>;
      revision: number;
    }>(tooBig);
    expect(refused.data.errors.letter?.key).toBe("applications:files.errors.tooLarge");
    expect(refused.data.values.note).toBe("See the letter");

    const saved = await postSection(
      id,
      "papers",
      cookies.amina,
      { "q.note": "See the letter", revision: String(refused.data.revision), intent: "continue" },
      { name: "q.letter", filename: "letter.pdf", bytes: pdf, type: "application/pdf" },
    );
    expect(location(saved)).toBe(`/applications/${id}?notice=saved`);
    const application = await db().application.findUniqueOrThrow({ where: { id } });
    const file = await db().storedFile.findFirstOrThrow({ where: { applicationId: id } });
    expect(application.answers).toMatchObject({ note: "See the letter", letter: file.id });
    expect(application.completedSections).toEqual(["papers"]);
  });
});

describe("checking and sending", () => {
  it("shows every answer on the check page, with money formatted and the budget total", async () => {
    const { id, cookies } = await started();
    await fillAll(id, cookies.amina);
    const page = unwrap<{
      sections: {
        id: string;
        rows: { questionId: string; value: { kind: string } & Record<string, unknown> }[];
      }[];
      incomplete: string[];
    }>(
      await run(checkLoader, makeRequest(`/applications/${id}/check`, { cookie: cookies.amina }), {
        applicationId: id,
      }),
    );
    expect(page.data.incomplete).toEqual([]);
    const rows = Object.fromEntries(
      page.data.sections.flatMap((s) => s.rows).map((row) => [row.questionId, row.value]),
    );
    expect(rows.about).toEqual({ kind: "text", text: groupFields["q.about"] });
    expect(rows.registered).toEqual({ kind: "yesNo", yes: false });
    expect(rows.budget).toMatchObject({ kind: "budget", totalMinor: 200_000 });
    expect(Object.keys(rows)).not.toContain("number");
  });

  it("sends once however often the button is pressed, then shows the receipt", async () => {
    const { id, cookies } = await started();
    await fillAll(id, cookies.amina);
    const send = () =>
      run(
        checkAction,
        makeRequest(`/applications/${id}/check`, { cookie: cookies.amina, form: {} }),
        { applicationId: id },
      );
    const [first, second] = await Promise.all([send(), send()]);
    expect([location(first), location(second)]).toEqual([
      `/applications/${id}/sent`,
      `/applications/${id}/sent`,
    ]);
    expect(
      await db().auditEvent.count({ where: { entityId: id, action: "applications.submitted" } }),
    ).toBe(1);
    expect(
      await db().outboundEmail.count({ where: { dedupeKey: `application-receipt:${id}` } }),
    ).toBe(1);

    const receipt = unwrap<{ reference: string; receipt: { to: string; language: string } | null }>(
      await run(sentLoader, makeRequest(`/applications/${id}/sent`, { cookie: cookies.amina }), {
        applicationId: id,
      }),
    );
    expect(receipt.data.reference).toBe(
      (await db().application.findUniqueOrThrow({ where: { id } })).reference,
    );
    expect(receipt.data.receipt?.language).toBe("العربية");

    // Sent answers are read-only: the section page shows them, and saving is refused.
    const section = unwrap<{ editable: boolean; summary: unknown[] }>(
      await run(
        sectionLoader,
        makeRequest(`/applications/${id}/sections/group`, { cookie: cookies.amina }),
        { applicationId: id, sectionId: "group" },
      ),
    );
    expect(section.data.editable).toBe(false);
    expect(section.data.summary).toHaveLength(1);
    const late = await postSection(id, "group", cookies.amina, {
      ...groupFields,
      "q.about": "changed",
      revision: "1",
      intent: "later",
    });
    expect(location(late)).toBe(`/applications/${id}/sections/group`);
    expect(
      (
        (await db().application.findUniqueOrThrow({ where: { id } })).answers as Record<
          string,
          string
        >
      ).about,
    ).toBe(groupFields["q.about"]);
  });

  it("sends her back to the first unfinished part instead of sending", async () => {
    const { id, cookies } = await started();
    await postSection(id, "group", cookies.amina, {
      ...groupFields,
      revision: "0",
      intent: "continue",
    });
    const response = await run(
      checkAction,
      makeRequest(`/applications/${id}/check`, { cookie: cookies.amina, form: {} }),
      { applicationId: id },
    );
    expect(location(response)).toBe(`/applications/${id}/sections/money?show=errors`);
    const section = unwrap<{ errors: Record<string, { key: string }> }>(
      await run(
        sectionLoader,
        makeRequest(`/applications/${id}/sections/money?show=errors`, { cookie: cookies.amina }),
        { applicationId: id, sectionId: "money" },
      ),
    );
    expect(section.data.errors.budget?.key).toBe("forms:errors.required");
  });

  it("after the closing date says the round is closed and refuses to send", async () => {
    const { id, cookies, round } = await started();
    await fillAll(id, cookies.amina);
    await db().round.update({
      where: { id: round.id },
      data: { closesAt: new Date(Date.now() - 60_000) },
    });
    const tasks = unwrap<{ closed: boolean; heading: { status: { key: string } } }>(
      await run(tasksLoader, makeRequest(`/applications/${id}`, { cookie: cookies.amina }), {
        applicationId: id,
      }),
    );
    expect(tasks.data.closed).toBe(true);
    expect(tasks.data.heading.status.key).toBe("applications:status.draftClosed");
    const refused = unwrap<{ refused: string }>(
      await run(
        checkAction,
        makeRequest(`/applications/${id}/check`, { cookie: cookies.amina, form: {} }),
        { applicationId: id },
      ),
    );
    expect(refused.status).toBe(409);
    expect(refused.data.refused).toBe("applications:check.closed");
    expect((await db().application.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });
});

describe("the task list", () => {
  it("lists the group's members, records the answer language and withdraws after confirming", async () => {
    const { id, cookies } = await started();
    const tasks = unwrap<{ members: { name: string }[]; canWithdraw: boolean; onBehalf: boolean }>(
      await run(tasksLoader, makeRequest(`/applications/${id}`, { cookie: cookies.olena }), {
        applicationId: id,
      }),
    );
    expect(tasks.data.members.map((m) => m.name)).toEqual(["Amina", "Olena"]);
    expect(tasks.data).toMatchObject({ canWithdraw: true, onBehalf: false });

    const badLanguage = unwrap<{ errors: Record<string, { key: string }> }>(
      await run(
        tasksAction,
        makeRequest(`/applications/${id}`, {
          cookie: cookies.amina,
          form: { intent: "language", answerLanguage: "xx" },
        }),
        { applicationId: id },
      ),
    );
    expect(badLanguage.data.errors.answerLanguage?.key).toBe("applications:tasks.errors.language");
    await run(
      tasksAction,
      makeRequest(`/applications/${id}`, {
        cookie: cookies.amina,
        form: { intent: "language", answerLanguage: "ar" },
      }),
      { applicationId: id },
    );
    expect((await db().application.findUniqueOrThrow({ where: { id } })).answerLanguage).toBe("ar");

    const withdrawn = await run(
      tasksAction,
      makeRequest(`/applications/${id}`, { cookie: cookies.amina, form: { intent: "withdraw" } }),
      { applicationId: id },
    );
    expect(location(withdrawn)).toBe(`/applications/${id}?notice=withdrawn`);
    const list = unwrap<{ applications: { id: string; status: { key: string } }[] }>(
      await run(listLoader, makeRequest("/applications", { cookie: cookies.amina })),
    );
    expect(list.data.applications.find((a) => a.id === id)?.status.key).toBe(
      "applications:status.withdrawn",
    );
  });
});

describe("who may see and change an application", () => {
  it("lets every member of the group work on it", async () => {
    const { id, cookies } = await started();
    const response = await postSection(id, "group", cookies.olena, {
      ...groupFields,
      revision: "0",
      intent: "later",
    });
    expect(location(response)).toBe(`/applications/${id}?notice=saved`);
    await postSection(id, "money", cookies.amina, {
      ...budgetFields,
      revision: "0",
      intent: "continue",
    });
    const list = unwrap<{ applications: { id: string }[] }>(
      await run(listLoader, makeRequest("/applications", { cookie: cookies.olena })),
    );
    expect(list.data.applications.map((a) => a.id)).toContain(id);
  });

  it("answers 403 to someone outside the group on every page and action", async () => {
    const { id, cookies } = await started();
    await fillAll(id, cookies.amina);
    const file = await run(
      uploadAction,
      multipart(
        `/applications/${id}/files?question=about&kind=recording`,
        cookies.stranger,
        {},
        { name: "file", filename: "a.mp3", bytes: pdf, type: "audio/mpeg" },
      ),
      { applicationId: id },
    );
    const params = { applicationId: id };
    const cookie = cookies.stranger;
    const results = [
      await run(tasksLoader, makeRequest(`/applications/${id}`, { cookie }), params),
      await run(
        tasksAction,
        makeRequest(`/applications/${id}`, { cookie, form: { intent: "withdraw" } }),
        params,
      ),
      await run(sectionLoader, makeRequest(`/applications/${id}/sections/group`, { cookie }), {
        ...params,
        sectionId: "group",
      }),
      await postSection(id, "group", cookie, { ...groupFields, revision: "1", intent: "later" }),
      await run(
        autosaveAction,
        makeRequest(`/applications/${id}/sections/group/autosave`, {
          cookie,
          form: { revision: "1", intent: "autosave" },
        }),
        { ...params, sectionId: "group" },
      ),
      await run(
        uploadLoader,
        makeRequest(`/applications/${id}/files?question=about&kind=recording`, { cookie }),
        params,
      ),
      file,
      await run(checkLoader, makeRequest(`/applications/${id}/check`, { cookie }), params),
      await run(
        checkAction,
        makeRequest(`/applications/${id}/check`, { cookie, form: {} }),
        params,
      ),
      await run(sentLoader, makeRequest(`/applications/${id}/sent`, { cookie }), params),
    ];
    expect(
      results.map((result) => (result instanceof Response ? result.status : "not refused")),
    ).toEqual(new Array(results.length).fill(403));
    // And an application id that does not exist looks exactly the same.
    expect(
      (
        (await run(tasksLoader, makeRequest("/applications/nope", { cookie }), {
          applicationId: "nope",
        })) as Response
      ).status,
    ).toBe(403);
    expect((await db().application.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });
});

describe("staff entering an application for a group", () => {
  it("finds the group by name, starts the application, and marks it as entered by staff", async () => {
    const setup = await createOpenRound();
    await createEarlierApplication(setup);
    const cookie = await signedInCookie(setup.staff.id);
    const params = { funderId: setup.funder.id };
    const search = unwrap<{ results: { id: string }[]; pots: { id: string }[] }>(
      await run(
        onBehalfLoader,
        makeRequest(`/fund/${setup.funder.id}/apply-on-behalf?q=amal%20WOMEN`, { cookie }),
        params,
      ),
    );
    expect(search.data.results.map((r) => r.id)).toContain(setup.organisation.id);
    expect(search.data.pots.map((p) => p.id)).toEqual([setup.pot.id]);

    const response = await run(
      onBehalfAction,
      makeRequest(`/fund/${setup.funder.id}/apply-on-behalf`, {
        cookie,
        form: { organisationId: setup.organisation.id, potId: setup.pot.id },
      }),
      params,
    );
    const application = await db().application.findFirstOrThrow({
      where: { organisationId: setup.organisation.id, potId: setup.pot.id },
    });
    expect(location(response)).toBe(`/applications/${application.id}`);
    expect(application.enteredOnBehalfById).toBe(setup.staff.id);

    const tasks = unwrap<{ onBehalf: boolean; funderName: string }>(
      await run(tasksLoader, makeRequest(`/applications/${application.id}`, { cookie }), {
        applicationId: application.id,
      }),
    );
    expect(tasks.data).toMatchObject({ onBehalf: true, funderName: "Test Council" });
    // The group sees the same note on its own pages and in its list of applications.
    const groupCookie = await signedInCookie(setup.owner.id);
    const forGroup = unwrap<{ onBehalf: boolean }>(
      await run(
        tasksLoader,
        makeRequest(`/applications/${application.id}`, { cookie: groupCookie }),
        { applicationId: application.id },
      ),
    );
    expect(forGroup.data.onBehalf).toBe(true);
    const list = unwrap<{ applications: { id: string; onBehalfOf: string | null }[] }>(
      await run(listLoader, makeRequest("/applications", { cookie: groupCookie })),
    );
    expect(list.data.applications).toContainEqual(
      expect.objectContaining({ id: application.id, onBehalfOf: "Test Council" }),
    );
  });

  it("refuses a pot of another funder, and staff of another funder altogether", async () => {
    const setup = await createOpenRound();
    const other = await createOpenRound();
    const cookie = await signedInCookie(setup.staff.id);
    const wrongPot = unwrap<{ errors: Record<string, { key: string }> }>(
      await run(
        onBehalfAction,
        makeRequest(`/fund/${setup.funder.id}/apply-on-behalf`, {
          cookie,
          form: { organisationId: setup.organisation.id, potId: other.pot.id },
        }),
        { funderId: setup.funder.id },
      ),
    );
    expect(wrongPot.data.errors.potId?.key).toBe("applications:onBehalf.errors.choosePot");
    const foreign = await run(
      onBehalfAction,
      makeRequest(`/fund/${other.funder.id}/apply-on-behalf`, {
        cookie,
        form: { organisationId: setup.organisation.id, potId: other.pot.id },
      }),
      { funderId: other.funder.id },
    );
    expect((foreign as Response).status).toBe(403);
    expect(await db().application.count({ where: { organisationId: setup.organisation.id } })).toBe(
      0,
    );
  });
});
