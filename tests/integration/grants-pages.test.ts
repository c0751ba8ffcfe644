import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../support/demo-world";
import { useTestDatabase } from "../support/database";
import { signIns } from "../support/panels";
import { makeRequest, run, unwrap } from "../support/requests";
import * as groupList from "~/routes/grants._index";
import * as groupGrant from "~/routes/grants.$grantId._index";
import * as acceptPage from "~/routes/grants.$grantId.accept";
import * as staffList from "~/routes/fund.$funderId.grants._index";
import * as staffGrant from "~/routes/fund.$funderId.grants.$grantId";
import * as conditionsPage from "~/routes/fund.$funderId.schemes.$schemeId.conditions";
import * as myWork from "~/routes/my";
import { db } from "~/services/platform/db.server";
import { loadRoundLedger } from "~/services/schemes/ledger.server";

useTestDatabase();

const as = signIns();
type Handler = Parameters<typeof run>[0];
async function open(
  handler: Handler,
  path: string,
  params: Record<string, string>,
  email: string,
  options: { form?: Record<string, string>; language?: string } = {},
) {
  const request = makeRequest(path, {
    cookie: await as(email),
    form: options.form,
    headers: options.language ? { "Accept-Language": options.language } : undefined,
  });
  return run(handler, request, params);
}
const statusOf = (result: unknown) =>
  result instanceof Response ? result.status : unwrap(result).status;

let funderId = "";
let schemeId = "";
let amal = { id: "", conditionsId: null as string | null };
let ukrainian = { id: "", applicationId: "" };

beforeAll(async () => {
  await seedDemo(db());
  const grants = await db().grant.findMany({
    include: {
      application: { include: { organisation: true, pot: { include: { round: true } } } },
    },
  });
  const amalGrant = grants.find((g) => g.application.organisation.name === "Amal Women's Circle")!;
  const ukrainianGrant = grants.find((g) => g.acceptedLocale === "uk")!;
  funderId = amalGrant.funderId;
  schemeId = amalGrant.application.pot.round.schemeId;
  amal = { id: amalGrant.id, conditionsId: amalGrant.conditionsId };
  ukrainian = { id: ukrainianGrant.id, applicationId: ukrainianGrant.applicationId };
});

describe("the group's grant pages", () => {
  it("list only her own groups' grants, and My work links to them", async () => {
    const list = unwrap<Awaited<ReturnType<typeof groupList.loader>>>(
      await open(groupList.loader, "/grants", {}, "amina@example.org"),
    ).data;
    expect(list.grants.map((grant) => grant.id)).toEqual([amal.id]);
    const work = unwrap<Awaited<ReturnType<typeof myWork.loader>>>(
      await open(myWork.loader, "/my", {}, "amina@example.org"),
    ).data;
    expect(work.grants).toEqual({ count: 1, offered: 1 });
  });

  it("show the conditions in her language, or the source text marked with its own", async () => {
    const path = `/grants/${amal.id}`;
    const arabic = unwrap<Awaited<ReturnType<typeof groupGrant.loader>>>(
      await open(groupGrant.loader, path, { grantId: amal.id }, "amina@example.org", {
        language: "ar",
      }),
    ).data;
    expect(arabic.conditions?.text.locale).toBe("ar");
    expect(arabic.tranches.map((t) => t.paidAt)).toEqual([null, null]);
    expect(arabic.checkIns.every((c) => c.state === "due" || c.state === "late")).toBe(true);
    const spanish = unwrap<Awaited<ReturnType<typeof groupGrant.loader>>>(
      await open(groupGrant.loader, path, { grantId: amal.id }, "amina@example.org", {
        language: "es",
      }),
    ).data;
    expect(spanish.conditions?.text.locale).toBe("en");
  });

  it("accepts only with the box ticked, then says a second acceptance changed nothing", async () => {
    const path = `/grants/${amal.id}/accept`;
    const params = { grantId: amal.id };
    const unticked = await open(acceptPage.action, path, params, "amina@example.org", {
      form: { conditionsId: amal.conditionsId ?? "" },
    });
    expect(unwrap<{ errors: Record<string, { key: string }> }>(unticked)).toMatchObject({
      status: 400,
      data: { errors: { agree: { key: "grants:errors.agreeRequired" } } },
    });
    const form = { conditionsId: amal.conditionsId ?? "", agree: "yes" };
    const first = await open(acceptPage.action, path, params, "amina@example.org", {
      form,
      language: "ar",
    });
    expect((first as Response).headers.get("Location")).toBe(`/grants/${amal.id}?accepted=yes`);
    const grant = await db().grant.findUniqueOrThrow({ where: { id: amal.id } });
    expect(grant).toMatchObject({
      status: "ACTIVE",
      acceptedLocale: "ar",
      conditionsId: amal.conditionsId,
    });
    const again = await open(acceptPage.action, path, params, "amina@example.org", { form });
    expect((again as Response).headers.get("Location")).toBe(`/grants/${amal.id}?accepted=again`);
  });
});

describe("the staff's grant pages", () => {
  const path = () => `/fund/${funderId}/grants/${ukrainian.id}`;
  const params = () => ({ funderId, grantId: ukrainian.id });

  it("list the funder's grants filtered by status, with totals from the ledger", async () => {
    const list = unwrap<Awaited<ReturnType<typeof staffList.loader>>>(
      await open(
        staffList.loader,
        `/fund/${funderId}/grants?status=OFFERED`,
        { funderId },
        "helen@example.org",
      ),
    ).data;
    expect(list.rows).toHaveLength(0);
    const all = unwrap<Awaited<ReturnType<typeof staffList.loader>>>(
      await open(staffList.loader, `/fund/${funderId}/grants`, { funderId }, "helen@example.org"),
    ).data;
    expect(all.count).toBe(await db().grant.count({ where: { funderId } }));
    const paid = await db().payment.aggregate({ _sum: { amountMinor: true } });
    expect(all.totals[0]!.paidMinor).toBe(paid._sum.amountMinor);
  });

  it("shows what a payment will do before recording it, then records it once", async () => {
    const page = unwrap<Awaited<ReturnType<typeof staffGrant.loader>>>(
      await open(staffGrant.loader, path(), params(), "tomas@example.org"),
    ).data;
    expect(page.canEdit).toBe(true);
    const unpaid = page.tranches.find((t) => !t.paidAt)!;
    const form = {
      intent: "pay",
      revision: String(page.grant.revision),
      trancheId: unpaid.id,
      paidOn: new Date().toISOString().slice(0, 10),
    };
    const check = unwrap<{ check: { key: string }[] }>(
      await open(staffGrant.action, path(), params(), "tomas@example.org", { form }),
    );
    expect(check.data.check.map((m) => m.key)).toEqual([
      "grants:check.pay",
      "grants:check.paidAfter",
    ]);
    expect(await db().payment.count({ where: { applicationId: ukrainian.applicationId } })).toBe(1);
    const done = await open(staffGrant.action, path(), params(), "tomas@example.org", {
      form: { ...form, confirm: "yes" },
    });
    expect((done as Response).headers.get("Location")).toBe(`${path()}?saved=pay`);
    const ledger = await loadRoundLedger(page.round.id);
    const application = await db().application.findUniqueOrThrow({
      where: { id: ukrainian.applicationId },
      include: { payments: true },
    });
    expect(application.payments.reduce((s, p) => s + p.amountMinor, 0)).toBe(
      application.awardedMinor,
    );
    expect(ledger!.ledger.pots.some((pot) => pot.paidMinor >= application.awardedMinor!)).toBe(
      true,
    );
    const twice = unwrap<{ errors: Record<string, { key: string }> }>(
      await open(staffGrant.action, path(), params(), "tomas@example.org", {
        form: { ...form, revision: String(page.grant.revision + 1), confirm: "yes" },
      }),
    );
    expect(twice).toMatchObject({
      status: 409,
      data: { errors: { paidOn: { key: "grants:refusals.tranche-paid" } } },
    });
  });

  it("asks for a reason by the field, keeping what was typed", async () => {
    const grant = await db().grant.findUniqueOrThrow({ where: { id: ukrainian.id } });
    const answer = unwrap<{
      errors: Record<string, { key: string }>;
      values: Record<string, string>;
    }>(
      await open(staffGrant.action, path(), params(), "grace@example.org", {
        form: {
          intent: "vary",
          revision: String(grant.revision),
          startsOn: "2026-01-01",
          endsOn: "2027-06-30",
          reason: " ",
        },
      }),
    );
    expect(answer).toMatchObject({
      status: 400,
      data: {
        errors: { reason: { key: "grants:errors.reasonRequired" } },
        values: { endsOn: "2027-06-30" },
      },
    });
  });

  it("lets viewers read but not change", async () => {
    expect(statusOf(await open(staffGrant.loader, path(), params(), "helen@example.org"))).toBe(
      200,
    );
    expect(
      statusOf(
        await open(staffGrant.action, path(), params(), "helen@example.org", {
          form: { intent: "end", reason: "x" },
        }),
      ),
    ).toBe(403);
  });
});

describe("a scheme's conditions", () => {
  it("saves each change as a new version and counts who accepted which", async () => {
    const path = `/fund/${funderId}/schemes/${schemeId}/conditions`;
    const params = { funderId, schemeId };
    const before = unwrap<Awaited<ReturnType<typeof conditionsPage.loader>>>(
      await open(conditionsPage.loader, path, params, "tomas@example.org"),
    ).data;
    const accepted = await db().grant.count({
      where: { conditions: { schemeId }, acceptedAt: { not: null } },
    });
    expect(accepted).toBeGreaterThan(1);
    expect(before.versions[0]).toMatchObject({ version: 1, accepted });
    const missing = unwrap<{ errors: Record<string, { key: string }> }>(
      await open(conditionsPage.action, path, params, "tomas@example.org", {
        form: { latestSeen: "1", "text-ar": "شروط" },
      }),
    );
    expect(missing.data.errors["text-en"]!.key).toBe("grants:errors.conditionsRequired");
    const saved = await open(conditionsPage.action, path, params, "tomas@example.org", {
      form: {
        latestSeen: "1",
        "text-en": "Spend the grant on what you described.",
        "text-uk": "Витрачайте грант на описане.",
      },
    });
    expect((saved as Response).headers.get("Location")).toBe(`${path}?saved=2`);
    const stale = unwrap<{ errors: Record<string, { key: string }> }>(
      await open(conditionsPage.action, path, params, "grace@example.org", {
        form: { latestSeen: "1", "text-en": "Something else" },
      }),
    );
    expect(stale.data.errors["text-en"]!.key).toBe("grants:errors.conditionsConflict");
    const after = unwrap<Awaited<ReturnType<typeof conditionsPage.loader>>>(
      await open(conditionsPage.loader, path, params, "helen@example.org"),
    ).data;
    expect(after.versions.map((v) => [v.version, v.accepted])).toEqual([
      [2, 0],
      [1, accepted],
    ]);
  });
});
