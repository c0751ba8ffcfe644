import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import * as dataZip from "~/routes/account_.data[.]zip";
import * as deletePage from "~/routes/account_.delete";
import * as privacyPage from "~/routes/privacy";
import { db } from "~/services/platform/db.server";
import { getUserId } from "~/services/platform/session.server";
import { storage, storageKeyFor } from "~/services/platform/storage.server";
import { useTestDatabase } from "../support/database";
import { createOpenRound, createUser, testReference } from "../support/fixtures";
import { makeRequest, run, signedInCookie, unwrap } from "../support/requests";

useTestDatabase();

const letter = new TextEncoder().encode("%PDF-1.4 our constitution");

/** Amina's group has an application she wrote with a file, and she sits on a panel. */
async function aminasWorld() {
  const setup = await createOpenRound();
  const { owner: amina, colleague: olena, organisation, pot } = setup;
  const application = await db().application.create({
    data: {
      reference: testReference(),
      potId: pot.id,
      organisationId: organisation.id,
      answers: { about: "A Saturday Arabic club for 40 children" },
      createdById: amina.id,
    },
  });
  const file = await db().storedFile.create({
    data: {
      applicationId: application.id,
      questionId: "about",
      storageKey: `pending-${application.id}`,
      mimeType: "application/pdf",
      sizeBytes: letter.length,
      originalName: "دستور / constitution.pdf",
      createdById: amina.id,
    },
  });
  const storageKey = storageKeyFor(application.id, file.id);
  await storage().put(storageKey, letter, "application/pdf");
  await db().storedFile.update({ where: { id: file.id }, data: { storageKey } });

  const panel = await db().panel.create({ data: { roundId: setup.round.id, name: "Panel" } });
  await db().panelMember.create({ data: { panelId: panel.id, userId: amina.id, role: "MEMBER" } });
  await db().panelComment.create({
    data: {
      panelId: panel.id,
      applicationId: application.id,
      userId: amina.id,
      body: "Strong on childcare",
    },
  });
  await db().auditEvent.create({
    data: {
      actorId: olena.id,
      action: "organisations.member-invited",
      entityType: "Organisation",
      entityId: organisation.id,
      detail: { email: amina.email, role: "OWNER" },
    },
  });
  return { ...setup, amina, olena, application, file, panel };
}

const photo = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const voice = new TextEncoder().encode("OggS her voice message");

/** A photo or voice recording put on a check-in by one of the group. */
async function checkInFile(
  world: Awaited<ReturnType<typeof aminasWorld>>,
  checkInId: string,
  file: {
    by: string;
    kind: "photo" | "recording";
    name: string;
    bytes: Uint8Array;
    deletedAt?: Date;
    consent?: "FUNDER_ONLY" | "FUNDER_REPORTS" | "PUBLIC";
  },
) {
  const row = await db().storedFile.create({
    data: {
      applicationId: world.application.id,
      checkInId,
      questionId: file.kind === "photo" ? "check-in-photo" : "check-in-recording",
      storageKey: `pending-${checkInId}-${file.name}`,
      mimeType: file.kind === "photo" ? "image/png" : "audio/ogg",
      sizeBytes: file.bytes.length,
      originalName: file.name,
      createdById: file.by,
      consent: file.consent ?? null,
      caption: file.kind === "photo" ? "Our Saturday class" : null,
      deletedAt: file.deletedAt ?? null,
    },
  });
  const storageKey = storageKeyFor(world.application.id, row.id);
  if (!file.deletedAt) await storage().put(storageKey, file.bytes, row.mimeType);
  await db().storedFile.update({ where: { id: row.id }, data: { storageKey } });
  return row;
}

/**
 * Amina's group got a grant. She sent the first check-in (with a photo, a voice message and an
 * older recording already deleted) and the funder replied; Olena sent the second and added a
 * photo of her own to the first; Amina has a photo on the third, not sent yet; she added her
 * words to a conversation the staff logged.
 */
async function aminasCheckIns() {
  const world = await aminasWorld();
  const { amina, olena, staff } = world;
  await db().application.update({
    where: { id: world.application.id },
    data: { status: "AWARDED", awardedMinor: 200_000, submittedById: olena.id },
  });
  const grant = await db().grant.create({
    data: {
      applicationId: world.application.id,
      funderId: world.funder.id,
      organisationId: world.organisation.id,
      status: "ACTIVE",
      startsOn: new Date("2026-01-01T12:00:00Z"),
      endsOn: new Date("2026-12-31T12:00:00Z"),
    },
  });
  const checkIn = (position: number, data: object) =>
    db().checkIn.create({
      data: {
        grantId: grant.id,
        position,
        dueOn: new Date(Date.UTC(2026, 2 + position * 3, 1, 12)),
        ...data,
      },
    });
  const sent = await checkIn(0, {
    answers: { whatHappened: "أربعون طفلًا يتعلمون العربية كل سبت", quote: "I can read to my son" },
    answerLanguage: "ar",
    storyConsent: "FUNDER_REPORTS",
    submittedAt: new Date("2026-03-04T10:00:00Z"),
    submittedById: amina.id,
    reply: "Thank you, this is wonderful news.",
    repliedById: staff.id,
    repliedAt: new Date("2026-03-06T09:00:00Z"),
  });
  const byOlena = await checkIn(1, {
    answers: { whatHappened: "Olena's words about the summer" },
    answerLanguage: "uk",
    submittedAt: new Date("2026-06-02T10:00:00Z"),
    submittedById: olena.id,
  });
  const draft = await checkIn(2, { answers: { whatHappened: "Half written" } });
  const conversation = await checkIn(3, {
    kind: "CONVERSATION",
    answers: { whatHappened: "Visit to the Saturday class", via: "visit" },
    answerLanguage: "en",
    submittedAt: new Date("2026-09-01T10:00:00Z"),
    submittedById: staff.id,
    loggedById: staff.id,
    groupAddition: "We also started a homework club.",
  });
  await db().auditEvent.create({
    data: {
      actorId: amina.id,
      action: "monitoring.conversation-added-to",
      entityType: "CheckIn",
      entityId: conversation.id,
      funderId: world.funder.id,
    },
  });
  const files = {
    photo: await checkInFile(world, sent.id, {
      by: amina.id,
      kind: "photo",
      name: "class.png",
      bytes: photo,
      consent: "FUNDER_ONLY",
    }),
    voice: await checkInFile(world, sent.id, {
      by: amina.id,
      kind: "recording",
      name: "رسالة.ogg",
      bytes: voice,
    }),
    gone: await checkInFile(world, sent.id, {
      by: amina.id,
      kind: "recording",
      name: "older.ogg",
      bytes: voice,
      deletedAt: new Date("2026-05-01T00:00:00Z"),
    }),
    olenas: await checkInFile(world, sent.id, {
      by: olena.id,
      kind: "photo",
      name: "olena.png",
      bytes: photo,
    }),
    onDraft: await checkInFile(world, draft.id, {
      by: amina.id,
      kind: "photo",
      name: "draft.png",
      bytes: photo,
    }),
  };
  return { ...world, grant, sent, byOlena, draft, conversation, files };
}

async function download(cookie: string) {
  const response = (await run(
    dataZip.loader,
    makeRequest("/account/data.zip", { cookie }),
  )) as Response;
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("application/zip");
  expect(response.headers.get("Content-Disposition")).toMatch(
    /^attachment; filename="withfund-data-/,
  );
  return unzipSync(new Uint8Array(await response.arrayBuffer()));
}

describe("downloading her data", () => {
  it("gives a ZIP with everything about her in data.json and the files she uploaded", async () => {
    const world = await aminasWorld();
    const files = await download(await signedInCookie(world.amina.id));

    const data = JSON.parse(strFromU8(files["data.json"]!));
    expect(data.account[0]).toMatchObject({ email: world.amina.email, name: "Amina" });
    expect(data.groups).toEqual([
      expect.objectContaining({
        role: "OWNER",
        group: { id: world.organisation.id, name: "Amal Women's Circle" },
      }),
    ]);
    expect(data.applications).toEqual([
      expect.objectContaining({
        reference: world.application.reference,
        youStartedIt: true,
        answers: { about: "A Saturday Arabic club for 40 children" },
      }),
    ]);
    expect(data.panels).toHaveLength(1);
    expect(data.panelNotes).toEqual([
      expect.objectContaining({
        application: world.application.reference,
        note: "Strong on childcare",
      }),
    ]);
    expect(data.signedInDevices.length).toBeGreaterThan(0);
    // Someone else's invitation of her is Olena's action, not hers.
    expect(data.yourActions.map((event: { action: string }) => event.action)).not.toContain(
      "organisations.member-invited",
    );

    const [listed] = data.filesYouUploaded;
    expect(listed.inThisZip).toMatch(/^files\/.+constitution\.pdf$/);
    expect(files[listed.inThisZip]).toEqual(letter);
    // Nobody else's data: Olena's account is not in Amina's download.
    expect(strFromU8(files["data.json"]!)).not.toContain(world.olena.email);

    const audits = await db().auditEvent.findMany({
      where: { action: "privacy.data-downloaded", actorId: world.amina.id },
    });
    expect(audits).toHaveLength(1);
  });

  it("has the check-ins she sent or saved files to: answers, dates, the grant, the funder's reply, and her photos and recordings", async () => {
    const world = await aminasCheckIns();
    const files = await download(await signedInCookie(world.amina.id));
    const json = strFromU8(files["data.json"]!);
    const data = JSON.parse(json);

    type Row = { dueOn: string; yourFiles: { inThisZip: string; kind: string }[] };
    const byDue = (a: Row, b: Row) => a.dueOn.localeCompare(b.dueOn);
    const [sent, draft, conversation, ...others] = [...data.checkIns].sort(byDue);
    expect(others).toEqual([]);
    expect(sent).toMatchObject({
      grant: world.application.reference,
      group: { id: world.organisation.id, name: "Amal Women's Circle" },
      kind: "CHECK_IN",
      youSentIt: true,
      dueOn: world.sent.dueOn.toISOString(),
      sentAt: "2026-03-04T10:00:00.000Z",
      answerLanguage: "ar",
      answers: {
        whatHappened: "أربعون طفلًا يتعلمون العربية كل سبت",
        quote: "I can read to my son",
      },
      storyConsent: "FUNDER_REPORTS",
      funderReply: "Thank you, this is wonderful news.",
      repliedAt: "2026-03-06T09:00:00.000Z",
    });
    // Her photo and her voice message are in the ZIP; the recording already deleted is not,
    // and neither is the photo Olena added.
    expect(sent.yourFiles).toEqual([
      expect.objectContaining({
        kind: "photo",
        consent: "FUNDER_ONLY",
        caption: "Our Saturday class",
      }),
      expect.objectContaining({ kind: "recording" }),
    ]);
    expect(files[sent.yourFiles[0].inThisZip]).toEqual(photo);
    expect(files[sent.yourFiles[1].inThisZip]).toEqual(voice);
    expect(sent.yourFiles[1].inThisZip).toMatch(/رسالة\.ogg$/);
    const zipped = Object.keys(files);
    expect(zipped.some((name) => name.includes(world.files.gone.id))).toBe(false);
    expect(zipped.some((name) => name.includes(world.files.olenas.id))).toBe(false);

    // A draft not sent yet is hers through the photo she saved to it.
    expect(draft).toMatchObject({
      youSentIt: false,
      sentAt: null,
      answers: { whatHappened: "Half written" },
    });
    expect(files[draft.yourFiles[0].inThisZip]).toEqual(photo);
    expect(conversation).toMatchObject({
      kind: "CONVERSATION",
      youLoggedIt: false,
      yourAddition: "We also started a homework club.",
    });

    // Olena's check-in, and who at the funder replied, are not Amina's data.
    expect(json).not.toContain("Olena's words");
    expect(json).not.toContain(world.staff.id);
  });

  it("pages through a long history instead of stopping at the first page", async () => {
    const person = await createUser("Busy");
    await db().auditEvent.createMany({
      data: Array.from({ length: 1203 }, (_, index) => ({
        actorId: person.id,
        action: "accounts.details-updated",
        entityType: "User",
        entityId: `${person.id}-${index}`,
      })),
    });
    const files = await download(await signedInCookie(person.id));
    const actions: { action: string }[] = JSON.parse(strFromU8(files["data.json"]!)).yourActions;
    expect(actions.filter((event) => event.action === "accounts.details-updated")).toHaveLength(
      1203,
    );
    // Asking for the download is one of her actions too.
    expect(actions.map((event) => event.action)).toContain("privacy.data-downloaded");
  });
});

describe("deleting her account", () => {
  it("is refused while she is the only owner of a group others belong to, saying what to do", async () => {
    const world = await aminasWorld();
    const cookie = await signedInCookie(world.amina.id);
    const page = unwrap<{ blockers: { kind: string; name?: string }[] }>(
      await run(deletePage.loader, makeRequest("/account/delete", { cookie })),
    ).data;
    expect(page.blockers).toEqual([
      { kind: "only-owner", organisationId: world.organisation.id, name: "Amal Women's Circle" },
    ]);
    const refused = unwrap<{ blockers: unknown[] }>(
      await run(
        deletePage.action,
        makeRequest("/account/delete", { cookie, form: { intent: "erase" } }),
      ),
    );
    expect(refused.status).toBe(409);
    expect(refused.data.blockers).toHaveLength(1);
    expect(
      (await db().user.findUniqueOrThrow({ where: { id: world.amina.id } })).erasedAt,
    ).toBeNull();
  });

  it("is refused for the last admin of a funder", async () => {
    const { funder } = await createOpenRound();
    const admin = await createUser("Grace");
    await db().funderMember.create({
      data: { funderId: funder.id, userId: admin.id, role: "ADMIN" },
    });
    const cookie = await signedInCookie(admin.id);
    const page = unwrap<{ blockers: { kind: string }[] }>(
      await run(deletePage.loader, makeRequest("/account/delete", { cookie })),
    ).data;
    expect(page.blockers).toEqual([
      { kind: "last-admin", funderId: funder.id, name: "Test Council" },
    ]);
  });

  it("replaces her with a pseudonym, keeps what she wrote, and frees her address for a new account", async () => {
    const world = await aminasWorld();
    // She hands the group over first.
    await db().organisationMember.updateMany({
      where: { organisationId: world.organisation.id, userId: world.olena.id },
      data: { role: "OWNER" },
    });
    await db().user.update({
      where: { id: world.amina.id },
      data: { passwordHash: "argon2-hash" },
    });
    const cookie = await signedInCookie(world.amina.id);
    const otherDevice = await signedInCookie(world.amina.id);

    const response = (await run(
      deletePage.action,
      makeRequest("/account/delete", { cookie, form: { intent: "erase" } }),
    )) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/privacy?erased=1");
    expect(await getUserId(makeRequest("/", { cookie: otherDevice }))).toBeNull();

    const erased = await db().user.findUniqueOrThrow({ where: { id: world.amina.id } });
    expect(erased.name).toMatch(/^Former user [0-9A-Z]{4}$/);
    expect(erased.email).not.toContain("amina");
    expect(erased.email).toMatch(/@erased\.invalid$/);
    expect(erased).toMatchObject({
      passwordHash: null,
      totpSecret: null,
      erasedAt: expect.any(Date),
    });
    expect(await db().organisationMember.count({ where: { userId: erased.id } })).toBe(0);
    expect(
      (await db().panelMember.findFirstOrThrow({ where: { userId: erased.id } })).removedAt,
    ).not.toBeNull();

    // What she wrote stays, under the pseudonym; the application stays with her group.
    expect(await db().panelComment.count({ where: { userId: erased.id } })).toBe(1);
    expect(
      await db().application.findUnique({ where: { id: world.application.id } }),
    ).not.toBeNull();

    // The audit trail is kept, without her address.
    const invited = await db().auditEvent.findFirstOrThrow({
      where: { action: "organisations.member-invited", entityId: world.organisation.id },
    });
    expect(JSON.stringify(invited.detail)).not.toContain(world.amina.email);
    const erasure = await db().auditEvent.findFirstOrThrow({
      where: { action: "privacy.account-erased", entityId: erased.id },
    });
    expect(erasure.actorId).toBe(erased.id);

    // The same address can sign up again, as a new person.
    const fresh = await db().user.create({ data: { email: world.amina.email } });
    expect(fresh.id).not.toBe(erased.id);
  });

  it("gives the same pseudonym every time and a different one to each person", async () => {
    const [first, second] = [await createUser("Leila"), await createUser("Maria")];
    for (const person of [first, second]) {
      await run(
        deletePage.action,
        makeRequest("/account/delete", {
          cookie: await signedInCookie(person.id),
          form: { intent: "erase" },
        }),
      );
    }
    const names = await db().user.findMany({
      where: { id: { in: [first.id, second.id] } },
      select: { name: true, email: true },
    });
    expect(new Set(names.map((user) => user.email)).size).toBe(2);
    expect(names.every((user) => user.name?.startsWith("Former user "))).toBe(true);
  });
});

describe("the privacy page", () => {
  it("opens for anyone and says her account is deleted after an erasure", async () => {
    const page = unwrap<Awaited<ReturnType<typeof privacyPage.loader>>>(
      await run(privacyPage.loader, makeRequest("/privacy?erased=1")),
    ).data;
    expect(page).toMatchObject({
      erased: true,
      retentionMonths: 24,
      sessionDays: 30,
      codeMinutes: 10,
    });
  });

  it("lists each published scheme's own keeping times, and no unpublished scheme", async () => {
    const { scheme, funder } = await createOpenRound();
    await db().scheme.update({ where: { id: scheme.id }, data: { retentionMonths: 36 } });
    await db().funder.update({ where: { id: funder.id }, data: { recordingRetentionDays: 45 } });
    const hidden = await createOpenRound();
    await db().scheme.update({ where: { id: hidden.scheme.id }, data: { published: false } });
    const page = unwrap<Awaited<ReturnType<typeof privacyPage.loader>>>(
      await run(privacyPage.loader, makeRequest("/privacy")),
    ).data;
    expect(page.schemes.find((row) => row.slug === scheme.slug)).toMatchObject({
      funder: funder.name,
      months: 36,
      recordingDays: 45,
    });
    expect(page.schemes.map((row) => row.slug)).not.toContain(hidden.scheme.slug);
  });
});
