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
});
