import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../support/demo-world";
import * as settingsPage from "~/routes/fund.$funderId.settings";
import * as applyingSection from "~/routes/applications.$applicationId.sections.$sectionId";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { call, expectStatus, payload, signIns } from "../support/panels";

useTestDatabase();

const as = signIns();
let funderId = "";
let otherFunderId = "";
const path = (id = funderId) => `/fund/${id}/settings`;
const open = async (email: string | null, id = funderId) =>
  call(settingsPage.loader, path(id), { funderId: id }, await as(email));
const save = async (email: string | null, days: string, id = funderId) =>
  call(settingsPage.action, path(id), { funderId: id }, await as(email), {
    recordingRetentionDays: days,
  });

beforeAll(async () => {
  await seedDemo(db());
  funderId = (await db().funder.findFirstOrThrow({ where: { name: "Riverside City Council" } })).id;
  const otto = await db().user.create({
    data: { email: "otto@other.example", name: "Otto Admin", locale: "en" },
  });
  otherFunderId = (
    await db().funder.create({
      data: {
        slug: "settings-other-council",
        name: "Other Council",
        members: { create: [{ userId: otto.id, role: "ADMIN" }] },
      },
    })
  ).id;
});

describe("the funder's settings", () => {
  it("shows an admin how long recordings are kept", async () => {
    const page = (await open("grace@example.org")) as Awaited<
      ReturnType<typeof settingsPage.loader>
    >;
    expect(page.recordingRetentionDays).toBe(90);
  });

  it.each(["0", "3651", "twelve", "1.5"])("refuses %s days with a message", async (days) => {
    const reply = payload<{
      errors: Record<string, { key: string }>;
      values: Record<string, string>;
    }>(await save("grace@example.org", days));
    expect(reply.status).toBe(400);
    expect(reply.data.errors.recordingRetentionDays?.key).toBe(
      "schemes:funderSettings.errors.retention",
    );
    expect(reply.data.values.recordingRetentionDays).toBe(days);
  });

  it("saves the days, audited, and tells applicants as they record", async () => {
    expectStatus(await save("grace@example.org", "30"), 302);
    expect(
      (await db().funder.findUniqueOrThrow({ where: { id: funderId } })).recordingRetentionDays,
    ).toBe(30);
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "schemes.funder-settings-changed", entityId: funderId },
    });
    expect(audit.detail).toEqual({ recordingRetentionDays: { from: 90, to: 30 } });

    const amal = await db().application.findFirstOrThrow({
      where: { organisation: { name: "Amal Women's Circle" } },
    });
    const definition = await db().formVersion.findUniqueOrThrow({
      where: { id: amal.formVersionId! },
    });
    const sectionId = (definition.definition as { sections: { id: string }[] }).sections[0]!.id;
    const section = (await call(
      applyingSection.loader,
      `/applications/${amal.id}/sections/${sectionId}`,
      { applicationId: amal.id, sectionId },
      await as("amina@example.org"),
    )) as Awaited<ReturnType<typeof applyingSection.loader>>;
    expect(section.recordingRetentionDays).toBe(30);
  });

  it.each([
    ["a programme officer", "tomas@example.org"],
    ["a viewer", "helen@example.org"],
    ["a panel chair", "nadia@example.org"],
    ["an applicant", "amina@example.org"],
  ])("refuses %s", async (_, email) => {
    expectStatus(await open(email), 403);
    expectStatus(await save(email, "10"), 403);
  });

  it("refuses another funder's admin, with the funder ids swapped", async () => {
    expectStatus(await open("otto@other.example"), 403);
    expectStatus(await save("otto@other.example", "10"), 403);
    expectStatus(await open("grace@example.org", otherFunderId), 403);
  });

  it("sends a signed-out visitor to sign in", async () => {
    expectStatus(await open(null), 302);
  });
});
