import { beforeAll, describe, expect, it } from "vitest";
import * as filePage from "~/routes/fund.$funderId.check-ins.$checkInId.files.$checkInFileId";
import * as checkInPage from "~/routes/fund.$funderId.check-ins.$checkInId._index";
import { db } from "~/services/platform/db.server";
import { storage, storageKeyFor } from "~/services/platform/storage.server";
import { useTestDatabase } from "../support/database";
import { seedDemo } from "../support/demo-world";
import { call, expectStatus, signIns } from "../support/panels";
import { translatedAs, useTranslationService } from "../support/translation-service";

useTestDatabase();
useTranslationService();

const as = signIns();
let funderId = "";
let checkInId = "";
let otherCheckInId = "";
let photoId = "";

type Page = Awaited<ReturnType<typeof checkInPage.loader>>;
const story = "Жінки почали говорити англійською в магазині.";

async function storePhoto(applicationId: string, forCheckIn: string) {
  const id = `photo${Math.random().toString(36).slice(2, 10)}`;
  const storageKey = storageKeyFor(applicationId, id);
  await storage().put(storageKey, new TextEncoder().encode("jpeg bytes"), "image/jpeg");
  await db().storedFile.create({
    data: {
      id,
      applicationId,
      checkInId: forCheckIn,
      questionId: "photos",
      storageKey,
      mimeType: "image/jpeg",
      sizeBytes: 10,
      originalName: "group.jpg",
      consent: "FUNDER_ONLY",
      caption: "Наша зустріч",
    },
  });
  return id;
}

beforeAll(async () => {
  await seedDemo(db());
  funderId = (await db().funder.findFirstOrThrow({ where: { name: "Riverside City Council" } })).id;
  const grant = await db().grant.findFirstOrThrow({
    where: { application: { answerLanguage: "uk" } },
  });
  const sent = (position: number) =>
    db().checkIn.create({
      data: {
        grantId: grant.id,
        position,
        dueOn: new Date(),
        answers: { change: story },
        answerLanguage: "uk",
        storyConsent: "FUNDER_REPORTS",
        submittedAt: new Date(),
      },
    });
  checkInId = (await sent(20)).id;
  otherCheckInId = (await sent(21)).id;
  photoId = await storePhoto(grant.applicationId, checkInId);
});

describe("reading a check-in with a machine translation", () => {
  it("shows the original and offers a translation, which arrives only when asked", async () => {
    const cookie = await as("tomas@example.org");
    const plain = (await call(checkInPage.loader, "/", { funderId, checkInId }, cookie)) as Page;
    expect(plain.machineTranslation).toMatchObject({ target: "en", active: false });
    expect(plain.story[0]).toMatchObject({ field: "change", text: story, translation: null });

    const asked = (await call(
      checkInPage.loader,
      "/?translate=en",
      { funderId, checkInId },
      cookie,
    )) as Page;
    expect(asked.machineTranslation).toMatchObject({ target: "en", active: true, failure: null });
    expect(asked.story[0]?.translation).toBe(translatedAs("en", story));
    const audit = await db().auditEvent.findFirst({
      where: { action: "common.machine-translation-shown", entityId: checkInId },
    });
    expect(audit?.detail).toMatchObject({ purpose: "check-in-reading", target: "en" });
  });
});

describe("a check-in's photos", () => {
  it("shows each photo with the consent it carries, through the check-in's own file route", async () => {
    const cookie = await as("helen@example.org");
    const page = (await call(checkInPage.loader, "/", { funderId, checkInId }, cookie)) as Page;
    expect(page.files).toEqual([
      expect.objectContaining({
        id: photoId,
        kind: "photo",
        consent: "FUNDER_ONLY",
        caption: "Наша зустріч",
        href: `/fund/${funderId}/check-ins/${checkInId}/files/${photoId}`,
      }),
    ]);
    const served = (await call(
      filePage.loader,
      page.files[0]!.href,
      { funderId, checkInId, checkInFileId: photoId },
      cookie,
    )) as Response;
    expect(served.status).toBe(200);
    expect(served.headers.get("Content-Type")).toContain("image/jpeg");
  });

  it("refuses a photo asked for through another check-in's address", async () => {
    expectStatus(
      await call(
        filePage.loader,
        "/",
        { funderId, checkInId: otherCheckInId, checkInFileId: photoId },
        await as("grace@example.org"),
      ),
      403,
    );
    // A member of the group reads her photos on her own pages, not on the funder's.
    expectStatus(
      await call(
        filePage.loader,
        "/",
        { funderId, checkInId, checkInFileId: photoId },
        await as("olena@example.org"),
      ),
      403,
    );
  });
});
