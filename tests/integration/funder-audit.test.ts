import { beforeAll, describe, expect, it } from "vitest";
import { loader as auditPage } from "~/routes/fund.$funderId.audit";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { createOpenRound, createUser, testReference } from "../support/fixtures";
import { call } from "../support/panels";
import { signedInCookie } from "../support/requests";

useTestDatabase();

type Page = Awaited<ReturnType<typeof auditPage>>;

let setup: Awaited<ReturnType<typeof createOpenRound>>;
let other: Awaited<ReturnType<typeof createOpenRound>>;
let admin: { id: string; name: string | null; email: string };
let viewerCookie: string;
let adminCookie: string;
let officerCookie: string;
let reference: string;
let applicationId: string;

const at = (iso: string) => new Date(iso);

async function open(query = "", cookie = adminCookie) {
  const result = await call(
    auditPage,
    `/fund/${setup.funder.id}/audit${query}`,
    { funderId: setup.funder.id },
    cookie,
  );
  if (result instanceof Response) return result;
  return result as Page;
}
async function page(query = "", cookie = adminCookie) {
  const result = await open(query, cookie);
  if (result instanceof Response) throw new Error(`status ${result.status}`);
  return result;
}

beforeAll(async () => {
  setup = await createOpenRound();
  other = await createOpenRound();
  // Its clocks are five hours behind UTC in March: the evening of 1 March there is 2 March in UTC.
  await db().funder.update({
    where: { id: setup.funder.id },
    data: { timeZone: "America/New_York" },
  });
  admin = await createUser("Grace");
  const viewer = await createUser("Helen");
  await db().funderMember.createMany({
    data: [
      { funderId: setup.funder.id, userId: admin.id, role: "ADMIN" },
      { funderId: setup.funder.id, userId: viewer.id, role: "VIEWER" },
    ],
  });
  adminCookie = await signedInCookie(admin.id);
  officerCookie = await signedInCookie(setup.staff.id);
  viewerCookie = await signedInCookie(viewer.id);
  reference = testReference();
  applicationId = (
    await db().application.create({
      data: {
        potId: setup.pot.id,
        organisationId: setup.organisation.id,
        formVersionId: setup.form.id,
        reference,
        createdById: setup.owner.id,
      },
    })
  ).id;
  const funderId = setup.funder.id;
  await db().auditEvent.createMany({
    data: [
      {
        funderId,
        actorId: setup.staff.id,
        action: "schemes.scheme-updated",
        entityType: "Scheme",
        entityId: setup.scheme.id,
        createdAt: at("2027-02-27T12:00:00Z"),
        detail: { changes: { title: {} } },
      },
      {
        funderId,
        actorId: admin.id,
        action: "schemes.round-updated",
        entityType: "Round",
        entityId: setup.round.id,
        createdAt: at("2027-03-01T14:00:00Z"),
      },
      // 1 March, 11pm in New York.
      {
        funderId,
        actorId: setup.owner.id,
        action: "applications.submitted",
        entityType: "Application",
        entityId: applicationId,
        createdAt: at("2027-03-02T04:00:00Z"),
      },
      {
        funderId,
        actorId: null,
        action: "applications.recording-deleted",
        entityType: "Application",
        entityId: applicationId,
        createdAt: at("2027-03-03T09:00:00Z"),
      },
      {
        funderId,
        actorId: admin.id,
        action: "forms.working-group-revoked",
        entityType: "Scheme",
        entityId: setup.scheme.id,
        createdAt: at("2027-03-04T09:00:00Z"),
      },
      // Another funder's event, about a record of this funder's even: never shown here.
      {
        funderId: other.funder.id,
        actorId: other.staff.id,
        action: "schemes.scheme-updated",
        entityType: "Scheme",
        entityId: setup.scheme.id,
        createdAt: at("2027-03-04T10:00:00Z"),
      },
    ],
  });
});

const actions = (result: Page) => result.rows.map((row) => row.action);

describe("the funder's audit log", () => {
  it("shows every event of this funder, newest first, to its admins and officers", async () => {
    const result = await page();
    expect(actions(result)).toEqual([
      "forms.working-group-revoked",
      "applications.recording-deleted",
      "applications.submitted",
      "schemes.round-updated",
      "schemes.scheme-updated",
    ]);
    const [revoked, system, submitted, , edited] = result.rows;
    expect(revoked).toMatchObject({
      who: `Grace (${admin.email})`,
      label: "forms:auditActions.working-group-revoked",
    });
    expect(revoked!.record).toEqual({ kind: "scheme", name: { text: "Together", locale: "en" } });
    expect(system).toMatchObject({ who: null, outsider: false });
    // A group's member is named, but her address stays hers.
    expect(submitted).toMatchObject({ who: "Amina", outsider: true });
    expect(submitted!.record).toEqual({
      kind: "application",
      name: { text: reference, locale: "" },
    });
    expect(edited!.changed).toEqual(["title"]);
    expect(result.timeZone).toBe("America/New_York");
    expect(actions(await page("", officerCookie))).toHaveLength(5);
  });

  it("is refused to its viewers and to other funders' staff", async () => {
    expect(await open("", viewerCookie)).toMatchObject({ status: 403 });
    expect(await open("", await signedInCookie(other.staff.id))).toMatchObject({ status: 403 });
  });

  it("filters by who made the change, including changes nobody made by hand", async () => {
    expect(actions(await page(`?who=${admin.id}`))).toEqual([
      "forms.working-group-revoked",
      "schemes.round-updated",
    ]);
    expect(actions(await page("?who=system"))).toEqual(["applications.recording-deleted"]);
    expect((await page("?who=system")).people.map((person) => person.name).sort()).toEqual([
      "Grace",
      "Helen",
      "Officer",
    ]);
  });

  it("filters by the kind of change", async () => {
    expect(actions(await page("?action=schemes.round-updated"))).toEqual(["schemes.round-updated"]);
  });

  it("filters by record: an application's reference, as typed, or a kind and an id", async () => {
    const byReference = await page(`?record=${encodeURIComponent(` ${reference.toLowerCase()} `)}`);
    expect(actions(byReference)).toEqual([
      "applications.recording-deleted",
      "applications.submitted",
    ]);
    expect(actions(await page(`?recordType=Round&record=${setup.round.id}`))).toEqual([
      "schemes.round-updated",
    ]);
    expect(actions(await page("?recordType=Scheme"))).toEqual([
      "forms.working-group-revoked",
      "schemes.scheme-updated",
    ]);
    // Another funder's application reference finds nothing, and says nothing about it.
    const theirs = testReference();
    await db().application.create({
      data: {
        potId: other.pot.id,
        organisationId: other.organisation.id,
        formVersionId: other.form.id,
        reference: theirs,
        createdById: other.owner.id,
      },
    });
    const result = await page(`?record=${theirs}`);
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual({});
  });

  it("filters by whole days on the funder's clocks", async () => {
    // 11pm on 1 March in New York belongs to 1 March, though it was 2 March in UTC.
    expect(actions(await page("?from=2027-03-01&to=2027-03-01"))).toEqual([
      "applications.submitted",
      "schemes.round-updated",
    ]);
    expect(actions(await page("?from=2027-03-03"))).toEqual([
      "forms.working-group-revoked",
      "applications.recording-deleted",
    ]);
    expect(actions(await page("?to=2027-02-28"))).toEqual(["schemes.scheme-updated"]);
  });

  it("explains each filter it cannot read by its field, keeps what was typed, and still lists", async () => {
    const result = await page(
      `?who=${other.staff.id}&action=nope&record=abc123&from=2027-02-31&to=2027-12-31`,
    );
    expect(result.errors).toEqual({
      who: { key: "schemes:auditLog.errors.who" },
      action: { key: "schemes:auditLog.errors.action" },
      recordType: { key: "schemes:auditLog.errors.recordTypeNeeded" },
      from: { key: "schemes:auditLog.errors.date" },
    });
    expect(result.values).toMatchObject({ record: "abc123", from: "2027-02-31" });
    expect(actions(result)).toHaveLength(5);
    const backwards = await page("?from=2027-03-04&to=2027-03-01");
    expect(backwards.errors.to?.key).toBe("schemes:auditLog.errors.toBeforeFrom");
  });
});

describe("paging through a long audit log", () => {
  it("shows fifty at a time, each event once, keeping the filters", async () => {
    const start = Date.parse("2027-04-01T00:00:00Z");
    // Pairs written in the same millisecond: paging by time alone would lose or repeat one.
    await db().auditEvent.createMany({
      data: Array.from({ length: 120 }, (_, index) => ({
        funderId: setup.funder.id,
        actorId: setup.staff.id,
        action: "panels.comment-added",
        entityType: "Panel",
        entityId: `panel-${index}`,
        createdAt: new Date(start + Math.floor(index / 2) * 1000),
      })),
    });
    const seen: string[] = [];
    let query: string | null = "?action=panels.comment-added";
    const sizes: number[] = [];
    while (query) {
      const result = await page(query);
      sizes.push(result.rows.length);
      seen.push(...result.rows.map((row) => row.id));
      expect(result.rows.every((row) => row.action === "panels.comment-added")).toBe(true);
      if (result.older) expect(result.older).toContain("action=panels.comment-added");
      query = result.older;
    }
    expect(sizes).toEqual([50, 50, 20]);
    expect(new Set(seen).size).toBe(120);
  });

  it("pages nothing from another funder's event id", async () => {
    const theirs = await db().auditEvent.findFirstOrThrow({ where: { funderId: other.funder.id } });
    const result = await page(`?before=${theirs.id}`);
    // An unknown cursor is the first page, never a view into the other funder's log.
    expect(result.rows[0]!.action).toBe("panels.comment-added");
    expect(result.rows.some((row) => row.id === theirs.id)).toBe(false);
  });
});

describe("the audit log's queries", () => {
  // The shapes funderAuditLog asks for, as SQL: each filter must be answered from an index,
  // so a funder with years of history still gets a page at once. SQLite shows its plan.
  const sqlite = !process.env.DATABASE_URL!.startsWith("postgres");
  const page = `ORDER BY "createdAt" DESC, "id" DESC LIMIT 51`;
  const older = `AND "createdAt" <= ? AND ("createdAt" < ? OR ("createdAt" = ? AND "id" < ?))`;
  const shapes: [string, string, RegExp][] = [
    ["every event", `"funderId" = ? ${older}`, /AuditEvent_funderId_createdAt_idx/],
    [
      "by who",
      `"funderId" = ? AND "actorId" = ? ${older}`,
      /AuditEvent_funderId_actorId_createdAt_idx/,
    ],
    [
      "by what",
      `"funderId" = ? AND "action" = ? ${older}`,
      /AuditEvent_funderId_action_createdAt_idx/,
    ],
    // Either index narrows it to the funder or the record; the database picks the narrower.
    [
      "by record",
      `"funderId" = ? AND "entityType" = ? AND "entityId" = ? ${older}`,
      /AuditEvent_(funderId_createdAt|entityType_entityId)_idx/,
    ],
    [
      "by days",
      `"funderId" = ? AND "createdAt" >= ? AND "createdAt" < ? ${older}`,
      /AuditEvent_funderId_createdAt_idx/,
    ],
  ];

  it.skipIf(!sqlite).each(shapes)("reads %s from its index", async (_name, where, index) => {
    const { default: Database } = await import("better-sqlite3");
    const { sqlitePath } = await import("~/services/platform/migrations.server");
    const connection = new Database(sqlitePath(process.env.DATABASE_URL!), { readonly: true });
    try {
      const plan = connection
        .prepare(`EXPLAIN QUERY PLAN SELECT * FROM "AuditEvent" WHERE ${where} ${page}`)
        .all(...Array.from({ length: (where.match(/\?/g) ?? []).length }, () => "x"))
        .map((row) => (row as { detail: string }).detail)
        .join("\n");
      expect(plan).toMatch(index);
      expect(plan).not.toMatch(/SCAN AuditEvent(?! USING)/);
    } finally {
      connection.close();
    }
  });
});
