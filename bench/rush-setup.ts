// Data for the deadline rush, written through the app's own services and database client.
import { randomBytes, randomInt } from "node:crypto";
import { newReference } from "../app/domain/applications/reference";
import type { FormDefinition } from "../app/domain/forms/definition";
import { db } from "../app/services/platform/db.server";
import { startSession } from "../app/services/platform/session.server";

const DAY = 24 * 60 * 60 * 1000;

const form: FormDefinition = {
  sourceLocale: "en",
  sections: [
    {
      id: "story",
      title: { en: "Your project" },
      questions: [
        {
          id: "story",
          type: "longText",
          label: { en: "What will you do?" },
          required: true,
          maxWords: 300,
          allowRecording: false,
        },
      ],
    },
    {
      id: "budget",
      title: { en: "Budget" },
      questions: [
        {
          id: "budget",
          type: "budgetTable",
          label: { en: "Costs" },
          required: true,
          maxRows: 10,
          capAtPotMaximum: true,
        },
      ],
    },
  ],
};

export type Applicant = {
  applicationId: string;
  cookie: string;
  autosavePath: string;
  autosaveForm: (save: number) => Record<string, string>;
  submitPath: string;
  submitForm: Record<string, string>;
};

export const storyText = (applicationId: string, save: number) =>
  `Save ${save} of ${applicationId}: we run a weekly conversation circle for women who arrived recently. نلتقي كل أسبوع. Ми зустрічаємося щотижня.`;

export async function prepareApplicants(count: number): Promise<Applicant[]> {
  const tag = randomBytes(3).toString("hex");
  const funder = await db().funder.create({ data: { slug: `rush-${tag}`, name: "Rush Council" } });
  const scheme = await db().scheme.create({
    data: {
      funderId: funder.id,
      slug: `rush-${tag}`,
      title: { en: "Rush" },
      description: { en: "" },
      currency: "EUR",
      published: true,
    },
  });
  const version = await db().formVersion.create({
    data: {
      schemeId: scheme.id,
      version: 1,
      status: "PUBLISHED",
      definition: form,
      publishedAt: new Date(),
    },
  });
  const round = await db().round.create({
    data: {
      schemeId: scheme.id,
      name: { en: "Rush round" },
      opensAt: new Date(Date.now() - DAY),
      closesAt: new Date(Date.now() + DAY),
      budgetMinor: 2_000_000_000,
      formVersionId: version.id,
    },
  });
  const pot = await db().pot.create({
    data: {
      roundId: round.id,
      name: { en: "Pot" },
      description: { en: "" },
      amountMinor: 2_000_000_000,
      minGrantMinor: 0,
      maxGrantMinor: 1_000_000,
      eligibility: [],
    },
  });

  const applicants: Applicant[] = [];
  for (let i = 0; i < count; i++) {
    const user = await db().user.create({
      data: { email: `applicant-${i}-${tag}@example.org`, locale: "en" },
    });
    const organisation = await db().organisation.create({
      data: {
        name: `Group ${i}`,
        legalForm: "INFORMAL_GROUP",
        members: { create: { userId: user.id, role: "OWNER" } },
      },
    });
    const application = await db().application.create({
      data: {
        reference: newReference({ prefix: "RSH", year: "27", length: 8 }, randomInt),
        potId: pot.id,
        organisationId: organisation.id,
        formVersionId: version.id,
        createdById: user.id,
        // The budget section is already done; the rush is about the story section.
        answers: { "budget.0.item": "Room hire", "budget.0.amount": "500" },
        completedSections: ["budget"],
        sectionRevisions: { budget: 1 },
      },
    });
    const setCookie = await startSession(new Request("http://127.0.0.1/"), user.id);
    const cookie = setCookie.split(";")[0]!;
    applicants.push({
      applicationId: application.id,
      cookie,
      autosavePath: `/applications/${application.id}/sections/story/autosave`,
      autosaveForm: (save) => ({
        revision: String(save - 1),
        "q.story": storyText(application.id, save),
      }),
      submitPath: `/applications/${application.id}/check`,
      submitForm: {},
    });
  }
  return applicants;
}

/** A save is lost if the stored story is not the last one sent, or fewer saves were recorded. */
export async function verifyApplicants(applicants: Applicant[], saves: number) {
  const rows = await db().application.findMany({
    where: { id: { in: applicants.map((a) => a.applicationId) } },
    select: { id: true, status: true, answers: true, sectionRevisions: true },
  });
  let lostSaves = 0;
  for (const row of rows) {
    const answers = row.answers as Record<string, string>;
    const revisions = row.sectionRevisions as Record<string, number>;
    if (answers.story !== storyText(row.id, saves)) lostSaves += 1;
    lostSaves += Math.max(0, saves - (revisions.story ?? 0));
  }
  return { lostSaves, submissions: rows.filter((row) => row.status === "SUBMITTED").length };
}
