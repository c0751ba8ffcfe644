import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import * as page from "~/routes/grants.$grantId_.check-ins.$checkInId";
import * as autosave from "~/routes/grants.$grantId_.check-ins.$checkInId_.autosave";
import * as check from "~/routes/grants.$grantId_.check-ins.$checkInId_.check";
import * as photoFile from "~/routes/grants.$grantId_.check-ins.$checkInId_.files.$checkInFileId";
import { db } from "~/services/platform/db.server";
import { storage } from "~/services/platform/storage.server";
import { multipart } from "../support/applying";
import { seedDemo } from "../support/demo-world";
import { useTestDatabase } from "../support/database";
import { signIns } from "../support/panels";
import { makeRequest, run, unwrap } from "../support/requests";

useTestDatabase();

const cookieOf = signIns();
let grantId: string;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  await seedDemo(db());
  const grant = await db().grant.findFirstOrThrow({ where: { status: "ACTIVE" } });
  grantId = grant.id;
  await db().round.updateMany({
    where: { pots: { some: { applications: { some: { id: grant.applicationId } } } } },
    data: { lightNumbers: [{ id: "n1", label: { en: "Women taking part", uk: "Жінки" } }] },
  });
});

/** A fresh check-in on the Ukrainian association's active grant, so tests do not share one. */
async function freshCheckIn() {
  return db().checkIn.create({
    data: { grantId, position: 50, dueOn: new Date(Date.now() + 10 * DAY) },
  });
}

const location = (response: unknown) => (response as Response).headers.get("Location");
const pathOf = (checkInId: string) => `/grants/${grantId}/check-ins/${checkInId}`;
const paramsOf = (checkInId: string) => ({ grantId, checkInId });

async function post(
  checkInId: string,
  fields: Record<string, string>,
  file?: { name: string; filename: string; bytes: Uint8Array; type: string },
  email = "olena@example.org",
) {
  const request = multipart(pathOf(checkInId), (await cookieOf(email))!, fields, file);
  return run(page.action, request, paramsOf(checkInId));
}

const story = {
  whatHappened: "Ми зустрічалися щотижня.",
  change: "Одна жінка вперше виступила на зборах громади.",
  changeFor: "Нова учасниця групи",
  "number.n1": "14",
  storyConsent: "FUNDER_REPORTS",
};

async function gpsPhoto() {
  return new Uint8Array(
    await sharp({ create: { width: 8, height: 8, channels: 3, background: "red" } })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1" } })
      .toBuffer(),
  );
}

describe("a group fills in a check-in without JavaScript", () => {
  it("saves what was typed and comes back to it", async () => {
    const checkIn = await freshCheckIn();
    const saved = await post(checkIn.id, { ...story, revision: "0", intent: "save" });
    expect(location(saved)).toBe(`${pathOf(checkIn.id)}?notice=saved`);
    const stored = await db().checkIn.findUniqueOrThrow({ where: { id: checkIn.id } });
    expect(stored.answers).toMatchObject({
      whatHappened: story.whatHappened,
      numbers: { n1: "14" },
    });
    expect(stored.storyConsent).toBe("FUNDER_REPORTS");
    expect(stored.revision).toBe(1);

    const cookie = await cookieOf("olena@example.org");
    const shown = unwrap<Awaited<ReturnType<typeof page.loader>>>(
      await run(page.loader, makeRequest(pathOf(checkIn.id), { cookie }), paramsOf(checkIn.id)),
    ).data;
    expect(shown.editable).toBe(true);
    expect(shown.draft.answers.change).toBe(story.change);
    expect(shown.numbers.map((n) => n.id)).toEqual(["n1"]);
  });

  it("keeps a wrong number as typed and says what to fix, by the field", async () => {
    const checkIn = await freshCheckIn();
    const result = unwrap<{ outcome: string; errors: Record<string, { key: string }> }>(
      await post(checkIn.id, { ...story, "number.n1": "багато", revision: "0", intent: "check" }),
    );
    expect(result.status).toBe(400);
    expect(result.data.errors["number.n1"]?.key).toBe("monitoring:form.errors.number");
    const stored = await db().checkIn.findUniqueOrThrow({ where: { id: checkIn.id } });
    expect(stored.answers).toMatchObject({ numbers: { n1: "багато" }, change: story.change });
  });
});

describe("autosave", () => {
  it("saves with JavaScript and refuses a save made from an older copy, handing back what it carried", async () => {
    const checkIn = await freshCheckIn();
    const cookie = (await cookieOf("olena@example.org"))!;
    const save = (fields: Record<string, string>) =>
      run(
        autosave.action,
        makeRequest(`${pathOf(checkIn.id)}/autosave`, { cookie, form: fields }),
        paramsOf(checkIn.id),
      );
    const first = (await save({ whatHappened: "Перша версія", revision: "0" })) as Response;
    expect(await first.json()).toMatchObject({ outcome: "autosaved", revision: 1 });

    const stale = (await save({ whatHappened: "Зі старої копії", revision: "0" })) as Response;
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ outcome: "conflict", revision: 1 });
    const stored = await db().checkIn.findUniqueOrThrow({ where: { id: checkIn.id } });
    expect(stored.answers).toMatchObject({ whatHappened: "Перша версія" });

    // The page's own save from the older copy shows what she typed beside the newer text.
    const pageSave = unwrap<{ outcome: string; copies: { field: string; text: string }[] }>(
      await post(checkIn.id, { whatHappened: "Зі старої копії", revision: "0", intent: "save" }),
    );
    expect(pageSave.status).toBe(409);
    expect(pageSave.data.copies).toEqual([{ field: "whatHappened", text: "Зі старої копії" }]);
  });
});

describe("photos", () => {
  const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");
  const program = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, ...new Array(200).fill(0)]);

  it.each([
    [
      "an unsupported type",
      { bytes: pdf, filename: "plan.pdf", type: "application/pdf" },
      "wrongType",
    ],
    [
      "a disguised program",
      { bytes: program, filename: "photo.jpg", type: "image/jpeg" },
      "wrongType",
    ],
    [
      "a photo too large",
      {
        bytes: new Uint8Array(10 * 1024 * 1024 + 1).fill(1),
        filename: "big.jpg",
        type: "image/jpeg",
      },
      "tooLarge",
    ],
  ])("refuses %s with a message, keeping everything typed", async (_, file, reason) => {
    const checkIn = await freshCheckIn();
    const result = unwrap<{ errors: Record<string, { key: string }> }>(
      await post(
        checkIn.id,
        { ...story, revision: "0", intent: "save", newPhotoConsent: "FUNDER_ONLY" },
        { name: "photo", ...file },
      ),
    );
    expect(result.status).toBe(400);
    expect(result.data.errors.photo?.key).toBe(`monitoring:form.fileErrors.photo.${reason}`);
    expect(await db().storedFile.count({ where: { checkInId: checkIn.id } })).toBe(0);
    const stored = await db().checkIn.findUniqueOrThrow({ where: { id: checkIn.id } });
    expect(stored.answers).toMatchObject({ whatHappened: story.whatHappened });
  });

  it("asks how far a photo may be shared before keeping it", async () => {
    const checkIn = await freshCheckIn();
    const result = unwrap<{ errors: Record<string, { key: string }> }>(
      await post(
        checkIn.id,
        { ...story, revision: "0", intent: "save" },
        { name: "photo", bytes: await gpsPhoto(), filename: "group.jpg", type: "image/jpeg" },
      ),
    );
    expect(result.data.errors.newPhotoConsent?.key).toBe("monitoring:form.errors.photoConsent");
    expect(await db().storedFile.count({ where: { checkInId: checkIn.id } })).toBe(0);
  });

  it("keeps a photo without its location, with its consent and caption, for the group to see", async () => {
    const checkIn = await freshCheckIn();
    const photo = await gpsPhoto();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const saved = await post(
      checkIn.id,
      {
        ...story,
        revision: "0",
        intent: "save",
        newPhotoConsent: "PUBLIC",
        newPhotoCaption: "Наша зустріч у бібліотеці",
      },
      { name: "photo", bytes: photo, filename: "group.jpg", type: "image/jpeg" },
    );
    expect(location(saved)).toBe(`${pathOf(checkIn.id)}?notice=saved`);
    const file = await db().storedFile.findFirstOrThrow({ where: { checkInId: checkIn.id } });
    expect(file).toMatchObject({
      questionId: "check-in-photo",
      consent: "PUBLIC",
      caption: "Наша зустріч у бібліотеці",
      mimeType: "image/jpeg",
    });
    const kept = await storage().get(file.storageKey);
    expect((await sharp(kept!).metadata()).exif).toBeUndefined();

    // The group narrows the consent later; it is stored at once.
    await post(checkIn.id, {
      ...story,
      revision: "1",
      intent: "save",
      [`photo.${file.id}.consent`]: "FUNDER_ONLY",
    });
    expect((await db().storedFile.findUniqueOrThrow({ where: { id: file.id } })).consent).toBe(
      "FUNDER_ONLY",
    );
    const cookie = await cookieOf("olena@example.org");
    const served = (await run(
      photoFile.loader,
      makeRequest(`${pathOf(checkIn.id)}/files/${file.id}`, { cookie }),
      { ...paramsOf(checkIn.id), checkInFileId: file.id },
    )) as Response;
    expect(served.status).toBe(200);
    expect(served.headers.get("Content-Type")).toBe("image/jpeg");
  });
});

describe("sending", () => {
  it("asks for what is missing before sending", async () => {
    const checkIn = await freshCheckIn();
    await post(checkIn.id, { whatHappened: "Коротко", revision: "0", intent: "save" });
    const cookie = await cookieOf("olena@example.org");
    const result = unwrap<{ outcome: string; errors: Record<string, unknown> }>(
      await run(
        check.action,
        makeRequest(`${pathOf(checkIn.id)}/check`, { cookie, form: { revision: "1" } }),
        paramsOf(checkIn.id),
      ),
    );
    expect(result.status).toBe(400);
    expect(Object.keys(result.data.errors)).toEqual(["change"]);
  });

  it("sends once: a second press leaves one sent check-in and says so kindly", async () => {
    const checkIn = await freshCheckIn();
    await post(checkIn.id, { ...story, revision: "0", intent: "check" });
    const cookie = await cookieOf("olena@example.org");
    const send = () =>
      run(
        check.action,
        makeRequest(`${pathOf(checkIn.id)}/check`, { cookie, form: { revision: "1" } }),
        paramsOf(checkIn.id),
      );
    expect(location(await send())).toBe(`${pathOf(checkIn.id)}?notice=sent`);
    expect(location(await send())).toBe(`${pathOf(checkIn.id)}?notice=already-sent`);
    const stored = await db().checkIn.findUniqueOrThrow({ where: { id: checkIn.id } });
    expect(stored.submittedAt).not.toBeNull();
    expect(stored.answers).toMatchObject({ numbers: { n1: 14 } });
    expect(
      await db().auditEvent.count({
        where: { action: "monitoring.check-in-sent", entityId: checkIn.id },
      }),
    ).toBe(1);
    // Once sent, a save changes nothing and says it was sent.
    const late = await post(checkIn.id, { whatHappened: "Змінено", revision: "2", intent: "save" });
    expect(location(late)).toBe(`${pathOf(checkIn.id)}?notice=already-sent`);
    const shown = unwrap<Awaited<ReturnType<typeof page.loader>>>(
      await run(page.loader, makeRequest(pathOf(checkIn.id), { cookie }), paramsOf(checkIn.id)),
    ).data;
    expect(shown.editable).toBe(false);
    expect(shown.checkIn.status).toBe("sent");
  });

  it("shows the funder's reply once there is one", async () => {
    const checkIn = await freshCheckIn();
    await db().checkIn.update({
      where: { id: checkIn.id },
      data: { submittedAt: new Date(), reply: "Дякуємо за історію!", repliedAt: new Date() },
    });
    const cookie = await cookieOf("olena@example.org");
    const shown = unwrap<Awaited<ReturnType<typeof page.loader>>>(
      await run(page.loader, makeRequest(pathOf(checkIn.id), { cookie }), paramsOf(checkIn.id)),
    ).data;
    expect(shown.checkIn.reply).toBe("Дякуємо за історію!");
  });
});

describe("a check-in that is not open", () => {
  it("keeps a group that has not accepted its grant from writing, and says why", async () => {
    const offered = await db().grant.findFirstOrThrow({
      where: { status: "OFFERED" },
      include: { checkIns: { take: 1 } },
    });
    const checkIn = offered.checkIns[0]!;
    const cookie = (await cookieOf("amina@example.org"))!;
    const here = `/grants/${offered.id}/check-ins/${checkIn.id}`;
    const params = { grantId: offered.id, checkInId: checkIn.id };
    const saved = await run(
      page.action,
      multipart(here, cookie, { whatHappened: "لقاءات أسبوعية", revision: "0", intent: "save" }),
      params,
    );
    expect(location(saved)).toBe(`${here}?notice=not-open`);
    expect(
      (await db().checkIn.findUniqueOrThrow({ where: { id: checkIn.id } })).answers,
    ).toBeNull();
    const shown = unwrap<Awaited<ReturnType<typeof page.loader>>>(
      await run(page.loader, makeRequest(here, { cookie }), params),
    ).data;
    expect(shown).toMatchObject({ editable: false, grantStatus: "OFFERED" });
    // Another group's member never sees it.
    const other = await cookieOf("olena@example.org");
    expect(
      ((await run(page.loader, makeRequest(here, { cookie: other }), params)) as Response).status,
    ).toBe(403);
  });
});
