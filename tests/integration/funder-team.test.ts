import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../support/demo-world";
import { deliveredText } from "../support/sealed-email";
import { FUNDER_DEACTIVATED } from "~/domain/access/permissions";
import { action as funderAdmin, loader as funderAdminPage } from "~/routes/admin.funders.$funderId";
import { action as newFunder } from "~/routes/admin.funders.new";
import { loader as dashboard } from "~/routes/fund.$funderId";
import { action as teamAction, loader as teamPage } from "~/routes/fund.$funderId.team";
import { loader as myWorkPage } from "~/routes/my";
import { loader as panelPage } from "~/routes/panels.$panelId";
import { loader as publicSchemes } from "~/routes/schemes._index";
import {
  action as acceptInvitation,
  loader as invitationPage,
} from "~/routes/team-invitations.$token";
import { createPlatformAdmin, describeCreatedAdmin } from "~/services/admin/platform-admins.server";
import { db } from "~/services/platform/db.server";
import { config } from "~/services/platform/env.server";
import { changeTeamRole } from "~/services/teams/team-members.server";
import { useTestDatabase } from "../support/database";
import { makeRequest, run, signedInCookie, unwrap } from "../support/requests";

useTestDatabase();

type Fn = (args: never) => Promise<unknown>;
type Reply = {
  errors?: Record<string, { key: string; values?: Record<string, unknown> }>;
  values?: Record<string, string>;
  done?: { key: string };
};

const cookies = new Map<string, string>();

/** Signs in as this address, creating the account on first use, as the first code would. */
async function as(email: string) {
  if (!cookies.has(email)) {
    const user = await db().user.upsert({
      where: { email },
      update: {},
      create: { email, name: email.split("@")[0], locale: "en" },
    });
    cookies.set(email, await signedInCookie(user.id));
  }
  return cookies.get(email)!;
}

async function call(
  fn: Fn,
  path: string,
  params: Record<string, string>,
  email: string | null,
  form?: Record<string, string>,
) {
  const cookie = email ? await as(email) : null;
  return run(fn as never, makeRequest(path, { cookie, form }), params);
}

const status = (result: unknown) =>
  result instanceof Response ? result.status : unwrap(result).status;

const team = (funderId: string, email: string, form?: Record<string, string>) =>
  call(form ? teamAction : teamPage, `/fund/${funderId}/team`, { funderId }, email, form);

async function invitationToken(to: string) {
  const mail = await db().outboundEmail.findFirstOrThrow({
    where: { to, template: "team-invitation" },
    orderBy: { createdAt: "desc" },
  });
  // The link is sealed in the outbox until delivery; read it as it will be sent.
  const token = new RegExp(`${config().appUrl}/team-invitations/([A-Za-z0-9_-]+)`).exec(
    await deliveredText(mail),
  )?.[1];
  return { mail, token: token! };
}

async function memberId(funderId: string, email: string) {
  const member = await db().funderMember.findFirstOrThrow({
    where: { funderId, user: { email } },
  });
  return member.id;
}

const roleOf = async (funderId: string, email: string) =>
  (await db().funderMember.findFirst({ where: { funderId, user: { email } } }))?.role ?? null;

const admin = "admin@example.org";
let riversideId: string;

/** A funder made through the admin area, its first admin signed up from the emailed link. */
async function funderWithAdmin(name: string, adminEmail: string) {
  const created = (await call(newFunder, "/admin/funders/new", {}, admin, {
    name,
    defaultLocale: "fr",
    currency: "EUR",
    timeZone: "Europe/Paris",
    adminEmail,
  })) as Response;
  expect(created.status).toBe(302);
  const funderId = /\/admin\/funders\/([^?]+)/.exec(created.headers.get("Location")!)![1]!;
  const { token } = await invitationToken(adminEmail);
  expect(status(await call(acceptInvitation, "/", { token }, adminEmail, {}))).toBe(302);
  return funderId;
}

beforeAll(async () => {
  await seedDemo(db());
  riversideId = (await db().funder.findUniqueOrThrow({ where: { slug: "riverside" } })).id;
});

describe("the first platform administrator of a fresh install", () => {
  it("is created, then promoted or left as she is, and a bad address is refused", async () => {
    const first = await createPlatformAdmin(db(), { email: " Rita@City.example ", name: "Rita" });
    expect(first).toEqual({ ok: true, outcome: "created", email: "rita@city.example" });
    expect(describeCreatedAdmin(first)).toMatch(/^Created rita@city\.example/);
    const again = await createPlatformAdmin(db(), { email: "rita@city.example" });
    expect(again).toMatchObject({ outcome: "already" });

    await as("someone@city.example");
    expect(await createPlatformAdmin(db(), { email: "someone@city.example" })).toMatchObject({
      outcome: "promoted",
    });
    const promoted = await db().user.findUniqueOrThrow({
      where: { email: "someone@city.example" },
    });
    expect(promoted.isPlatformAdmin).toBe(true);

    const bad = await createPlatformAdmin(db(), { email: "not an address" });
    expect(bad).toEqual({ ok: false, reason: "email-invalid" });
    expect(describeCreatedAdmin(bad)).toContain("--email");
  });
});

describe("a platform administrator creating a funder", () => {
  it("keeps what was typed and says what is wrong with a bad currency or time zone", async () => {
    const result = await call(newFunder, "/admin/funders/new", {}, admin, {
      name: "Ville de Lyon",
      defaultLocale: "fr",
      currency: "EURO",
      timeZone: "Europe/Atlantis",
      adminEmail: "chef@lyon.example",
    });
    const { data, status: code } = unwrap<Reply>(result);
    expect(code).toBe(400);
    expect(data.errors?.currency?.key).toBe("admin:errors.currencyInvalid");
    expect(data.errors?.timeZone?.key).toBe("admin:errors.timeZoneInvalid");
    expect(data.values?.name).toBe("Ville de Lyon");
    expect(await db().funder.count({ where: { name: "Ville de Lyon" } })).toBe(0);
  });

  it("creates it with a unique address name and emails its first admin in its language", async () => {
    const first = await funderWithAdmin("Ville de Lyon", "chef@lyon.example");
    const second = await funderWithAdmin("Ville de Lyon", "autre@lyon.example");
    const [a, b] = await Promise.all(
      [first, second].map((id) => db().funder.findUniqueOrThrow({ where: { id } })),
    );
    expect(a!.slug).toBe("ville-de-lyon");
    expect(b!.slug).toBe("ville-de-lyon-2");
    expect(a).toMatchObject({ defaultLocale: "fr", currency: "EUR", timeZone: "Europe/Paris" });

    const { mail } = await invitationToken("chef@lyon.example");
    expect(mail.locale).toBe("fr");
    expect(mail.subject).toContain("Ville de Lyon");
    expect(await roleOf(first, "chef@lyon.example")).toBe("ADMIN");

    const audited = await db().auditEvent.findMany({ where: { funderId: first } });
    expect(audited.map((event) => event.action)).toEqual(
      expect.arrayContaining([
        "admin.funder-created",
        "teams.member-invited",
        "teams.invitation-accepted",
      ]),
    );
  });

  it("lets her send a lost first invitation again, or cancel it, from the funder's page", async () => {
    const created = (await call(newFunder, "/admin/funders/new", {}, admin, {
      name: "Comune di Bari",
      defaultLocale: "en",
      currency: "EUR",
      timeZone: "Europe/Rome",
      adminEmail: "capo@bari.example",
    })) as Response;
    const funderId = /\/admin\/funders\/([^?]+)/.exec(created.headers.get("Location")!)![1]!;
    const first = await invitationToken("capo@bari.example");
    const open = () =>
      db().funderInvitation.findMany({ where: { funderId, acceptedAt: null, revokedAt: null } });
    const [invitation] = await open();
    const onPage = (form: Record<string, string>) =>
      call(funderAdmin, "/", { funderId }, admin, form) as Promise<Response>;

    const resent = await onPage({ intent: "resend", invitationId: invitation!.id });
    expect(resent.headers.get("Location")).toBe(`/admin/funders/${funderId}?notice=resent`);
    const second = await invitationToken("capo@bari.example");
    expect(second.token).not.toBe(first.token);
    // Another funder's invitation cannot be reached through this funder's page.
    const elsewhere = await db().funderInvitation.create({
      data: {
        funderId: riversideId,
        email: "someone@example.org",
        role: "VIEWER",
        tokenHash: `hash-${funderId}`,
        locale: "en",
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    expect(status(await onPage({ intent: "revoke", invitationId: elsewhere.id }))).toBe(400);
    expect(
      (await db().funderInvitation.findUniqueOrThrow({ where: { id: elsewhere.id } })).revokedAt,
    ).toBeNull();

    const [current] = await open();
    const revoked = await onPage({ intent: "revoke", invitationId: current!.id });
    expect(revoked.headers.get("Location")).toBe(`/admin/funders/${funderId}?notice=revoked`);
    expect(await open()).toHaveLength(0);
  });

  it("is refused to anyone who is not a platform administrator", async () => {
    const form = {
      name: "Sneaky",
      defaultLocale: "en",
      currency: "GBP",
      timeZone: "UTC",
      adminEmail: "x@example.org",
    };
    expect(status(await call(newFunder, "/admin/funders/new", {}, "grace@example.org", form))).toBe(
      403,
    );
  });
});

describe("a funder's team", () => {
  it("lets a new person join from the emailed link, with the role she was invited to", async () => {
    const invited = await team(riversideId, "grace@example.org", {
      intent: "invite",
      email: "New.Officer@Example.org",
      role: "PROGRAMME_OFFICER",
      locale: "uk",
    });
    expect(unwrap<Reply>(invited).data.done?.key).toBe("members.invited");
    const { mail, token } = await invitationToken("new.officer@example.org");
    expect(mail.locale).toBe("uk");
    expect(mail.subject).toMatch(/[\u0400-\u04FF]/);

    const shown = unwrap<{ state: string; invitation: { funderName: string } }>(
      await call(invitationPage, "/", { token }, null),
    );
    expect(shown.data.state).toBe("pending");
    expect(shown.data.invitation.funderName).toBe("Riverside City Council");

    const joined = (await call(
      acceptInvitation,
      "/",
      { token },
      "new.officer@example.org",
      {},
    )) as Response;
    expect(joined.headers.get("Location")).toBe(`/fund/${riversideId}`);
    expect(await roleOf(riversideId, "new.officer@example.org")).toBe("PROGRAMME_OFFICER");
    expect(
      status(await call(dashboard, "/", { funderId: riversideId }, "new.officer@example.org")),
    ).toBe(200);

    // The link works once.
    expect(
      status(await call(acceptInvitation, "/", { token }, "new.officer@example.org", {})),
    ).toBe(410);
  });

  it("takes a role change at once: a viewer can no longer change anything", async () => {
    const id = await memberId(riversideId, "new.officer@example.org");
    const changed = await team(riversideId, "grace@example.org", {
      intent: "change-role",
      memberId: id,
      role: "VIEWER",
    });
    expect(unwrap<Reply>(changed).data.done?.key).toBe("members.roleChanged");
    expect(await roleOf(riversideId, "new.officer@example.org")).toBe("VIEWER");
    // Viewers read the dashboard but not the team page.
    expect(status(await team(riversideId, "new.officer@example.org"))).toBe(403);

    const removed = await team(riversideId, "grace@example.org", {
      intent: "remove",
      memberId: id,
    });
    expect(unwrap<Reply>(removed).data.done?.key).toBe("members.removed");
    expect(
      status(await call(dashboard, "/", { funderId: riversideId }, "new.officer@example.org")),
    ).toBe(403);

    const actions = await db().auditEvent.findMany({
      where: { funderId: riversideId, action: { startsWith: "teams." } },
      select: { action: true },
    });
    expect(actions.map((event) => event.action)).toEqual(
      expect.arrayContaining(["teams.member-role-changed", "teams.member-removed"]),
    );
  });

  it("never loses its last administrator, even to two demotions at the same moment", async () => {
    const funderId = await funderWithAdmin("Two Admins Trust", "one@trust.example");
    const { token } = await (async () => {
      await team(funderId, "one@trust.example", {
        intent: "invite",
        email: "two@trust.example",
        role: "ADMIN",
        locale: "en",
      });
      return invitationToken("two@trust.example");
    })();
    await call(acceptInvitation, "/", { token }, "two@trust.example", {});
    const one = await memberId(funderId, "one@trust.example");
    const two = await memberId(funderId, "two@trust.example");
    const actorId = (await db().user.findUniqueOrThrow({ where: { email: "one@trust.example" } }))
      .id;

    const results = await Promise.all([
      changeTeamRole({ funderId, memberId: one, role: "VIEWER", actorId }),
      changeTeamRole({ funderId, memberId: two, role: "VIEWER", actorId }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ reason: "last-admin" });
    expect(await db().funderMember.count({ where: { funderId, role: "ADMIN" } })).toBe(1);

    // The one left says why, next to her name, on the page.
    const lastEmail = (await roleOf(funderId, "one@trust.example")) === "ADMIN" ? "one" : "two";
    const last = lastEmail === "one" ? one : two;
    for (const form of [
      { intent: "change-role", memberId: last, role: "PROGRAMME_OFFICER" } as Record<
        string,
        string
      >,
      { intent: "remove", memberId: last },
    ]) {
      const refused = unwrap<Reply>(await team(funderId, `${lastEmail}@trust.example`, form));
      expect(refused.status).toBe(400);
      expect(refused.data.errors?.[`member-${last}`]?.key).toMatch(/^teams:errors\.lastAdmin/);
    }
    expect(await roleOf(funderId, `${lastEmail}@trust.example`)).toBe("ADMIN");
  });

  it("is out of reach of another funder's admin, whatever ids she swaps in", async () => {
    const otherId = await funderWithAdmin("Other Foundation", "boss@other-foundation.example");
    const grace = await memberId(riversideId, "grace@example.org");
    const boss = await memberId(otherId, "boss@other-foundation.example");

    // Her own team's page with Riverside's member: nobody of hers, nothing changes.
    const swapped = unwrap<Reply>(
      await team(otherId, "boss@other-foundation.example", { intent: "remove", memberId: grace }),
    );
    expect(swapped.status).toBe(400);
    expect(swapped.data.errors?.people?.key).toBe("teams:errors.memberGone");
    // Riverside's page: refused, whichever member it names.
    for (const memberId of [grace, boss]) {
      const form = { intent: "change-role", memberId, role: "VIEWER" };
      expect(status(await team(riversideId, "boss@other-foundation.example", form))).toBe(403);
    }
    expect(status(await team(riversideId, "boss@other-foundation.example"))).toBe(403);
    expect(await roleOf(riversideId, "grace@example.org")).toBe("ADMIN");
    expect(await roleOf(otherId, "boss@other-foundation.example")).toBe("ADMIN");
  });
});

describe("a deactivated funder", () => {
  it("keeps its data but closes its pages to its staff and panels, and leaves the public list", async () => {
    const panel = await db().panel.findFirstOrThrow({ where: { name: "2027 review panel" } });
    const deactivate = (intent: string, confirmed?: "yes") =>
      call(funderAdmin, "/", { funderId: riversideId }, admin, {
        intent,
        ...(confirmed ? { confirmed } : {}),
      });

    // The first click asks for a yes on a page of its own; nothing is closed yet.
    const asked = (await deactivate("deactivate")) as Response;
    expect(asked.headers.get("Location")).toBe(`/admin/funders/${riversideId}?confirm=deactivate`);
    expect(status(await call(dashboard, "/", { funderId: riversideId }, "grace@example.org"))).toBe(
      200,
    );
    expect(status(await deactivate("deactivate", "yes"))).toBe(302);
    for (const [fn, params, email] of [
      [dashboard, { funderId: riversideId }, "grace@example.org"],
      [teamPage, { funderId: riversideId }, "grace@example.org"],
      [panelPage, { panelId: panel.id }, "nadia@example.org"],
      [dashboard, { funderId: riversideId }, admin],
    ] as const) {
      const refused = (await call(fn, "/", params, email)) as Response;
      expect(refused.status).toBe(403);
      expect(await refused.text()).toBe(FUNDER_DEACTIVATED);
    }
    // "My work" still lists the funder and its panel, without links, saying why.
    type Listed = { id: string; closed: boolean }[];
    const graceWork = unwrap<{ funders: Listed }>(
      await call(myWorkPage, "/my", {}, "grace@example.org"),
    ).data;
    expect(graceWork.funders).toEqual([expect.objectContaining({ id: riversideId, closed: true })]);
    const nadiaWork = unwrap<{ panels: Listed }>(
      await call(myWorkPage, "/my", {}, "nadia@example.org"),
    ).data;
    expect(nadiaWork.panels.find((p) => p.id === panel.id)?.closed).toBe(true);
    // Someone who never worked there learns nothing more than before.
    const stranger = (await call(
      dashboard,
      "/",
      { funderId: riversideId },
      "amina@example.org",
    )) as Response;
    expect(await stranger.text()).not.toBe(FUNDER_DEACTIVATED);

    const listed = unwrap<{ schemes: { slug: string }[] }>(
      await call(publicSchemes, "/schemes", {}, null),
    ).data;
    expect(JSON.stringify(listed)).not.toContain("riverside-together");
    expect(await db().scheme.count({ where: { funder: { id: riversideId } } })).toBeGreaterThan(0);

    // The platform administrator still sees it in the admin area, and brings it back.
    expect(status(await call(funderAdminPage, "/", { funderId: riversideId }, admin))).toBe(200);
    expect(status(await deactivate("reactivate"))).toBe(302);
    expect(status(await call(dashboard, "/", { funderId: riversideId }, "grace@example.org"))).toBe(
      200,
    );
    const actions = await db().auditEvent.findMany({
      where: { funderId: riversideId, action: { startsWith: "admin." } },
    });
    expect(actions.map((event) => event.action)).toEqual(
      expect.arrayContaining(["admin.funder-deactivated", "admin.funder-reactivated"]),
    );
  });
});
