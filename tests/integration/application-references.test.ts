import { describe, expect, it } from "vitest";
import { REFERENCE_ALPHABET } from "~/domain/applications/reference";
import { loader as listLoader } from "~/routes/applications._index";
import { loader as tasksLoader } from "~/routes/applications.$applicationId._index";
import { action as checkAction } from "~/routes/applications.$applicationId.check";
import { loader as sentLoader } from "~/routes/applications.$applicationId.sent";
import { loader as ledgerLoader } from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.ledger";
import { withNewReference } from "~/services/applications/application-reference.server";
import { startApplication } from "~/services/applications/applications.server";
import { db } from "~/services/platform/db.server";
import { getUser } from "~/services/access/permissions.server";
import { useTestDatabase } from "../support/database";
import { createOpenRound } from "../support/fixtures";
import { makeRequest, run, signedInCookie, unwrap } from "../support/requests";

useTestDatabase();

const shape = new RegExp(`^SCH-\\d{2}-[${REFERENCE_ALPHABET}]{4,5}$`);

/** An application sent by Amina, her cookie, and the funder's staff cookie. */
async function sentApplication() {
  const setup = await createOpenRound();
  const [amina, officer] = await Promise.all([
    signedInCookie(setup.owner.id),
    signedInCookie(setup.staff.id),
  ]);
  const actor = (await getUser(makeRequest("/", { cookie: amina })))!;
  const start = await startApplication(actor, {
    organisationId: setup.organisation.id,
    potId: setup.pot.id,
  });
  if (!start.ok) throw new Error(start.reason);
  const id = start.applicationId;
  await db().application.update({
    where: { id },
    data: {
      answers: {
        about: "We cook together every week.",
        registered: "no",
        "budget.0.item": "Room hire",
        "budget.0.amount": "1200",
      },
      completedSections: ["group", "money"],
    },
  });
  const sent = (await run(
    checkAction,
    makeRequest(`/applications/${id}/check`, { cookie: amina, form: {} }),
    { applicationId: id },
  )) as Response;
  expect(sent.headers.get("Location")).toBe(`/applications/${id}/sent`);
  const { reference } = await db().application.findUniqueOrThrow({ where: { id } });
  return { ...setup, id, reference, cookies: { amina, officer } };
}

function ledger(
  setup: { funder: { id: string }; scheme: { id: string }; round: { id: string } },
  cookie: string,
  query = "",
) {
  const params = { funderId: setup.funder.id, schemeId: setup.scheme.id, roundId: setup.round.id };
  const path = `/fund/${params.funderId}/schemes/${params.schemeId}/rounds/${params.roundId}/ledger${query}`;
  return run(ledgerLoader, makeRequest(path, { cookie }), params);
}

type Search = {
  typed: string;
  errors?: Record<string, { key: string }>;
  found: { id: string; reference: string; ledgerLink: string | null } | null;
} | null;

describe("application references", () => {
  it("are short and readable, and the receipt page, the receipt email, her list and the task list show them", async () => {
    const { id, reference, cookies } = await sentApplication();
    expect(reference).toMatch(shape);

    const receipt = unwrap<{ reference: string }>(
      await run(sentLoader, makeRequest(`/applications/${id}/sent`, { cookie: cookies.amina }), {
        applicationId: id,
      }),
    );
    expect(receipt.data.reference).toBe(reference);

    const email = await db().outboundEmail.findFirstOrThrow({
      where: { dedupeKey: `application-receipt:${id}` },
    });
    expect(email.textBody).toContain(reference);
    // The id is only in the link back, never shown as the reference.
    expect((email.textBody ?? "").replaceAll(`/applications/${id}`, "")).not.toContain(id);
    expect(email.htmlBody).toContain(`<bdi dir="ltr"`);
    expect(email.htmlBody).toContain(`>${reference}</bdi>`);

    const list = unwrap<{ applications: { id: string; reference: string }[] }>(
      await run(listLoader, makeRequest("/applications", { cookie: cookies.amina })),
    );
    expect(list.data.applications.find((a) => a.id === id)?.reference).toBe(reference);
    const tasks = unwrap<{ heading: { reference: string } }>(
      await run(tasksLoader, makeRequest(`/applications/${id}`, { cookie: cookies.amina }), {
        applicationId: id,
      }),
    );
    expect(tasks.data.heading.reference).toBe(reference);
  });

  it("let funder staff find an application by reference, typed in any case, with spaces or without dashes", async () => {
    const setup = await sentApplication();
    const typed = ` ${setup.reference.toLowerCase().replace(/-/g, " ")} `;
    const page = unwrap<{ search: Search; applications: { reference: string }[] }>(
      await ledger(setup, setup.cookies.officer, `?reference=${encodeURIComponent(typed)}`),
    );
    expect(page.data.search?.found).toMatchObject({
      id: setup.id,
      reference: setup.reference,
      ledgerLink: `#application-${setup.id}`,
    });
    expect(page.data.applications.map((a) => a.reference)).toContain(setup.reference);

    const undashed = unwrap<{ search: Search }>(
      await ledger(setup, setup.cookies.officer, `?reference=${setup.reference.replace(/-/g, "")}`),
    );
    expect(undashed.data.search?.found?.id).toBe(setup.id);
  });

  it("say next to the box when what was typed cannot be a reference", async () => {
    const setup = await sentApplication();
    const page = unwrap<{ search: Search }>(
      await ledger(setup, setup.cookies.officer, "?reference=Amal%20Women"),
    );
    expect(page.data.search?.errors?.reference?.key).toBe("schemes:ledger.find.invalid");
    expect(page.data.search?.found).toBeNull();
  });

  it("are not found by another funder's staff", async () => {
    const ours = await sentApplication();
    const theirs = await createOpenRound();
    const theirCookie = await signedInCookie(theirs.staff.id);
    const page = unwrap<{ search: Search }>(
      await ledger(theirs, theirCookie, `?reference=${ours.reference}`),
    );
    expect(page.data.search).toMatchObject({ typed: ours.reference, found: null });
    // Nor can they open our ledger to search there.
    expect(
      ((await ledger(ours, theirCookie, `?reference=${ours.reference}`)) as Response).status,
    ).toBe(403);
  });

  it("do not reveal a group's unsent draft to the funder's staff", async () => {
    const setup = await createOpenRound();
    const actor = (await getUser(
      makeRequest("/", { cookie: await signedInCookie(setup.owner.id) }),
    ))!;
    const start = await startApplication(actor, {
      organisationId: setup.organisation.id,
      potId: setup.pot.id,
    });
    if (!start.ok) throw new Error(start.reason);
    const { reference } = await db().application.findUniqueOrThrow({
      where: { id: start.applicationId },
    });
    const page = unwrap<{ search: Search }>(
      await ledger(setup, await signedInCookie(setup.staff.id), `?reference=${reference}`),
    );
    expect(page.data.search).toMatchObject({ typed: reference, found: null });
  });

  it("stay unique when many groups start at once, and a taken reference is retried", async () => {
    const setup = await createOpenRound();
    const organisations = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        db().organisation.create({
          data: {
            name: `Group ${i}`,
            legalForm: "INFORMAL_GROUP",
            members: { create: { userId: setup.owner.id, role: "OWNER" } },
          },
        }),
      ),
    );
    const actor = (await getUser(
      makeRequest("/", { cookie: await signedInCookie(setup.owner.id) }),
    ))!;
    const results = await Promise.all(
      organisations.map((o) =>
        startApplication(actor, { organisationId: o.id, potId: setup.pot.id }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const references = (
      await db().application.findMany({
        where: { potId: setup.pot.id },
        select: { reference: true },
      })
    ).map((a) => a.reference);
    expect(new Set(references).size).toBe(12);

    // The first try lands on a reference already taken; the database refuses it and a new one is drawn.
    const tried: string[] = [];
    const place = {
      schemeSlug: setup.scheme.slug,
      closesAt: setup.round.closesAt,
      timeZone: "UTC",
    };
    const created = await withNewReference(place, (reference) => {
      tried.push(reference);
      return db().application.create({
        data: {
          reference: tried.length === 1 ? references[0]! : reference,
          potId: setup.pot.id,
          organisationId: setup.organisation.id,
        },
      });
    });
    expect(tried).toHaveLength(2);
    expect(created.reference).toBe(tried[1]);
  });
});
