import { randomBytes } from "node:crypto";
import { db } from "~/services/platform/db.server";
import { storage, storageKeyFor } from "~/services/platform/storage.server";
import { createOpenRound, testReference } from "./fixtures";

/**
 * A small portfolio for the outcome views: a funder with two pots in one round (the round asks
 * for two light numbers), a codebook with one theme merged into another, and grants whose
 * check-ins are sent on fixed days, tagged, and some highlighted.
 */

export type Portfolio = Awaited<ReturnType<typeof createPortfolio>>;

export async function createPortfolio() {
  const setup = await createOpenRound();
  await db().round.update({
    where: { id: setup.round.id },
    data: {
      lightNumbers: [
        { id: "women", label: { en: "Women taking part", uk: "Жінок бере участь" } },
        { id: "sessions", label: { en: "Sessions held" } },
      ],
    },
  });
  const secondPot = await db().pot.create({
    data: {
      roundId: setup.round.id,
      name: { en: "Small sparks" },
      description: { en: "" },
      amountMinor: 500_000,
      minGrantMinor: 1_000,
      maxGrantMinor: 100_000,
      eligibility: [],
      position: 1,
    },
  });
  const confidence = await db().theme.create({
    data: { funderId: setup.funder.id, name: { en: "Confidence", uk: "Впевненість" }, position: 0 },
  });
  const language = await db().theme.create({
    data: { funderId: setup.funder.id, name: { en: "Language" }, position: 1 },
  });
  const selfEsteem = await db().theme.create({
    data: {
      funderId: setup.funder.id,
      name: { en: "Self-esteem" },
      position: 2,
      mergedIntoId: confidence.id,
    },
  });
  return { ...setup, secondPot, themes: { confidence, language, selfEsteem } };
}

/** An awarded application made into an active grant, with its check-ins as given. */
export async function createGrant(
  portfolio: Portfolio,
  options: {
    potId?: string;
    groupName?: string;
    awardedMinor?: number;
    startsOn?: Date;
    endsOn?: Date;
    checkIns: {
      dueOn: Date;
      submittedAt?: Date | null;
      answers?: object;
      answerLanguage?: string;
      storyConsent?: "FUNDER_ONLY" | "FUNDER_REPORTS" | "PUBLIC" | null;
      storyHighlightedAt?: Date | null;
      quoteHighlightedAt?: Date | null;
      themeIds?: string[];
    }[];
  },
) {
  const organisation = options.groupName
    ? await db().organisation.create({
        data: { name: options.groupName, legalForm: "INFORMAL_GROUP" },
      })
    : portfolio.organisation;
  const application = await db().application.create({
    data: {
      reference: testReference(),
      potId: options.potId ?? portfolio.pot.id,
      organisationId: organisation.id,
      formVersionId: portfolio.form.id,
      status: "AWARDED",
      awardedMinor: options.awardedMinor ?? 50_000,
      submittedAt: new Date("2026-01-10T12:00:00Z"),
    },
  });
  const grant = await db().grant.create({
    data: {
      applicationId: application.id,
      funderId: portfolio.funder.id,
      organisationId: organisation.id,
      status: "ACTIVE",
      startsOn: options.startsOn ?? new Date("2026-01-01T12:00:00Z"),
      endsOn: options.endsOn ?? new Date("2026-12-31T12:00:00Z"),
    },
  });
  const checkIns = [];
  for (const [position, checkIn] of options.checkIns.entries()) {
    const row = await db().checkIn.create({
      data: {
        grantId: grant.id,
        position,
        dueOn: checkIn.dueOn,
        submittedAt: checkIn.submittedAt ?? null,
        answers: checkIn.answers ?? undefined,
        answerLanguage: checkIn.answerLanguage ?? null,
        storyConsent: checkIn.storyConsent ?? null,
        storyHighlightedAt: checkIn.storyHighlightedAt ?? null,
        quoteHighlightedAt: checkIn.quoteHighlightedAt ?? null,
      },
    });
    if (checkIn.themeIds?.length) {
      await db().checkInTheme.createMany({
        data: checkIn.themeIds.map((themeId) => ({ checkInId: row.id, themeId })),
      });
    }
    checkIns.push(row);
  }
  return { grant, application, organisation, checkIns };
}

/** A photo sent with a check-in, with the consent the people shown gave. */
export async function addPhoto(
  applicationId: string,
  checkInId: string,
  consent: "FUNDER_ONLY" | "FUNDER_REPORTS" | "PUBLIC" | null,
  caption: string | null = null,
) {
  const id = `photo${randomBytes(6).toString("hex")}`;
  const storageKey = storageKeyFor(applicationId, id);
  await storage().put(storageKey, new Uint8Array([0x89, 0x50, 0x4e, 0x47]), "image/png");
  await db().storedFile.create({
    data: {
      id,
      applicationId,
      checkInId,
      questionId: "photos",
      storageKey,
      mimeType: "image/png",
      sizeBytes: 4,
      originalName: "photo.png",
      consent,
      caption,
    },
  });
  return id;
}
