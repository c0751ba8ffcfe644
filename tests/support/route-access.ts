import { randomBytes } from "node:crypto";
import { demoRubric } from "../../prisma/seed/demo-rubric";
import { seedDemo } from "./demo-world";
import type { FormDefinition } from "~/domain/forms/definition";
import { db } from "~/services/platform/db.server";
import { storage, storageKeyFor } from "~/services/platform/storage.server";
import { testReference } from "./fixtures";

/**
 * The records a route's address is built from, by parameter name. Each tenant has one value
 * per name, so swapping a single parameter for the other tenant's value is one lookup.
 */
export type Ids = {
  funderId: string;
  schemeId: string;
  roundId: string;
  potId: string;
  panelId: string;
  memberId: string;
  versionId: string;
  sectionId: string;
  questionId: string;
  criterionId: string;
  applicationId: string;
  fileId: string;
  organisationId: string;
  /** Amal Women's Circle's grant from the 2026 round (offered, not yet accepted). */
  grantId: string;
  checkInId: string;
  /** A voice recording sent with that check-in. */
  checkInFileId: string;
  themeId: string;
  /** A photo on the grant's story wall: a highlighted story and photo both shareable in reports. */
  photoId: string;
};

/**
 * Where on the demo a route is opened:
 * - `current`: Riverside's open 2027 round, its panel, and Amal Women's Circle's unsent draft.
 * - `review`: last year's 2026 round under review, its panel of five, and the Latin American
 *   Women's Collective's application, on which María declared a conflict.
 */
export type Scene = "current" | "review";

export type World = { home: Record<Scene, Ids>; other: Record<Scene, Ids> };

/**
 * People, by the part they play. Riverside's are the demo's; the other tenant's are made here:
 * Otto runs Other Council, Olga's group applied to it, Pia sits on its panel.
 */
export const people = {
  riversideAdmin: "grace@example.org",
  riversideOfficer: "tomas@example.org",
  riversideViewer: "helen@example.org",
  amalOwner: "amina@example.org",
  associationOwner: "olena@example.org",
  associationMember: "iryna@example.org",
  latinOwner: "carmen@example.org",
  panelChair: "nadia@example.org",
  communityReviewer: "fatima@example.org",
  /** On the 2026 panel only. */
  reviewer2026: "joy@example.org",
  /** On the 2026 panel, given the Latin American Women's Collective's application. */
  assigned2026: "leila@example.org",
  /** Declared a conflict with the Latin American Women's Collective on the 2026 panel. */
  conflicted2026: "maria@example.org",
  platformAdmin: "admin@example.org",
  otherFunderAdmin: "otto@other.example",
  otherApplicant: "olga@other.example",
  otherPanelMember: "pia@other.example",
} as const;

export type Person = (typeof people)[keyof typeof people];

/** People of the other tenant, refused on every Riverside record whatever the route. */
export const outsiders: Person[] = [
  people.otherApplicant,
  people.otherFunderAdmin,
  people.otherPanelMember,
];

const DAY = 24 * 60 * 60 * 1000;

const otherForm: FormDefinition = {
  sourceLocale: "en",
  sections: [
    {
      id: "other-section",
      title: { en: "Other section" },
      questions: [
        {
          id: "other-question",
          type: "shortText",
          label: { en: "Name" },
          required: true,
          maxLength: 80,
        },
      ],
    },
  ],
};

async function storeFile(applicationId: string, createdById: string | null) {
  const id = `file${randomBytes(6).toString("hex")}`;
  const storageKey = storageKeyFor(applicationId, id);
  await storage().put(storageKey, new TextEncoder().encode("%PDF-1.4 test"), "application/pdf");
  await db().storedFile.create({
    data: {
      id,
      applicationId,
      questionId: "group-people",
      storageKey,
      mimeType: "application/pdf",
      sizeBytes: 13,
      originalName: "constitution.pdf",
      createdById,
    },
  });
  return id;
}

/**
 * A file the panel may open: the panel is served only files the answers point to, so this one
 * is the group's recorded answer to what it wants to do with the grant.
 */
async function answeredByRecording(applicationId: string, createdById: string) {
  const fileId = await storeFile(applicationId, createdById);
  const application = await db().application.findUniqueOrThrow({ where: { id: applicationId } });
  const { "project-what": _written, ...answers } = application.answers as Record<string, unknown>;
  await db().application.update({
    where: { id: applicationId },
    data: { answers: { ...answers, "project-what.recording": fileId } },
  });
  return fileId;
}

/**
 * A photo the funder's story wall may show: on a check-in of its own (sent, its story
 * highlighted, shareable in reports), so the grant's first check-in stays as the demo has it.
 */
async function storeWallPhoto(grant: { id: string; applicationId: string }) {
  const checkIn = await db().checkIn.create({
    data: {
      grantId: grant.id,
      position: 99,
      dueOn: new Date(),
      submittedAt: new Date(),
      answers: { change: "We meet every week now" },
      storyConsent: "FUNDER_REPORTS",
      storyHighlightedAt: new Date(),
    },
  });
  const id = `photo${randomBytes(6).toString("hex")}`;
  const storageKey = storageKeyFor(grant.applicationId, id);
  await storage().put(storageKey, new Uint8Array([0x89, 0x50, 0x4e, 0x47]), "image/png");
  await db().storedFile.create({
    data: {
      id,
      applicationId: grant.applicationId,
      checkInId: checkIn.id,
      questionId: "photos",
      storageKey,
      mimeType: "image/png",
      sizeBytes: 4,
      originalName: "meeting.png",
      consent: "FUNDER_REPORTS",
    },
  });
  return id;
}

/** A recording sent with a check-in: stored with the grant's application, linked to the check-in. */
async function storeCheckInFile(checkInId: string) {
  const checkIn = await db().checkIn.findUniqueOrThrow({
    where: { id: checkInId },
    include: { grant: true },
  });
  const id = `file${randomBytes(6).toString("hex")}`;
  const storageKey = storageKeyFor(checkIn.grant.applicationId, id);
  await storage().put(storageKey, new TextEncoder().encode("webm test"), "audio/webm");
  await db().storedFile.create({
    data: {
      id,
      applicationId: checkIn.grant.applicationId,
      checkInId,
      questionId: "change",
      storageKey,
      mimeType: "audio/webm",
      sizeBytes: 9,
      originalName: "change.webm",
    },
  });
  return id;
}

async function riverside(): Promise<Record<Scene, Ids>> {
  const funder = await db().funder.findUniqueOrThrow({ where: { slug: "riverside" } });
  const scheme = await db().scheme.findUniqueOrThrow({ where: { slug: "riverside-together" } });
  const version = await db().formVersion.findFirstOrThrow({ where: { schemeId: scheme.id } });
  const panel2027 = await db().panel.findFirstOrThrow({ where: { name: "2027 review panel" } });
  const panel2026 = await db().panel.findFirstOrThrow({ where: { name: "2026 review panel" } });
  const amal = await db().organisation.findFirstOrThrow({ where: { name: "Amal Women's Circle" } });
  const latin = await db().organisation.findFirstOrThrow({
    where: { name: "Latin American Women's Collective" },
  });
  const amalDraft = await db().application.findFirstOrThrow({
    where: { organisationId: amal.id, pot: { roundId: panel2027.roundId } },
  });
  const latin2026 = await db().application.findFirstOrThrow({
    where: { organisationId: latin.id, pot: { roundId: panel2026.roundId } },
  });
  const amina = await db().user.findUniqueOrThrow({ where: { email: people.amalOwner } });
  const carmen = await db().user.findUniqueOrThrow({ where: { email: people.latinOwner } });
  // Removing a member is the one post the rightful person makes for real; this one is spare.
  const spare = await db().user.create({
    data: { email: "rowan@example.org", name: "Rowan Spare", locale: "en" },
  });
  const spareMember = (panelId: string) =>
    db().panelMember.create({ data: { panelId, userId: spare.id, role: "MEMBER" } });
  const grant = await db().grant.findFirstOrThrow({
    where: { organisationId: amal.id },
    include: { checkIns: { orderBy: { position: "asc" }, take: 1 } },
  });
  const theme = await db().theme.findFirstOrThrow({ where: { funderId: funder.id } });
  const common = {
    funderId: funder.id,
    schemeId: scheme.id,
    versionId: version.id,
    sectionId: "about-your-group",
    questionId: "group-name",
    criterionId: "c1",
    grantId: grant.id,
    checkInId: grant.checkIns[0]!.id,
    checkInFileId: await storeCheckInFile(grant.checkIns[0]!.id),
    themeId: theme.id,
    photoId: await storeWallPhoto(grant),
  };
  return {
    current: {
      ...common,
      roundId: panel2027.roundId,
      potId: amalDraft.potId,
      panelId: panel2027.id,
      memberId: (await spareMember(panel2027.id)).id,
      applicationId: amalDraft.id,
      fileId: await storeFile(amalDraft.id, amina.id),
      organisationId: amal.id,
    },
    review: {
      ...common,
      roundId: panel2026.roundId,
      potId: latin2026.potId,
      panelId: panel2026.id,
      memberId: (await spareMember(panel2026.id)).id,
      applicationId: latin2026.id,
      fileId: await answeredByRecording(latin2026.id, carmen.id),
      organisationId: latin.id,
    },
  };
}

/** A second funder with one of everything, so that any Riverside id has a counterpart to swap in. */
async function otherTenant(): Promise<Ids> {
  const [otto, olga, pia] = await Promise.all(
    [
      [people.otherFunderAdmin, "Otto Admin"],
      [people.otherApplicant, "Olga Applicant"],
      [people.otherPanelMember, "Pia Reviewer"],
    ].map(([email, name]) =>
      db().user.create({ data: { email: email!, name: name!, locale: "en" } }),
    ),
  );
  const funder = await db().funder.create({
    data: {
      slug: "other-council",
      name: "Other Council",
      members: { create: [{ userId: otto!.id, role: "ADMIN" }] },
    },
  });
  const scheme = await db().scheme.create({
    data: {
      funderId: funder.id,
      slug: "other-scheme",
      currency: "EUR",
      published: true,
      title: { en: "Other scheme" },
      description: { en: "Not Riverside's" },
    },
  });
  const version = await db().formVersion.create({
    data: {
      schemeId: scheme.id,
      version: 1,
      status: "PUBLISHED",
      definition: otherForm,
      publishedAt: new Date(),
    },
  });
  const round = await db().round.create({
    data: {
      schemeId: scheme.id,
      name: { en: "Other round" },
      opensAt: new Date(Date.now() - 10 * DAY),
      closesAt: new Date(Date.now() + 20 * DAY),
      budgetMinor: 100_000,
      formVersionId: version.id,
    },
  });
  const pot = await db().pot.create({
    data: {
      roundId: round.id,
      name: { en: "Other pot" },
      description: { en: "" },
      amountMinor: 100_000,
      minGrantMinor: 1_000,
      maxGrantMinor: 50_000,
      eligibility: [],
    },
  });
  const panel = await db().panel.create({
    data: {
      roundId: round.id,
      name: "Other panel",
      rubricVersions: { create: [{ version: 1, criteria: demoRubric }] },
      members: { create: [{ userId: pia!.id, role: "MEMBER" }] },
    },
    include: { members: true },
  });
  const group = await db().organisation.create({
    data: {
      name: "Other Group",
      legalForm: "ASSOCIATION",
      members: { create: [{ userId: olga!.id, role: "OWNER" }] },
    },
  });
  const application = await db().application.create({
    data: {
      reference: testReference(),
      potId: pot.id,
      organisationId: group.id,
      formVersionId: version.id,
      status: "SUBMITTED",
      answers: { "other-question": "Other Group" },
      submittedAt: new Date(),
      submittedById: olga!.id,
      createdById: olga!.id,
    },
  });
  await db().reviewAssignment.create({
    data: { panelId: panel.id, applicationId: application.id, userId: pia!.id },
  });
  const awarded = await db().application.create({
    data: {
      reference: testReference(),
      potId: pot.id,
      organisationId: group.id,
      formVersionId: version.id,
      status: "AWARDED",
      awardedMinor: 20_000,
      answers: { "other-question": "Other Group" },
      submittedAt: new Date(Date.now() - 5 * DAY),
      submittedById: olga!.id,
      createdById: olga!.id,
    },
  });
  const grant = await db().grant.create({
    data: {
      applicationId: awarded.id,
      funderId: funder.id,
      organisationId: group.id,
      startsOn: new Date(),
      endsOn: new Date(Date.now() + 180 * DAY),
      tranches: { create: [{ position: 0, amountMinor: 20_000, dueOn: new Date() }] },
      checkIns: { create: [{ position: 0, dueOn: new Date(Date.now() + 90 * DAY) }] },
    },
    include: { checkIns: true },
  });
  const theme = await db().theme.create({
    data: { funderId: funder.id, name: { en: "Other theme" } },
  });
  return {
    funderId: funder.id,
    schemeId: scheme.id,
    roundId: round.id,
    potId: pot.id,
    panelId: panel.id,
    memberId: panel.members[0]!.id,
    versionId: version.id,
    sectionId: "other-section",
    questionId: "other-question",
    criterionId: "c9",
    grantId: grant.id,
    checkInId: grant.checkIns[0]!.id,
    checkInFileId: await storeCheckInFile(grant.checkIns[0]!.id),
    themeId: theme.id,
    photoId: await storeWallPhoto(grant),
    applicationId: application.id,
    fileId: await storeFile(application.id, olga!.id),
    organisationId: group.id,
  };
}

/** Seeds the demo and the other tenant once, and returns the ids each scene opens routes with. */
export async function routeAccessWorld(): Promise<World> {
  await seedDemo(db());
  const home = await riverside();
  const other = await otherTenant();
  return { home, other: { current: other, review: other } };
}
