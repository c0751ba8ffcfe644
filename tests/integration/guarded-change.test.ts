import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db, type Tx } from "~/services/platform/db.server";
import {
  guardedChange,
  guardedChangeWithin,
  refuse,
  RefusedAfterWrite,
  type GuardedChange,
} from "~/services/platform/guarded-change.server";
import { smallForm } from "../support/fixtures";
import { useTestDatabase } from "../support/database";

useTestDatabase();

/** A status change of a form version, as the forms, panel and grant code write theirs. */
let versionId = "";
let actorId = "";
let funderId = "";

beforeEach(async () => {
  const unique = randomBytes(4).toString("hex");
  const actor = await db().user.create({ data: { email: `ada-${unique}@example.org` } });
  const funder = await db().funder.create({ data: { slug: `f-${unique}`, name: "Fund" } });
  const scheme = await db().scheme.create({
    data: {
      funderId: funder.id,
      slug: `s-${unique}`,
      title: { en: "Scheme" },
      description: { en: "About" },
      currency: "GBP",
    },
  });
  const version = await db().formVersion.create({
    data: { schemeId: scheme.id, version: 1, definition: smallForm as object },
  });
  versionId = version.id;
  actorId = actor.id;
  funderId = funder.id;
});

const load = (tx: Tx) => tx.formVersion.findUnique({ where: { id: versionId } });
type Version = NonNullable<Awaited<ReturnType<typeof load>>>;

function openConsultation(
  overrides: Partial<GuardedChange<Version, undefined, undefined, string>> = {},
): GuardedChange<Version, undefined, undefined, string> {
  return {
    actorId,
    load,
    allowed: () => true,
    from: ["DRAFT"],
    update: (tx, version) =>
      tx.formVersion.updateMany({
        where: { id: version.id, status: "DRAFT" },
        data: { status: "CONSULTATION" },
      }),
    audit: (version) => ({
      action: "forms.consultation-opened",
      entity: { type: "FormVersion", id: version.id },
      funderId,
    }),
    ...overrides,
  };
}

const statusNow = async () =>
  (await db().formVersion.findUniqueOrThrow({ where: { id: versionId } })).status;
const auditRows = () => db().auditEvent.count({ where: { entityId: versionId } });

describe("a guarded status change", () => {
  it("changes the status and records who did it, in one go", async () => {
    const result = await guardedChange(db(), openConsultation());
    expect(result).toMatchObject({ ok: true, record: { id: versionId, status: "DRAFT" } });
    expect(await statusNow()).toBe("CONSULTATION");
    const row = await db().auditEvent.findFirstOrThrow({ where: { entityId: versionId } });
    expect(row).toMatchObject({ actorId, action: "forms.consultation-opened", funderId });
  });

  it("refuses someone the policy refuses, and a record that is not there, alike", async () => {
    expect(await guardedChange(db(), openConsultation({ allowed: () => false }))).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await guardedChange(db(), openConsultation({ load: async () => null }))).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await statusNow()).toBe("DRAFT");
    expect(await auditRows()).toBe(0);
  });

  it("refuses a record that is not in a status the change starts from", async () => {
    await guardedChange(db(), openConsultation());
    expect(await guardedChange(db(), openConsultation())).toEqual({
      ok: false,
      reason: "wrong-status",
    });
    expect(await auditRows()).toBe(1);
  });

  it("refuses, and does not overwrite, when the status changed after it was read", async () => {
    const readBefore = await load(db() as unknown as Tx);
    // Somebody else publishes it in the meantime.
    await db().formVersion.update({ where: { id: versionId }, data: { status: "PUBLISHED" } });
    const result = await guardedChange(db(), openConsultation({ load: async () => readBefore }));
    expect(result).toEqual({ ok: false, reason: "conflict" });
    expect(await statusNow()).toBe("PUBLISHED");
    expect(await auditRows()).toBe(0);
  });

  it("stops before writing when a check of its own refuses", async () => {
    const result = await guardedChange(
      db(),
      openConsultation({ prepare: () => refuse("not ready") }),
    );
    expect(result).toEqual({ ok: false, reason: "refused", detail: "not ready" });
    expect(await statusNow()).toBe("DRAFT");
  });

  it("undoes the write when a check after it refuses", async () => {
    const result = await guardedChange(
      db(),
      openConsultation({ then: async () => refuse("still in use") }),
    );
    expect(result).toEqual({ ok: false, reason: "refused", detail: "still in use" });
    expect(await statusNow()).toBe("DRAFT");
    expect(await auditRows()).toBe(0);
  });

  it("runs inside the caller's transaction, and a late refusal undoes all of it", async () => {
    const inside = await db().$transaction((tx) => guardedChangeWithin(tx, openConsultation()));
    expect(inside.ok).toBe(true);
    expect(await statusNow()).toBe("CONSULTATION");

    await db().formVersion.update({ where: { id: versionId }, data: { status: "DRAFT" } });
    const undone = db().$transaction(async (tx) => {
      await tx.formVersion.update({ where: { id: versionId }, data: { basedOnId: "marker" } });
      return guardedChangeWithin(tx, openConsultation({ then: async () => refuse("no") }));
    });
    await expect(undone).rejects.toBeInstanceOf(RefusedAfterWrite);
    const after = await db().formVersion.findUniqueOrThrow({ where: { id: versionId } });
    expect(after).toMatchObject({ status: "DRAFT", basedOnId: null });
  });
});
