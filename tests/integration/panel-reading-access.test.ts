import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { expectStatus } from "../support/panels";
import { db } from "~/services/platform/db.server";
import {
  readingScenario,
  readingVisits,
  storedFile,
  type ReadingPage,
} from "../support/panel-reading";

useTestDatabase();

/**
 * Who may open an application on a panel, and its files: the members it is assigned to, the
 * chair and the funder's staff. Everyone else gets the same 403, whether the application is
 * missing, belongs to another panel or funder, or is off-limits to them.
 */

const { read, download } = readingVisits();
let s: Awaited<ReturnType<typeof readingScenario>>;

beforeAll(async () => {
  s = await readingScenario();
});

const readAssociation = (email: string | null) => read(email, s.panelId, s.association.id);
const downloadRecording = (email: string | null) =>
  download(email, s.panelId, s.association.id, s.recording.id);

describe("reading an application on a panel", () => {
  it.each([
    ["the assigned member", "maria@example.org"],
    ["the chair", "nadia@example.org"],
    ["the funder's admin", "grace@example.org"],
    ["a programme officer", "tomas@example.org"],
    ["a viewer", "helen@example.org"],
    ["the platform admin", "admin@example.org"],
  ])("opens for %s, with its recording", async (_, email) => {
    const page = (await readAssociation(email)) as ReadingPage;
    expect(page.application.reference).toBe(s.association.reference);
    const file = await downloadRecording(email);
    expectStatus(file, 200);
  });

  it.each([
    ["a member who declared a conflict with it", "fatima@example.org"],
    ["the group's own member", "olena@example.org"],
    ["another group's member", "amina@example.org"],
  ])("refuses %s, page and file alike", async (_, email) => {
    expectStatus(await readAssociation(email), 403);
    expectStatus(await downloadRecording(email), 403);
  });

  it("refuses a member it is not assigned to", async () => {
    expectStatus(await read("maria@example.org", s.panelId, s.centre.id), 403);
    expectStatus(
      await download("maria@example.org", s.panelId, s.centre.id, s.centreLetter.id),
      403,
    );
  });

  it("refuses a member of another panel and another funder's staff", async () => {
    expectStatus(await readAssociation(s.other.colleague.email), 403);
    expectStatus(await readAssociation(s.other.staff.email), 403);
    expectStatus(await downloadRecording(s.other.staff.email), 403);
  });

  it("sends a signed-out visitor to sign in", async () => {
    const response = (await readAssociation(null)) as Response;
    expectStatus(response, 302);
    expect(response.headers.get("Location")).toMatch(/^\/sign-in\?redirectTo=/);
    expect(((await downloadRecording(null)) as Response).headers.get("Location")).toMatch(
      /^\/sign-in\?redirectTo=/,
    );
  });

  it("gives the same 403 for ids swapped across panels, funders and applications", async () => {
    // Another funder's application under this panel, even for this funder's admin.
    expectStatus(await read("grace@example.org", s.panelId, s.other.application.id), 403);
    // This funder's application under another funder's panel, even for that panel's member.
    expectStatus(await read(s.other.colleague.email, s.other.panel.id, s.association.id), 403);
    // A panel or an application that does not exist.
    expectStatus(await read("grace@example.org", "no-such-panel", s.association.id), 403);
    expectStatus(await read("grace@example.org", s.panelId, "no-such-application"), 403);
    // A file of another application, through an application she may read.
    expectStatus(
      await download("maria@example.org", s.panelId, s.association.id, s.centreLetter.id),
      403,
    );
    expectStatus(
      await download("grace@example.org", s.panelId, s.association.id, s.other.file.id),
      403,
    );
    expectStatus(await download("grace@example.org", s.panelId, s.association.id, "nope"), 403);
  });

  it("lets the other panel's member read her own application there, so the refusals above are about the ids", async () => {
    const page = (await read(
      s.other.colleague.email,
      s.other.panel.id,
      s.other.application.id,
    )) as ReadingPage;
    expect(page.application.id).toBe(s.other.application.id);
  });
});

describe("files the group has replaced", () => {
  /** An earlier recording, kept because staff had summarised it before the group re-recorded. */
  let replaced: { id: string };
  beforeAll(async () => {
    replaced = await storedFile(s.association.id, "project-what", {
      name: "Olena Kovalenko first take.webm",
      mimeType: "audio/webm",
      bytes: new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 9]),
    });
    await db().storedFile.update({
      where: { id: replaced.id },
      data: { summary: "The first take, since recorded again." },
    });
  });

  it.each([
    ["the assigned member", "maria@example.org"],
    ["the chair", "nadia@example.org"],
    ["the funder's admin", "grace@example.org"],
  ])("are neither listed nor served to %s outside blind review", async (_, email) => {
    const page = (await readAssociation(email)) as ReadingPage;
    expect(Object.keys(page.files)).toEqual([s.recording.id]);
    expect(JSON.stringify(page)).not.toContain("first take");
    expectStatus(await download(email, s.panelId, s.association.id, replaced.id), 403);
    // The current recording still opens, so the refusal is about the replaced file.
    expectStatus(await downloadRecording(email), 200);
  });
});
