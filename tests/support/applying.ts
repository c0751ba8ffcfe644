import { action as sectionAction } from "~/routes/applications.$applicationId.sections.$sectionId";
import { startApplication } from "~/services/applications/applications.server";
import { db } from "~/services/platform/db.server";
import { getUser } from "~/services/access/permissions.server";
import { createOpenRound, createUser } from "./fixtures";
import { BASE_URL, makeRequest, run, signedInCookie } from "./requests";

/** Applying, as the integration tests of its pages need it: a started application and its forms. */

/** A form the way a browser sends the section page: multipart, optionally with a file. */
export function multipart(
  path: string,
  cookie: string,
  fields: Record<string, string>,
  file?: { name: string; filename: string; bytes: Uint8Array; type: string },
) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  if (file)
    body.append(
      file.name,
      new File([new Uint8Array(file.bytes)], file.filename, { type: file.type }),
    );
  return new Request(new URL(path, BASE_URL), {
    method: "POST",
    body,
    headers: { Cookie: cookie },
  });
}

export const pdf = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

export const groupFields = {
  "q.about": "We meet every week to practise English and share meals.",
  "q.registered": "no",
};
export const budgetFields = {
  "q.budget.0.item": "Room hire",
  "q.budget.0.amount": "1200",
  "q.budget.1.item": "Childcare",
  "q.budget.1.amount": "800",
};

/** A group with an open round, a started application, and everyone's cookies. */
export async function started(options: Parameters<typeof createOpenRound>[0] = {}) {
  const setup = await createOpenRound(options);
  const [amina, olena, officer, stranger] = await Promise.all([
    signedInCookie(setup.owner.id),
    signedInCookie(setup.colleague.id),
    signedInCookie(setup.staff.id),
    createUser("Stranger").then((user) => signedInCookie(user.id)),
  ]);
  const actor = (await getUser(makeRequest("/", { cookie: amina })))!;
  const start = await startApplication(actor, {
    organisationId: setup.organisation.id,
    potId: setup.pot.id,
  });
  if (!start.ok) throw new Error(`could not start: ${start.reason}`);
  const id = start.applicationId;
  return { ...setup, id, cookies: { amina, olena, officer, stranger }, actor };
}

export async function postSection(
  id: string,
  sectionId: string,
  cookie: string,
  fields: Record<string, string>,
  file?: Parameters<typeof multipart>[3],
) {
  return run(
    sectionAction,
    multipart(`/applications/${id}/sections/${sectionId}`, cookie, fields, file),
    { applicationId: id, sectionId },
  );
}

export const location = (response: unknown) => (response as Response).headers.get("Location");

/** Turns the round's form into one part asking for a letter of support. */
export async function askForALetter(formId: string) {
  await db().formVersion.update({
    where: { id: formId },
    data: {
      definition: {
        sourceLocale: "en",
        sections: [
          {
            id: "papers",
            title: { en: "Papers" },
            questions: [
              { id: "letter", type: "file", label: { en: "Letter of support" }, required: true },
            ],
          },
        ],
      },
    },
  });
}
