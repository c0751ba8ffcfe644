import { randomBytes, randomInt } from "node:crypto";
import { newReference } from "~/domain/applications/reference";
import type { FormDefinition } from "~/domain/forms/definition";
import { db } from "~/services/platform/db.server";

const DAY = 24 * 60 * 60 * 1000;
const unique = () => randomBytes(4).toString("hex");

/** For applications a test writes straight into the database; eight characters make clashes negligible. */
export const testReference = () =>
  newReference({ prefix: "TST", year: "27", length: 8 }, randomInt);

export async function createUser(name: string, locale = "en") {
  return db().user.create({
    data: { email: `${name.toLowerCase()}-${unique()}@example.org`, name, locale },
  });
}

export const smallForm: FormDefinition = {
  sourceLocale: "en",
  sections: [
    {
      id: "group",
      title: { en: "Your group", ar: "مجموعتكم" },
      questions: [
        {
          id: "about",
          type: "longText",
          label: { en: "What does your group do?" },
          required: true,
          maxWords: 50,
          allowRecording: true,
        },
        {
          id: "registered",
          type: "yesNo",
          label: { en: "Is your group registered?" },
          required: true,
        },
        {
          id: "number",
          type: "shortText",
          label: { en: "Registration number" },
          required: true,
          maxLength: 40,
          showIf: { questionId: "registered", anyOf: ["yes"] },
        },
      ],
    },
    {
      id: "money",
      title: { en: "Budget" },
      questions: [
        {
          id: "budget",
          type: "budgetTable",
          label: { en: "What will the money pay for?" },
          required: true,
          maxRows: 10,
          capAtPotMaximum: true,
        },
      ],
    },
  ],
};

/** A funder with an open round, one pot open to everyone, a published form and an applicant group. */
export async function createOpenRound(options: { closesInMs?: number; opensInMs?: number } = {}) {
  const now = Date.now();
  const staff = await createUser("Officer");
  const funder = await db().funder.create({
    data: {
      slug: `funder-${unique()}`,
      name: "Test Council",
      members: { create: { userId: staff.id, role: "PROGRAMME_OFFICER" } },
    },
  });
  const scheme = await db().scheme.create({
    data: {
      funderId: funder.id,
      slug: `scheme-${unique()}`,
      title: { en: "Together" },
      description: { en: "Small grants" },
      currency: "EUR",
      published: true,
    },
  });
  const form = await db().formVersion.create({
    data: {
      schemeId: scheme.id,
      version: 1,
      status: "PUBLISHED",
      definition: smallForm,
      publishedAt: new Date(),
    },
  });
  const round = await db().round.create({
    data: {
      schemeId: scheme.id,
      name: { en: "2027" },
      opensAt: new Date(now + (options.opensInMs ?? -DAY)),
      closesAt: new Date(now + (options.closesInMs ?? 10 * DAY)),
      budgetMinor: 1_000_000,
      formVersionId: form.id,
    },
  });
  const pot = await db().pot.create({
    data: {
      roundId: round.id,
      name: { en: "Open pot" },
      description: { en: "" },
      amountMinor: 1_000_000,
      minGrantMinor: 10_000,
      maxGrantMinor: 500_000,
      eligibility: [],
    },
  });
  const owner = await createUser("Amina", "ar");
  const colleague = await createUser("Olena", "uk");
  const organisation = await db().organisation.create({
    data: {
      name: "Amal Women's Circle",
      legalForm: "INFORMAL_GROUP",
      byAndFor: true,
      members: {
        create: [
          { userId: owner.id, role: "OWNER" },
          { userId: colleague.id, role: "MEMBER" },
        ],
      },
    },
  });
  return { funder, staff, scheme, form, round, pot, owner, colleague, organisation };
}

/** The group sent this funder an application in an earlier round, so its staff may work for the group. */
export async function createEarlierApplication(setup: {
  scheme: { id: string };
  organisation: { id: string };
  owner: { id: string };
}) {
  const now = Date.now();
  const round = await db().round.create({
    data: {
      schemeId: setup.scheme.id,
      name: { en: "2026" },
      opensAt: new Date(now - 400 * DAY),
      closesAt: new Date(now - 300 * DAY),
      budgetMinor: 500_000,
    },
  });
  const pot = await db().pot.create({
    data: {
      roundId: round.id,
      name: { en: "Last year's pot" },
      description: { en: "" },
      amountMinor: 500_000,
      minGrantMinor: 10_000,
      maxGrantMinor: 200_000,
      eligibility: [],
    },
  });
  return db().application.create({
    data: {
      reference: testReference(),
      potId: pot.id,
      organisationId: setup.organisation.id,
      status: "SUBMITTED",
      answers: {},
      submittedAt: new Date(now - 320 * DAY),
      submittedById: setup.owner.id,
      createdById: setup.owner.id,
    },
  });
}

/** An application the group sent and the panel is reviewing, ready for a decision. */
export function applicationInReview(data: {
  potId: string;
  organisationId: string;
  submittedById: string;
  requestedMinor: number;
}) {
  return db().application.create({
    data: {
      ...data,
      reference: testReference(),
      status: "IN_REVIEW",
      submittedAt: new Date(),
    },
  });
}
