import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Locale } from "~/domain/shared/locales";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { call, expectStatus, payload } from "../support/panels";
import { makeRequest, run } from "../support/requests";
import { multipart } from "../support/applying";
import { readingScenario, readingVisits, type ReadingPage } from "../support/panel-reading";
import { sharedOptionsInstance } from "../support/translator";

/** The page is rendered as the server would, with the loader's data and no router. */
const rendered = vi.hoisted(() => ({ data: null as unknown }));
vi.mock("@remix-run/react", () => {
  type Props = { to?: string; children?: ReactNode } & Record<string, unknown>;
  return {
    useLoaderData: () => rendered.data,
    useActionData: () => undefined,
    useNavigation: () => ({ state: "idle" }),
    useLocation: () => ({ pathname: "/", search: "", hash: "" }),
    Link: ({ to, children, ...rest }: Props) => createElement("a", { ...rest, href: to }, children),
    Form: ({ children, ...rest }: Props) => createElement("form", rest, children),
  };
});

const { default: ReadingPageView, action: readingAction } =
  await import("~/routes/panels.$panelId_.applications.$applicationId._index");
const { loader: panelPage, default: PanelPageView } = await import("~/routes/panels.$panelId");
const { action: uploadAction } = await import("~/routes/applications.$applicationId.files");
const { loader: panelFile } =
  await import("~/routes/panels.$panelId_.applications.$applicationId.files.$fileId");
const { loader: staffPanelPage } =
  await import("~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId._index");

useTestDatabase();

const { as, read, download } = readingVisits();
let s: Awaited<ReturnType<typeof readingScenario>>;

/** The start of an MP3 voice message: enough for the upload check to know it for audio. */
const voice = new Uint8Array([0xff, 0xfb, 0x90, 0x44, ...new Array<number>(400).fill(0)]);

/** What identifies the Ukrainian association, none of which a blind reviewer may receive. */
const identity = [
  "Ukrainian Women's Association Riverside",
  "Асоціація українських жінок",
  "ASSOC-2022-118",
  "Olena Kovalenko",
  "Iryna Shevchuk",
  "olena@example.org",
  "iryna@example.org",
  "interview.webm",
];

function html(component: () => ReactNode, data: unknown, locale: Locale = "en") {
  rendered.data = data;
  return renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n: sharedOptionsInstance(locale) },
      createElement(component),
    ),
  );
}

const setBlind = (blindReview: boolean) =>
  db().panel.update({ where: { id: s.panelId }, data: { blindReview } });

beforeAll(async () => {
  s = await readingScenario();
});

describe("blind review", () => {
  beforeAll(() => setBlind(true));

  it("gives a reviewer nothing that says who applied, in the loader data or the page", async () => {
    const page = (await read("maria@example.org", s.panelId, s.association.id)) as ReadingPage;
    const json = JSON.stringify(page);
    const markup = html(ReadingPageView, page);
    for (const text of identity) {
      expect(json).not.toContain(text);
      expect(markup).not.toContain(text);
    }
    expect(page.group).toBeNull();
    const name = page.sections[0]!.rows.find((row) => row.questionId === "group-name")!;
    expect(name.value).toEqual({ kind: "withheld" });
    expect(markup).toContain("Recording 1");
    // What the group does stays, and free text is not redacted.
    expect(markup).toContain("Ukrainian women and children");
    expect(markup).toContain("087 123 4567");
  });

  it("downloads a recording under a name that says nothing about the group", async () => {
    const response = (await download(
      "maria@example.org",
      s.panelId,
      s.association.id,
      s.recording.id,
    )) as Response;
    expectStatus(response, 200);
    expect(response.headers.get("Content-Disposition")).toContain('filename="recording-1.webm"');
    expect(response.headers.get("Content-Disposition")).not.toContain("Kovalenko");
  });

  it("answers a player's byte ranges, so recordings play and seek on a phone", async () => {
    const path = `/panels/${s.panelId}/applications/${s.association.id}/files/${s.recording.id}`;
    const ask = async (range: string) =>
      (await run(
        panelFile,
        makeRequest(path, { cookie: await as("maria@example.org"), headers: { Range: range } }),
        { panelId: s.panelId, applicationId: s.association.id, fileId: s.recording.id },
      )) as Response;
    const part = await ask("bytes=1-3");
    expectStatus(part, 206);
    expect(part.headers.get("Content-Range")).toBe("bytes 1-3/7");
    expect([...new Uint8Array(await part.arrayBuffer())]).toEqual([0x45, 0xdf, 0xa3]);
    const tail = await ask("bytes=-2");
    expect([...new Uint8Array(await tail.arrayBuffer())]).toEqual([2, 3]);
    expectStatus(await ask("bytes=7-"), 416);
  });

  it("hides the group's name from the chair too, who is a member and not staff", async () => {
    const page = (await read("nadia@example.org", s.panelId, s.association.id)) as ReadingPage;
    expect(JSON.stringify(page)).not.toContain("ASSOC-2022-118");
  });

  it("lets the funder's staff see everything, warned about answers that name the group", async () => {
    const page = (await read("helen@example.org", s.panelId, s.association.id)) as ReadingPage;
    expect(page.group).toMatchObject({
      name: "Ukrainian Women's Association Riverside",
      registrationNumber: "ASSOC-2022-118",
    });
    expect(page.group!.people).toEqual(
      expect.arrayContaining(["Olena Kovalenko", "Iryna Shevchuk"]),
    );
    expect(page.files[s.recording.id]!.name).toBe("Olena Kovalenko interview.webm");
    expect(page.mentions).toEqual([{ questionId: "group-people", kinds: ["email", "phone"] }]);
    const markup = html(ReadingPageView, page);
    expect(markup).toContain("Ukrainian Women&#x27;s Association Riverside");
    expect(markup).toContain("1 answer mentions who the group is; reviewers will see it.");
    expect(markup).toContain("This answer mentions an email address and a phone number.");
    const response = (await download(
      "helen@example.org",
      s.panelId,
      s.association.id,
      s.recording.id,
    )) as Response;
    expect(response.headers.get("Content-Disposition")).toContain("Kovalenko");
  });

  it("counts those answers on the staff panel page", async () => {
    const page = (await call(
      staffPanelPage,
      `/fund/x/panels/${s.panelId}`,
      s.demo.params,
      await as("grace@example.org"),
    )) as Awaited<ReturnType<typeof staffPanelPage>>;
    expect(page.identityMentions).toEqual([
      { id: s.association.id, reference: s.association.reference, answers: 1 },
    ]);
  });
});

describe("without blind review", () => {
  beforeAll(() => setBlind(false));

  it("shows a reviewer the group, its people by name (never their emails) and file names", async () => {
    const page = (await read("maria@example.org", s.panelId, s.association.id)) as ReadingPage;
    expect(page.group!.name).toBe("Ukrainian Women's Association Riverside");
    expect(page.files[s.recording.id]!.name).toBe("Olena Kovalenko interview.webm");
    expect(JSON.stringify(page)).not.toContain("olena@example.org");
    expect(page.mentions).toEqual([]);
  });

  it("marks answers with the application's language and its direction", async () => {
    const page = (await read("maria@example.org", s.panelId, s.association.id)) as ReadingPage;
    expect(page.textAttributes).toEqual({ lang: "uk", dir: "ltr" });
    const markup = html(ReadingPageView, page, "ar");
    expect(markup).toContain('lang="uk" dir="ltr"');
    expect(markup).toContain("<audio");
  });

  it("links a reviewer to scoring and comments, and staff who do not review to comments only", async () => {
    const reviewer = (await read("maria@example.org", s.panelId, s.association.id)) as ReadingPage;
    expect(reviewer.links).toEqual({ review: true, comments: true });
    expect(reviewer.canSummarise).toBe(false);
    const viewer = (await read("helen@example.org", s.panelId, s.association.id)) as ReadingPage;
    expect(viewer.links.review).toBe(false);
    const officer = (await read("tomas@example.org", s.panelId, s.association.id)) as ReadingPage;
    expect(officer.canSummarise).toBe(true);
    const markup = html(ReadingPageView, reviewer);
    expect(markup).toContain(`href="/panels/${s.panelId}/applications/${s.association.id}/review"`);
  });
});

describe("recording summaries", () => {
  const summarise = async (email: string, form: Record<string, string>) =>
    call(
      readingAction,
      `/panels/${s.panelId}/applications/${s.association.id}`,
      { panelId: s.panelId, applicationId: s.association.id },
      await as(email),
      form,
    );

  it("lets staff write what a recording says, audited, and shows it to reviewers", async () => {
    const saved = await summarise("tomas@example.org", {
      fileId: s.recording.id,
      [`summary.${s.recording.id}`]: "Weekly peer support, job advice and English for mothers.",
    });
    expectStatus(saved, 302);
    const page = (await read("maria@example.org", s.panelId, s.association.id)) as ReadingPage;
    expect(page.files[s.recording.id]!.summary).toBe(
      "Weekly peer support, job advice and English for mothers.",
    );
    expect(
      await db().auditEvent.count({
        where: { action: "panels.recording-summarised", entityId: s.recording.id },
      }),
    ).toBe(1);
  });

  it("keeps what was typed and says why when the summary is too long", async () => {
    const long = "word ".repeat(1000);
    const result = payload<{
      errors: Record<string, { key: string }>;
      values: Record<string, string>;
    }>(
      await summarise("tomas@example.org", {
        fileId: s.recording.id,
        [`summary.${s.recording.id}`]: long,
      }),
    );
    expect(result.status).toBe(400);
    expect(result.data.errors[`summary.${s.recording.id}`]!.key).toBe(
      "panels:reading.errors.summaryTooLong",
    );
    expect(result.data.values[`summary.${s.recording.id}`]).toBe(long);
  });

  it("refuses reviewers, viewers, and files that are not this application's recordings", async () => {
    const form = { fileId: s.recording.id, [`summary.${s.recording.id}`]: "Mine" };
    expectStatus(await summarise("maria@example.org", form), 403);
    expectStatus(await summarise("helen@example.org", form), 403);
    expectStatus(
      await summarise("tomas@example.org", {
        fileId: s.centreLetter.id,
        [`summary.${s.centreLetter.id}`]: "Not this one",
      }),
      403,
    );
  });

  it("shows only the summary once the recording is deleted, and serves the file no more", async () => {
    await db().storedFile.update({
      where: { id: s.recording.id },
      data: { deletedAt: new Date() },
    });
    const page = (await read("maria@example.org", s.panelId, s.association.id)) as ReadingPage;
    const markup = html(ReadingPageView, page);
    expect(markup).not.toContain("<audio");
    expect(markup).toContain("Weekly peer support");
    expect(markup).toContain("The recording was deleted after the decision.");
    expectStatus(
      await download("maria@example.org", s.panelId, s.association.id, s.recording.id),
      403,
    );
    await db().storedFile.update({ where: { id: s.recording.id }, data: { deletedAt: null } });
  });

  it("never shows a summary under a recording it was not written for", async () => {
    const replace = async () =>
      run(
        uploadAction,
        multipart(
          `/applications/${s.association.id}/files?question=project-what&kind=recording`,
          (await as("olena@example.org"))!,
          {},
          { name: "file", filename: "new.mp3", bytes: voice, type: "audio/mpeg" },
        ),
        { applicationId: s.association.id },
      );
    const before = await db().application.findUniqueOrThrow({ where: { id: s.association.id } });
    // Once sent, the group cannot replace what the panel reads and staff summarised.
    expect(payload(await replace()).status).toBe(409);

    // Were it a draft again, her new recording would be a new file, with no summary yet.
    await db().application.update({ where: { id: before.id }, data: { status: "DRAFT" } });
    const replaced = await replace().finally(() =>
      db().application.update({ where: { id: before.id }, data: { status: before.status } }),
    );
    expectStatus(replaced, 302);
    const page = (await read("maria@example.org", s.panelId, s.association.id)) as ReadingPage;
    const shown = Object.values(page.files).filter((file) => file.kind === "recording");
    expect(shown).toEqual([expect.objectContaining({ summary: null })]);
    expect(shown[0]!.id).not.toBe(s.recording.id);
    expect(JSON.stringify(page)).not.toContain("Weekly peer support");
    expect(html(ReadingPageView, page)).not.toContain("Weekly peer support");
    await db().application.update({
      where: { id: before.id },
      data: { answers: before.answers as object },
    });
  });
});

describe("the reviewer's queue", () => {
  type PanelPage = Awaited<ReturnType<typeof panelPage>>;
  const openPanel = async (email: string) =>
    (await call(
      panelPage,
      `/panels/${s.panelId}`,
      { panelId: s.panelId },
      await as(email),
    )) as PanelPage;

  it("lists each application with its state and a link to read it, and how many are done", async () => {
    const page = await openPanel("maria@example.org");
    expect(page.member!.queue).toEqual([
      expect.objectContaining({ id: s.association.id, state: "to-do" }),
    ]);
    const rubric = await db().rubricVersion.findFirstOrThrow({ where: { panelId: s.panelId } });
    const maria = await s.demo.userId("maria@example.org");
    const review = await db().review.create({
      data: {
        panelId: s.panelId,
        applicationId: s.association.id,
        userId: maria,
        rubricVersionId: rubric.id,
        status: "DRAFT",
      },
    });
    expect((await openPanel("maria@example.org")).member!.queue[0]!.state).toBe("draft");
    let markup = html(PanelPageView, await openPanel("maria@example.org"));
    expect(markup).toContain("Draft saved");
    expect(markup).toContain("0 of 1 done");
    expect(markup).toContain(`href="/panels/${s.panelId}/applications/${s.association.id}"`);

    await db().review.update({
      where: { id: review.id },
      data: { status: "SUBMITTED", submittedAt: new Date() },
    });
    markup = html(PanelPageView, await openPanel("maria@example.org"));
    expect(markup).toContain("Submitted");
    expect(markup).toContain("1 of 1 done");
  });

  it("says how many days are left before the review deadline, and plainly when it has passed", async () => {
    const inTenDays = new Date(Date.now() + 10 * 24 * 3600 * 1000 + 3600 * 1000);
    await db().panel.update({ where: { id: s.panelId }, data: { reviewDeadline: inTenDays } });
    expect(html(PanelPageView, await openPanel("maria@example.org"))).toContain("10 days left");
    await db().panel.update({
      where: { id: s.panelId },
      data: { reviewDeadline: new Date(Date.now() - 3600 * 1000) },
    });
    expect(html(PanelPageView, await openPanel("maria@example.org"))).toContain(
      "The deadline has passed.",
    );
  });

  it("sends a member who has not declared her conflicts to do that before reading", async () => {
    const maria = await s.demo.userId("maria@example.org");
    await db().panelMember.updateMany({
      where: { panelId: s.panelId, userId: maria },
      data: { conflictsCheckedAt: null },
    });
    const response = (await read("maria@example.org", s.panelId, s.association.id)) as Response;
    expectStatus(response, 302);
    expect(response.headers.get("Location")).toBe(`/panels/${s.panelId}/conflicts`);
    expectStatus(
      await download("maria@example.org", s.panelId, s.association.id, s.recording.id),
      403,
    );
    await db().panelMember.updateMany({
      where: { panelId: s.panelId, userId: maria },
      data: { conflictsCheckedAt: new Date() },
    });
  });
});
