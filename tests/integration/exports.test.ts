import { beforeAll, describe, expect, it } from "vitest";
import { profileFormValues, profileOf } from "~/domain/organisations/organisation-profile";
import * as exportsPage from "~/routes/fund.$funderId.exports._index";
import { loader as checkInsCsv } from "~/routes/fund.$funderId.exports.check-ins[.]csv";
import { loader as grantsCsv } from "~/routes/fund.$funderId.exports.grants[.]csv";
import { loader as openDataFile } from "~/routes/fund.$funderId.schemes.$schemeId.360giving[.]json";
import * as openDataPage from "~/routes/fund.$funderId.schemes.$schemeId.open-data";
import * as settingsPage from "~/routes/fund.$funderId.settings";
import * as organisationEdit from "~/routes/organisations.$organisationId_.edit";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { seedDemo } from "../support/demo-world";
import { call, expectStatus, payload, signIns } from "../support/panels";
import { threeSixtyGivingErrors } from "../support/three-sixty-giving";

useTestDatabase();

const as = signIns();
let funderId = "";
let schemeId = "";
let roundId = "";
let otherFunderId = "";
let otherSchemeId = "";
let otherRoundId = "";

const csvLines = async (result: unknown) => {
  if (!(result instanceof Response)) throw new Error("expected a file");
  return (await result.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
};
const downloadGrants = async (email: string, query = "", id = funderId) =>
  call(grantsCsv, `/fund/${id}/exports/grants.csv${query}`, { funderId: id }, await as(email));
const downloadCheckIns = async (email: string, query = "", id = funderId) =>
  call(checkInsCsv, `/fund/${id}/exports/check-ins.csv${query}`, { funderId: id }, await as(email));
const openData = async (email: string, scheme = schemeId, id = funderId) =>
  call(
    openDataPage.loader,
    `/fund/${id}/schemes/${scheme}/open-data`,
    { funderId: id, schemeId: scheme },
    await as(email),
  );
const openDataJson = async (email: string, scheme = schemeId, id = funderId) =>
  call(
    openDataFile,
    `/fund/${id}/schemes/${scheme}/360giving.json`,
    { funderId: id, schemeId: scheme },
    await as(email),
  );
const saveSettings = async (fields: Record<string, string>) =>
  call(
    settingsPage.action,
    `/fund/${funderId}/settings`,
    { funderId },
    await as("grace@example.org"),
    { recordingRetentionDays: "90", ...fields },
  );

beforeAll(async () => {
  await seedDemo(db());
  // The 2026 round's grants: Amal Women's Circle's offer and the Ukrainian association's.
  const grant = await db().grant.findFirstOrThrow({
    where: { application: { organisation: { name: "Amal Women's Circle" } } },
    include: { application: { include: { pot: { include: { round: true } } } } },
  });
  funderId = grant.funderId;
  roundId = grant.application.pot.roundId;
  schemeId = grant.application.pot.round.schemeId;
  const otto = await db().user.create({
    data: { email: "otto@other.example", name: "Otto Staff", locale: "en" },
  });
  const other = await db().funder.create({
    data: {
      slug: "exports-other-council",
      name: "Other Council",
      members: { create: [{ userId: otto.id, role: "ADMIN" }] },
    },
  });
  otherFunderId = other.id;
  const otherScheme = await db().scheme.create({
    data: {
      funderId: other.id,
      slug: "other-scheme",
      title: { en: "Other scheme" },
      description: { en: "" },
      currency: "GBP",
      rounds: {
        create: {
          name: { en: "Other round" },
          opensAt: new Date("2026-01-01"),
          closesAt: new Date("2026-02-01"),
          budgetMinor: 100_000,
        },
      },
    },
    include: { rounds: true },
  });
  otherSchemeId = otherScheme.id;
  otherRoundId = otherScheme.rounds[0]!.id;
});

describe("who may download", () => {
  it("refuses another funder's staff every export of Riverside, with a 403", async () => {
    const otto = await as("otto@other.example");
    const paths = [
      [exportsPage.loader, `/fund/${funderId}/exports`, { funderId }],
      [grantsCsv, `/fund/${funderId}/exports/grants.csv`, { funderId }],
      [checkInsCsv, `/fund/${funderId}/exports/check-ins.csv`, { funderId }],
      [
        openDataPage.loader,
        `/fund/${funderId}/schemes/${schemeId}/open-data`,
        { funderId, schemeId },
      ],
      [
        openDataFile,
        `/fund/${funderId}/schemes/${schemeId}/360giving.json`,
        { funderId, schemeId },
      ],
      // Its own funder in the address, Riverside's scheme after it.
      [
        openDataFile,
        `/fund/${otherFunderId}/schemes/${schemeId}/360giving.json`,
        { funderId: otherFunderId, schemeId },
      ],
    ] as const;
    for (const [handler, path, params] of paths)
      expectStatus(await call(handler, path, { ...params }, otto), 403);
  });

  it("refuses a grantee, who is not the funder's staff", async () => {
    expectStatus(await downloadGrants("olena@example.org"), 403);
    expectStatus(await downloadCheckIns("amina@example.org"), 403);
  });

  it("lets every member of the funder's staff download, viewers too, and records who did", async () => {
    const lines = await csvLines(await downloadGrants("helen@example.org"));
    const grants = await db().grant.count({ where: { funderId } });
    expect(lines).toHaveLength(grants + 1);
    const helen = await db().user.findUniqueOrThrow({ where: { email: "helen@example.org" } });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "exports.grants-downloaded", actorId: helen.id },
    });
    expect(audit.detail).toMatchObject({ rows: grants });
  });
});

describe("the grants spreadsheet", () => {
  it("has headers in the reader's language and one row per grant", async () => {
    const [header, ...rows] = await csvLines(await downloadGrants("tomas@example.org", "?lng=uk"));
    expect(header).toContain("Номер");
    expect(header).toContain("Грантова програма");
    expect(rows.join("\n")).toContain("Amal Women's Circle");
    expect(rows.join("\n")).toContain("Ukrainian Women's Association Riverside");
  });

  it("narrows to a round, and another funder's round matches nothing", async () => {
    expect(
      await csvLines(await downloadGrants("tomas@example.org", `?round=${roundId}`)),
    ).toHaveLength(3);
    expect(
      await csvLines(await downloadGrants("tomas@example.org", `?round=${otherRoundId}`)),
    ).toHaveLength(1);
    expect(
      await csvLines(await downloadGrants("tomas@example.org", `?scheme=${otherSchemeId}`)),
    ).toHaveLength(1);
  });

  it("keeps a group name that starts like a formula as text", async () => {
    const amal = await db().organisation.findFirstOrThrow({
      where: { name: "Amal Women's Circle" },
    });
    await db().organisation.update({
      where: { id: amal.id },
      data: { name: "=cmd|' /C calc'!A0" },
    });
    try {
      const text = (await csvLines(await downloadGrants("tomas@example.org"))).join("\n");
      expect(text).toContain(`,'=cmd|' /C calc'!A0,`);
      expect(text).not.toMatch(/(^|,)=cmd/m);
    } finally {
      await db().organisation.update({ where: { id: amal.id }, data: { name: amal.name } });
    }
  });
});

describe("the check-ins spreadsheet", () => {
  it("shares the story only within the consent the group gave, at the moment of download", async () => {
    const checkIn = await db().checkIn.findFirstOrThrow({
      where: {
        grant: {
          application: { organisation: { name: "Ukrainian Women's Association Riverside" } },
        },
      },
      orderBy: { position: "asc" },
    });
    const theme = await db().theme.findFirstOrThrow({
      where: { funderId },
      orderBy: { position: "asc" },
    });
    await db().checkIn.update({
      where: { id: checkIn.id },
      data: {
        submittedAt: new Date(),
        answerLanguage: "uk",
        storyConsent: "FUNDER_ONLY",
        answers: {
          change: "Олена вперше виступила на зборах",
          quote: '=HYPERLINK("http://example.org")',
        },
        themes: { create: { themeId: theme.id } },
      },
    });
    const before = (await csvLines(await downloadCheckIns("tomas@example.org"))).join("\n");
    expect(before).not.toContain("Олена");
    expect(before).not.toContain("HYPERLINK");
    expect(before).toContain("(not shared)");
    expect(before).toContain((theme.name as Record<string, string>).en);

    await db().checkIn.update({
      where: { id: checkIn.id },
      data: { storyConsent: "FUNDER_REPORTS" },
    });
    const after = (await csvLines(await downloadCheckIns("tomas@example.org"))).join("\n");
    expect(after).toContain("Олена вперше виступила на зборах");
    expect(after).toContain(`"'=HYPERLINK(""http://example.org"")"`);

    // Withdrawn again: gone from the very next file.
    await db().checkIn.update({ where: { id: checkIn.id }, data: { storyConsent: null } });
    expect((await csvLines(await downloadCheckIns("tomas@example.org"))).join("\n")).not.toContain(
      "Олена",
    );
  });
});

describe("360Giving open data", () => {
  it("explains what is missing until the funder sets its identifiers, and makes no file", async () => {
    const page = payload<{ state: { kind: string; missing: string[] } }>(
      await openData("helen@example.org"),
    ).data;
    expect(page.state).toEqual({
      kind: "missing-identifiers",
      missing: ["orgIdentifier", "grantIdPrefix"],
    });
    const file = await openDataJson("helen@example.org");
    expectStatus(file, 303);
    expect((file as Response).headers.get("Location")).toBe(
      `/fund/${funderId}/schemes/${schemeId}/open-data`,
    );
  });

  it("refuses identifiers in the wrong form with a message by the field, keeping what was typed", async () => {
    const reply = payload<{
      errors: Record<string, { key: string }>;
      values: Record<string, string>;
    }>(await saveSettings({ orgIdentifier: "1234567", grantIdPrefix: "riverside" }));
    expect(reply.status).toBe(400);
    expect(reply.data.errors.orgIdentifier?.key).toBe("exports:identifiers.errors.orgIdentifier");
    expect(reply.data.errors.grantIdPrefix?.key).toBe("exports:identifiers.errors.grantIdPrefix");
    expect(reply.data.values.orgIdentifier).toBe("1234567");
  });

  it("publishes the demo's awards as a package that validates against the official schema", async () => {
    expectStatus(
      await saveSettings({ orgIdentifier: "GB-LAE-RIV", grantIdPrefix: "360G-riverside" }),
      302,
    );
    const response = await openDataJson("helen@example.org");
    if (!(response instanceof Response)) throw new Error("expected a file");
    expect(response.headers.get("Content-Type")).toContain("application/json");
    const data = JSON.parse(await response.text());
    expect(threeSixtyGivingErrors(data)).toEqual([]);
    expect(data.grants).toHaveLength(
      await db().grant.count({ where: { funderId, status: { not: "REVOKED" } } }),
    );
    const amal = data.grants.find((grant: { recipientOrganization: { name: string }[] }) =>
      grant.recipientOrganization[0]!.name.startsWith("Amal"),
    );
    expect(amal.recipientOrganization[0].id).toMatch(/^360G-riverside-ORG-/);
    expect(amal).not.toHaveProperty("deiDetails");
    const text = JSON.stringify(data);
    for (const personal of ["amina", "olena", "Olena", "@example.org"])
      expect(text).not.toContain(personal);
  });

  it("adds by-and-for leadership once the group ticks it on its profile", async () => {
    const association = await db().organisation.findFirstOrThrow({
      where: { name: "Ukrainian Women's Association Riverside" },
    });
    const form = { ...profileFormValues(profileOf(association)), publishLeadership: "yes" };
    expectStatus(
      await call(
        organisationEdit.action,
        `/organisations/${association.id}/edit`,
        { organisationId: association.id },
        await as("olena@example.org"),
        form,
      ),
      302,
    );
    const data = JSON.parse(await ((await openDataJson("tomas@example.org")) as Response).text());
    const published = data.grants.find(
      (grant: { recipientOrganization: { name: string }[] }) =>
        grant.recipientOrganization[0]!.name === association.name,
    );
    expect(published.deiDetails.leadership).toMatchObject({
      askedStatus: "AS200",
      replyStatus: "RS200",
    });
    expect(published.deiDetails.leadership.response.livedExperience).toContain(
      "Ukrainian women and children",
    );
    expect(threeSixtyGivingErrors(data)).toEqual([]);
  });

  it("leaves a revoked grant out, and with no awards left says so instead of making a file", async () => {
    const grants = await db().grant.findMany({
      where: { funderId },
      orderBy: { createdAt: "asc" },
    });
    const [kept, ...others] = grants.map((grant) => grant.id);
    await db().grant.updateMany({ where: { id: { in: others } }, data: { status: "REVOKED" } });
    const data = JSON.parse(await ((await openDataJson("tomas@example.org")) as Response).text());
    expect(data.grants).toHaveLength(1);

    await db().grant.update({ where: { id: kept! }, data: { status: "REVOKED" } });
    const page = payload<{ state: { kind: string } }>(await openData("tomas@example.org")).data;
    expect(page.state).toEqual({ kind: "nothing-to-publish" });
    expectStatus(await openDataJson("tomas@example.org"), 303);
    for (const grant of grants)
      await db().grant.update({ where: { id: grant.id }, data: { status: grant.status } });
  });
});
