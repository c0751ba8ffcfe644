import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../support/demo-world";
import { action as acceptInvitation, loader as invitationPage } from "~/routes/invitations.$token";
import { loader as organisationPage } from "~/routes/organisations.$organisationId";
import {
  action as saveProfile,
  loader as editPage,
} from "~/routes/organisations.$organisationId_.edit";
import {
  action as manageMembers,
  loader as membersPage,
} from "~/routes/organisations.$organisationId_.members";
import { action as createOrganisation } from "~/routes/organisations.new";
import { db } from "~/services/platform/db.server";
import { config } from "~/services/platform/env.server";
import { useTestDatabase } from "../support/database";
import { deliveredText } from "../support/sealed-email";
import { testReference } from "../support/fixtures";
import { makeRequest, run, signedInCookie, unwrap } from "../support/requests";

useTestDatabase();

type Fn = (args: never) => Promise<unknown>;
type Errors = Record<string, { key: string; values?: Record<string, unknown> }>;
type FormReply = {
  errors?: Errors;
  values?: Record<string, string>;
  done?: { key: string };
  resendInvitationId?: string;
};

const people = new Map<string, { id: string; cookie: string }>();

/** Signs in as this address, creating the account on first use, as the first code would. */
async function as(email: string) {
  if (!people.has(email)) {
    const user = await db().user.upsert({
      where: { email },
      update: {},
      create: { email, name: email.split("@")[0], locale: "en" },
    });
    people.set(email, { id: user.id, cookie: await signedInCookie(user.id) });
  }
  return people.get(email)!;
}

async function call(
  fn: Fn,
  path: string,
  params: Record<string, string>,
  email: string | null,
  form?: Record<string, string>,
) {
  const cookie = email ? (await as(email)).cookie : null;
  return run(fn as never, makeRequest(path, { cookie, form }), params);
}

function expectStatus(result: unknown, status: number) {
  expect(result).toBeInstanceOf(Response);
  expect((result as Response).status).toBe(status);
}

const profile = (overrides: Record<string, string> = {}) => ({
  name: "Amal Women's Circle",
  legalForm: "INFORMAL_GROUP",
  registrationNumber: "",
  hostOrganisationName: "Riverside Community Centre",
  annualIncome: "3 000",
  incomeCurrency: "EUR",
  areaServed: "Riverside",
  communitiesServed: "Arabic-speaking women",
  languagesUsed: "Arabic, English",
  byAndFor: "yes",
  leadershipPercent: "100",
  yearsActive: "2",
  ...overrides,
});

/** Creates an organisation through the form, as `email`, and returns its id. */
async function newOrganisation(email: string, overrides: Record<string, string> = {}) {
  const response = (await call(
    createOrganisation,
    "/organisations/new",
    {},
    email,
    profile(overrides),
  )) as Response;
  expect(response.status).toBe(302);
  return /^\/organisations\/([^/?]+)\?notice=created$/.exec(
    response.headers.get("Location") ?? "",
  )![1]!;
}

const view = (id: string, email: string | null) =>
  call(organisationPage, `/organisations/${id}`, { organisationId: id }, email);
const members = (id: string, email: string, form?: Record<string, string>) =>
  call(
    form ? manageMembers : membersPage,
    `/organisations/${id}/members`,
    { organisationId: id },
    email,
    form,
  );
const invite = (id: string, email: string, invitee: string, extra: Record<string, string> = {}) =>
  members(id, email, { intent: "invite", email: invitee, role: "MEMBER", locale: "en", ...extra });
const openInvitation = (token: string, email: string | null) =>
  call(invitationPage, `/invitations/${token}`, { token }, email);
const accept = (token: string, email: string | null) =>
  call(acceptInvitation, `/invitations/${token}`, { token }, email, {});

async function invitationEmail(to: string) {
  const mail = await db().outboundEmail.findFirstOrThrow({
    where: { to, template: "organisation-invitation" },
    orderBy: { createdAt: "desc" },
  });
  const token = new RegExp(`${config().appUrl}/invitations/([A-Za-z0-9_-]+)`).exec(
    await deliveredText(mail),
  )?.[1];
  return { mail, token: token! };
}

async function memberId(organisationId: string, email: string) {
  const member = await db().organisationMember.findFirstOrThrow({
    where: { organisationId, user: { email } },
  });
  return member.id;
}

beforeAll(async () => {
  await seedDemo(db());
});

describe("creating an organisation", () => {
  it("makes the person who creates it its owner, and records it", async () => {
    const id = await newOrganisation("creator@example.org");
    const creator = await as("creator@example.org");
    const membership = await db().organisationMember.findFirstOrThrow({
      where: { organisationId: id },
    });
    expect(membership).toMatchObject({ userId: creator.id, role: "OWNER" });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { entityType: "Organisation", entityId: id },
    });
    expect(audit).toMatchObject({ action: "organisations.created", actorId: creator.id });

    const page = (await view(id, "creator@example.org")) as Awaited<
      ReturnType<typeof organisationPage>
    >;
    expect(page.name).toBe("Amal Women's Circle");
    expect(page.members).toEqual([expect.objectContaining({ role: "OWNER" })]);
    expect(page).toMatchObject({ canEdit: true, canManageMembers: true });
  });

  it("takes an informal group with no registration number, no income yet and no years behind it", async () => {
    const id = await newOrganisation("informal@example.org", {
      annualIncome: "",
      noIncome: "yes",
      yearsActive: "0",
    });
    const stored = await db().organisation.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      legalForm: "INFORMAL_GROUP",
      registrationNumber: null,
      hostOrganisationName: "Riverside Community Centre",
      annualIncomeMinor: 0,
      incomeCurrency: "EUR",
      byAndFor: true,
      yearsActive: 0,
    });
  });

  it("shows a wrong income next to the field, keeps everything typed, and saves nothing", async () => {
    const before = await db().organisation.count();
    const result = unwrap<FormReply>(
      await call(
        createOrganisation,
        "/organisations/new",
        {},
        "typo@example.org",
        profile({ name: "Typo group", annualIncome: "about 3000" }),
      ),
    );
    expect(result.status).toBe(400);
    expect(result.data.errors?.annualIncome?.key).toBe("organisations:errors.incomeInvalid");
    expect(result.data.values).toMatchObject({
      name: "Typo group",
      annualIncome: "about 3000",
      areaServed: "Riverside",
    });
    expect(await db().organisation.count()).toBe(before);
  });

  it("sends signed-out visitors to sign in first", async () => {
    const response = (await call(
      createOrganisation,
      "/organisations/new",
      {},
      null,
      profile(),
    )) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(
      `/sign-in?redirectTo=${encodeURIComponent("/organisations/new")}`,
    );
  });
});

describe("editing the profile", () => {
  it("lets a member change it and records what changed", async () => {
    const id = await newOrganisation("edit.owner@example.org");
    await db().organisationMember.create({
      data: {
        organisationId: id,
        userId: (await as("edit.member@example.org")).id,
        role: "MEMBER",
      },
    });

    const form = (await call(
      editPage,
      `/organisations/${id}/edit`,
      { organisationId: id },
      "edit.member@example.org",
    )) as Awaited<ReturnType<typeof editPage>>;
    expect(form.values).toMatchObject({
      name: "Amal Women's Circle",
      annualIncome: "3000",
      byAndFor: "yes",
    });

    const saved = (await call(
      saveProfile,
      `/organisations/${id}/edit`,
      { organisationId: id },
      "edit.member@example.org",
      {
        ...form.values,
        name: "Amal Circle",
        yearsActive: "3",
      },
    )) as Response;
    expect(saved.headers.get("Location")).toBe(`/organisations/${id}?notice=saved`);
    expect(await db().organisation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "Amal Circle",
      yearsActive: 3,
    });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "organisations.updated" },
    });
    expect(audit.detail).toEqual({
      changes: {
        name: { from: "Amal Women's Circle", to: "Amal Circle" },
        yearsActive: { from: 2, to: 3 },
      },
    });
  });
});

describe("who may see and change an organisation", () => {
  it("refuses a member of one organisation every page and action of another", async () => {
    const a = await newOrganisation("owner.a@example.org", { name: "Group A" });
    const b = await newOrganisation("owner.b@example.org", { name: "Group B" });
    const params = { organisationId: b };
    const outsider = "owner.a@example.org";

    expectStatus(await view(b, outsider), 403);
    expectStatus(await call(editPage, `/organisations/${b}/edit`, params, outsider), 403);
    expectStatus(
      await call(
        saveProfile,
        `/organisations/${b}/edit`,
        params,
        outsider,
        profile({ name: "Taken over" }),
      ),
      403,
    );
    expectStatus(await members(b, outsider), 403);
    expectStatus(await invite(b, outsider, "friend@example.org"), 403);
    expectStatus(
      await members(b, outsider, {
        intent: "remove",
        memberId: await memberId(b, "owner.b@example.org"),
      }),
      403,
    );

    expect((await db().organisation.findUniqueOrThrow({ where: { id: b } })).name).toBe("Group B");
    expect(await db().organisationMember.count({ where: { organisationId: b } })).toBe(1);
    expect(await db().organisationInvitation.count({ where: { organisationId: b } })).toBe(0);
    expect(a).not.toBe(b);
  });

  it("lets a MEMBER edit the profile but not manage who is in it", async () => {
    const id = await newOrganisation("boss@example.org");
    await db().organisationMember.create({
      data: { organisationId: id, userId: (await as("helper@example.org")).id, role: "MEMBER" },
    });

    const page = (await view(id, "helper@example.org")) as Awaited<
      ReturnType<typeof organisationPage>
    >;
    expect(page).toMatchObject({ canEdit: true, canManageMembers: false });
    expect(
      await call(
        editPage,
        `/organisations/${id}/edit`,
        { organisationId: id },
        "helper@example.org",
      ),
    ).not.toBeInstanceOf(Response);
    expectStatus(await members(id, "helper@example.org"), 403);
    expectStatus(await invite(id, "helper@example.org", "someone@example.org"), 403);
    expectStatus(
      await members(id, "helper@example.org", {
        intent: "change-role",
        memberId: await memberId(id, "helper@example.org"),
        role: "OWNER",
      }),
      403,
    );
    expect(await db().organisationInvitation.count({ where: { organisationId: id } })).toBe(0);
  });

  it("gives the same 403 for an organisation that does not exist", async () => {
    expectStatus(await view("no-such-organisation", "boss@example.org"), 403);
    expectStatus(await members("no-such-organisation", "boss@example.org"), 403);
  });
});

describe("inviting people", () => {
  it("emails a link in the language chosen, and stores only a hash of its token", async () => {
    const id = await newOrganisation("inviter@example.org");
    const reply = unwrap<FormReply>(
      await invite(id, "inviter@example.org", " Olena.K@Example.org ", {
        locale: "uk",
        role: "OWNER",
      }),
    );
    expect(reply.status).toBe(200);
    expect(reply.data.done?.key).toBe("members.invited");

    const { mail, token } = await invitationEmail("olena.k@example.org");
    expect(mail.locale).toBe("uk");
    expect(mail.subject).toContain("Запрошення");
    expect(await deliveredText(mail)).toContain(`${config().appUrl}/invitations/${token}`);
    // Until it is delivered, no column of the outbox row holds the link readable.
    expect(JSON.stringify(mail)).not.toContain(token);
    expect(token.length).toBeGreaterThanOrEqual(43);

    const invitation = await db().organisationInvitation.findFirstOrThrow({
      where: { organisationId: id },
    });
    expect(invitation).toMatchObject({ email: "olena.k@example.org", role: "OWNER", locale: "uk" });
    expect(invitation.tokenHash).not.toContain(token);
    expect(invitation.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(mail.dedupeKey).toBe(`organisation-invitation:${invitation.id}`);
    expect(
      await db().auditEvent.count({
        where: { entityId: id, action: "organisations.member-invited" },
      }),
    ).toBe(1);

    const page = (await members(id, "inviter@example.org")) as Awaited<
      ReturnType<typeof membersPage>
    >;
    expect(page.invitations).toEqual([
      expect.objectContaining({
        email: "olena.k@example.org",
        role: "OWNER",
        expiresAt: invitation.expiresAt.toISOString(),
      }),
    ]);
  });

  it("offers the inviter's own language for the email by default", async () => {
    const id = await newOrganisation("arabic.inviter@example.org");
    const cookie = (await as("arabic.inviter@example.org")).cookie;
    const page = (await run(
      membersPage,
      makeRequest(`/organisations/${id}/members?lng=ar`, { cookie }),
      { organisationId: id },
    )) as Awaited<ReturnType<typeof membersPage>>;
    expect(page.defaultLocale).toBe("ar");
  });

  it("refuses a badly typed address next to the field, keeping what was typed", async () => {
    const id = await newOrganisation("careful@example.org");
    const reply = unwrap<FormReply>(await invite(id, "careful@example.org", "not an address"));
    expect(reply.status).toBe(400);
    expect(reply.data.errors?.email?.key).toBe("organisations:errors.emailInvalid");
    expect(reply.data.values?.email).toBe("not an address");
  });

  it("says so when the person is already a member", async () => {
    const id = await newOrganisation("already@example.org");
    const reply = unwrap<FormReply>(await invite(id, "already@example.org", "already@example.org"));
    expect(reply.status).toBe(400);
    expect(reply.data.errors?.email).toEqual({
      key: "organisations:errors.alreadyMember",
      values: { email: "already@example.org" },
    });
    expect(await db().organisationInvitation.count({ where: { organisationId: id } })).toBe(0);
  });

  it("offers to resend rather than invite twice, and a resend replaces the old link", async () => {
    const id = await newOrganisation("twice@example.org");
    await invite(id, "twice@example.org", "guest@example.org", { locale: "fr" });
    const first = await invitationEmail("guest@example.org");

    const again = unwrap<FormReply>(await invite(id, "twice@example.org", "guest@example.org"));
    expect(again.status).toBe(400);
    expect(again.data.errors?.email?.key).toBe("organisations:errors.alreadyInvited");
    const pending = await db().organisationInvitation.findFirstOrThrow({
      where: { organisationId: id },
    });
    expect(again.data.resendInvitationId).toBe(pending.id);
    expect(await db().organisationInvitation.count({ where: { organisationId: id } })).toBe(1);

    const resent = unwrap<FormReply>(
      await members(id, "twice@example.org", { intent: "resend", invitationId: pending.id }),
    );
    expect(resent.data.done?.key).toBe("members.resent");
    const second = await invitationEmail("guest@example.org");
    expect(second.token).not.toBe(first.token);
    expect(second.mail.id).not.toBe(first.mail.id);
    expect(second.mail.locale).toBe("fr");

    const old = unwrap<{ state: string }>(await openInvitation(first.token, "guest@example.org"));
    expect(old).toMatchObject({ status: 410, data: { state: "revoked" } });
    expect(unwrap<{ state: string }>(await accept(first.token, "guest@example.org")).status).toBe(
      410,
    );
    expect((await accept(second.token, "guest@example.org")) as Response).toHaveProperty(
      "status",
      302,
    );
    expect(
      await db().auditEvent.count({
        where: { entityId: id, action: "organisations.invitation-resent" },
      }),
    ).toBe(1);
  });

  it("cancels an invitation, after which its link no longer works", async () => {
    const id = await newOrganisation("canceller@example.org");
    await invite(id, "canceller@example.org", "wrong.person@example.org");
    const { token } = await invitationEmail("wrong.person@example.org");
    const invitation = await db().organisationInvitation.findFirstOrThrow({
      where: { organisationId: id },
    });

    const reply = unwrap<FormReply>(
      await members(id, "canceller@example.org", { intent: "revoke", invitationId: invitation.id }),
    );
    expect(reply.data.done?.key).toBe("members.revoked");
    expect(unwrap<{ state: string }>(await openInvitation(token, null)).data.state).toBe("revoked");
    const page = (await members(id, "canceller@example.org")) as Awaited<
      ReturnType<typeof membersPage>
    >;
    expect(page.invitations).toEqual([]);
    expect(
      await db().auditEvent.count({
        where: { entityId: id, action: "organisations.invitation-revoked" },
      }),
    ).toBe(1);
  });
});

describe("accepting an invitation", () => {
  async function invited(owner: string, invitee: string) {
    const id = await newOrganisation(owner);
    await invite(id, owner, invitee);
    return { id, token: (await invitationEmail(invitee)).token };
  }

  it("asks a signed-out visitor to sign in first, showing who is invited to what", async () => {
    const { token } = await invited("host.a@example.org", "visitor@example.org");
    const page = unwrap<{ state: string; signedInAs: string | null }>(
      await openInvitation(token, null),
    );
    expect(page.status).toBe(200);
    expect(page.data).toMatchObject({
      state: "pending",
      signedInAs: null,
      invitation: {
        organisationName: "Amal Women's Circle",
        role: "MEMBER",
        email: "visitor@example.org",
      },
    });
    const response = (await accept(token, null)) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(
      `/sign-in?redirectTo=${encodeURIComponent(`/invitations/${token}`)}`,
    );
  });

  it("shows the inviter's own words on the link's page as one short line", async () => {
    const { token } = await invited("host.q@example.org", "quoted@example.org");
    await db().user.update({
      where: { email: "host.q@example.org" },
      data: { name: `Amina\n\nYour account is locked. Pay at evil.example ${"x".repeat(200)}` },
    });
    const page = unwrap<{ invitation: { inviterName: string } }>(await openInvitation(token, null));
    expect(page.data.invitation.inviterName).not.toContain("\n");
    expect([...page.data.invitation.inviterName].length).toBeLessThanOrEqual(60);
    expect(page.data.invitation.inviterName.endsWith("…")).toBe(true);
  });

  it("adds the signed-in person even from another address, and works only once", async () => {
    const { id, token } = await invited("host.b@example.org", "work.address@example.org");
    const page = unwrap<{ signedInAs: string; invitation: { email: string } }>(
      await openInvitation(token, "home.address@example.org"),
    );
    expect(page.data).toMatchObject({
      signedInAs: "home.address@example.org",
      invitation: { email: "work.address@example.org" },
    });

    const joined = (await accept(token, "home.address@example.org")) as Response;
    expect(joined.status).toBe(302);
    expect(joined.headers.get("Location")).toBe(`/organisations/${id}?notice=joined`);
    const membership = await db().organisationMember.findFirstOrThrow({
      where: { organisationId: id, user: { email: "home.address@example.org" } },
    });
    expect(membership.role).toBe("MEMBER");
    expect(await view(id, "home.address@example.org")).not.toBeInstanceOf(Response);

    const twice = unwrap<{ state: string }>(await accept(token, "someone.else@example.org"));
    expect(twice).toMatchObject({ status: 410, data: { state: "accepted" } });
    expect(unwrap(await openInvitation(token, null)).status).toBe(410);
    expect(
      await db().organisationMember.count({
        where: { organisationId: id, user: { email: "someone.else@example.org" } },
      }),
    ).toBe(0);
  });

  it("refuses an expired link with a clear page", async () => {
    const { id, token } = await invited("host.c@example.org", "late@example.org");
    await db().organisationInvitation.updateMany({
      where: { organisationId: id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(
      unwrap<{ state: string }>(await openInvitation(token, "late@example.org")),
    ).toMatchObject({ status: 410, data: { state: "expired" } });
    expect(unwrap<{ state: string }>(await accept(token, "late@example.org"))).toMatchObject({
      status: 410,
      data: { state: "expired" },
    });
    expect(await db().organisationMember.count({ where: { organisationId: id } })).toBe(1);
  });

  it("answers 404 for a link that was never sent, however it is spelled", async () => {
    for (const token of ["made-up-token", "x".repeat(5000), "%00"]) {
      expect(unwrap<{ state: string }>(await openInvitation(token, null))).toMatchObject({
        status: 404,
        data: { state: "unknown" },
      });
    }
    expect(unwrap(await accept("made-up-token", "late@example.org")).status).toBe(404);
  });
});

describe("keeping at least one owner", () => {
  it("refuses to demote or remove the last owner, with a message next to her name", async () => {
    const id = await newOrganisation("only.owner@example.org");
    const ownerId = await memberId(id, "only.owner@example.org");

    const demote = unwrap<FormReply>(
      await members(id, "only.owner@example.org", {
        intent: "change-role",
        memberId: ownerId,
        role: "MEMBER",
      }),
    );
    expect(demote.status).toBe(400);
    expect(demote.data.errors?.[`member-${ownerId}`]?.key).toBe(
      "organisations:errors.lastOwnerDemote",
    );

    const remove = unwrap<FormReply>(
      await members(id, "only.owner@example.org", { intent: "remove", memberId: ownerId }),
    );
    expect(remove.status).toBe(400);
    expect(remove.data.errors?.[`member-${ownerId}`]?.key).toBe(
      "organisations:errors.lastOwnerRemove",
    );

    expect(
      await db().organisationMember.findUniqueOrThrow({ where: { id: ownerId } }),
    ).toHaveProperty("role", "OWNER");
  });

  it("lets an owner step down once someone else is owner, and removes members", async () => {
    const id = await newOrganisation("first.owner@example.org");
    await db().organisationMember.createMany({
      data: [
        { organisationId: id, userId: (await as("second.owner@example.org")).id, role: "MEMBER" },
        { organisationId: id, userId: (await as("leaving@example.org")).id, role: "MEMBER" },
      ],
    });
    const second = await memberId(id, "second.owner@example.org");
    const promoted = unwrap<FormReply>(
      await members(id, "first.owner@example.org", {
        intent: "change-role",
        memberId: second,
        role: "OWNER",
      }),
    );
    expect(promoted.data.done?.key).toBe("members.roleChanged");

    const removed = unwrap<FormReply>(
      await members(id, "second.owner@example.org", {
        intent: "remove",
        memberId: await memberId(id, "leaving@example.org"),
      }),
    );
    expect(removed.data.done?.key).toBe("members.removed");

    const stepDown = (await members(id, "first.owner@example.org", {
      intent: "change-role",
      memberId: await memberId(id, "first.owner@example.org"),
      role: "MEMBER",
    })) as Response;
    expect(stepDown.status).toBe(302);
    expectStatus(await members(id, "first.owner@example.org"), 403);

    const roles = await db().organisationMember.findMany({
      where: { organisationId: id },
      include: { user: true },
    });
    expect(roles.map((m) => [m.user.email, m.role]).sort()).toEqual([
      ["first.owner@example.org", "MEMBER"],
      ["second.owner@example.org", "OWNER"],
    ]);
    const actions = (
      await db().auditEvent.findMany({ where: { entityId: id }, select: { action: true } })
    ).map((a) => a.action);
    expect(actions.filter((a) => a === "organisations.member-role-changed")).toHaveLength(2);
    expect(actions).toContain("organisations.member-removed");
  });
});

describe("funder staff", () => {
  it("see an organisation once it has sent an application to one of their schemes, and never edit it", async () => {
    const id = await newOrganisation("applicant@example.org", { name: "Applying group" });
    const riverside = await db().funder.findUniqueOrThrow({ where: { slug: "riverside" } });
    const pot = await db().pot.findFirstOrThrow({
      where: { round: { scheme: { funderId: riverside.id } } },
    });
    const other = await db().funder.create({
      data: { slug: "elsewhere", name: "Elsewhere Council" },
    });
    await db().funderMember.create({
      data: { funderId: other.id, userId: (await as("other.staff@example.org")).id, role: "ADMIN" },
    });

    expectStatus(await view(id, "grace@example.org"), 403);
    // A draft the group has not sent yet shows the funder nothing.
    const application = await db().application.create({
      data: {
        reference: testReference(),
        potId: pot.id,
        organisationId: id,
        requestedMinor: 100_000,
      },
    });
    expectStatus(await view(id, "grace@example.org"), 403);

    await db().application.update({
      where: { id: application.id },
      data: { status: "SUBMITTED", submittedAt: new Date() },
    });
    for (const staff of ["grace@example.org", "tomas@example.org", "helen@example.org"]) {
      const page = (await view(id, staff)) as Awaited<ReturnType<typeof organisationPage>>;
      expect(page.name).toBe("Applying group");
      expect(page).toMatchObject({ canEdit: false, canManageMembers: false });
      expectStatus(
        await call(editPage, `/organisations/${id}/edit`, { organisationId: id }, staff),
        403,
      );
      expectStatus(await members(id, staff), 403);
    }
    expectStatus(await view(id, "other.staff@example.org"), 403);
    expectStatus(await view(id, "nadia@example.org"), 403);
  });
});
