import { beforeAll, describe, expect, it } from "vitest";
import { loader as panelPage } from "~/routes/panels.$panelId";
import {
  action as acceptInvitation,
  loader as invitationPage,
} from "~/routes/panel-invitations.$token";
import { loader as panelsList } from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels._index";
import {
  action as createPanel,
  loader as newPanelPage,
} from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.new";
import {
  action as managePanel,
  loader as panelSetupPage,
} from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId._index";
import {
  action as saveSettings,
  loader as settingsPage,
} from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.settings";
import {
  action as removeMember,
  loader as removePage,
} from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.members.$memberId.remove";
import { db } from "~/services/platform/db.server";
import { config } from "~/services/platform/env.server";
import { useTestDatabase } from "../support/database";
import { deliveredText } from "../support/sealed-email";
import { createOpenRound, createUser, testReference } from "../support/fixtures";
import { makeRequest, run, signedInCookie, unwrap } from "../support/requests";

useTestDatabase();

type Fn = (args: never) => Promise<unknown>;
type Setup = Awaited<ReturnType<typeof createOpenRound>>;
type Reply = { errors: Record<string, { key: string }>; values: Record<string, string> };

let setup: Setup;
let secondPot: { id: string };
let cookie = "";
let base = "";

async function call(
  fn: Fn,
  path: string,
  params: Record<string, string>,
  as: string | null,
  form?: Record<string, string>,
) {
  return run(fn as never, makeRequest(path, { cookie: as, form }), params);
}

const roundParams = () => ({
  funderId: setup.funder.id,
  schemeId: setup.scheme.id,
  roundId: setup.round.id,
});

const location = (response: unknown) => {
  expect(response).toBeInstanceOf(Response);
  expect((response as Response).status).toBe(302);
  return (response as Response).headers.get("Location");
};

const settings = (overrides: Record<string, string> = {}) => ({
  name: "Spring panel",
  reviewsNeeded: "4",
  disagreementThreshold: "30",
  reviewDeadline: "2030-01-15T17:00",
  communityReviewerRequired: "yes",
  [`pot_${setup.pot.id}`]: "yes",
  ...overrides,
});

async function newPanel(form: Record<string, string>) {
  const to = location(await call(createPanel, `${base}/panels/new`, roundParams(), cookie, form));
  return /\/panels\/([^/?]+)\?done=created$/.exec(to ?? "")![1]!;
}

const manage = (panelId: string, form: Record<string, string>) =>
  call(managePanel, `${base}/panels/${panelId}`, { ...roundParams(), panelId }, cookie, form);

const setupPage = async (panelId: string) =>
  (await call(
    panelSetupPage,
    `${base}/panels/${panelId}`,
    { ...roundParams(), panelId },
    cookie,
  )) as Awaited<ReturnType<typeof panelSetupPage>>;

async function invitationEmail(to: string) {
  const mail = await db().outboundEmail.findFirstOrThrow({
    where: { to, template: "panel-invitation" },
    orderBy: { createdAt: "desc" },
  });
  const token = new RegExp(`${config().appUrl}/panel-invitations/([A-Za-z0-9_-]+)`).exec(
    await deliveredText(mail),
  )?.[1];
  return { mail, token: token! };
}

beforeAll(async () => {
  setup = await createOpenRound();
  secondPot = await db().pot.create({
    data: {
      roundId: setup.round.id,
      name: { en: "Small groups pot" },
      description: { en: "" },
      amountMinor: 100_000,
      minGrantMinor: 10_000,
      maxGrantMinor: 50_000,
      eligibility: [],
    },
  });
  cookie = await signedInCookie(setup.staff.id);
  base = `/fund/${setup.funder.id}/schemes/${setup.scheme.id}/rounds/${setup.round.id}`;
});

describe("setting up a panel", () => {
  it("creates a panel covering the pots ticked, with its settings, and lists it", async () => {
    const form = (await call(newPanelPage, `${base}/panels/new`, roundParams(), cookie)) as Awaited<
      ReturnType<typeof newPanelPage>
    >;
    expect(form.pots.map((pot) => pot.id)).toEqual([setup.pot.id, secondPot.id]);

    const panelId = await newPanel(settings());
    const panel = await db().panel.findUniqueOrThrow({
      where: { id: panelId },
      include: { pots: true },
    });
    expect(panel).toMatchObject({
      roundId: setup.round.id,
      name: "Spring panel",
      reviewsNeeded: 4,
      communityReviewerRequired: true,
      blindReview: false,
      disagreementThreshold: 30,
      communityRanking: false,
      reviewDeadline: new Date("2030-01-15T17:00:00Z"),
    });
    expect(panel.pots.map((pot) => pot.potId)).toEqual([setup.pot.id]);
    expect(
      await db().auditEvent.count({ where: { entityId: panelId, action: "panels.created" } }),
    ).toBe(1);

    const list = (await call(panelsList, `${base}/panels`, roundParams(), cookie)) as Awaited<
      ReturnType<typeof panelsList>
    >;
    expect(list.panels).toContainEqual(
      expect.objectContaining({
        id: panelId,
        name: "Spring panel",
        allPots: false,
        pots: [{ text: "Open pot", locale: "en" }],
        memberCount: 0,
        reviewsNeeded: 4,
        reviewDeadline: "2030-01-15T17:00:00.000Z",
      }),
    );
  });

  it("refuses reviews outside 1–10 and a threshold above 100 next to the fields, keeping what was typed", async () => {
    const before = await db().panel.count();
    const reply = unwrap<Reply>(
      await call(
        createPanel,
        `${base}/panels/new`,
        roundParams(),
        cookie,
        settings({
          name: "Typed with care",
          reviewsNeeded: "11",
          disagreementThreshold: "140",
          reviewDeadline: "not a date",
        }),
      ),
    );
    expect(reply.status).toBe(400);
    expect(reply.data.errors).toEqual({
      reviewsNeeded: { key: "panels:setup.errors.reviewsNeeded" },
      disagreementThreshold: { key: "panels:setup.errors.disagreementThreshold" },
      reviewDeadline: { key: "panels:setup.errors.deadlineInvalid" },
    });
    expect(reply.data.values).toMatchObject({
      name: "Typed with care",
      reviewsNeeded: "11",
      [`pot_${setup.pot.id}`]: "yes",
    });
    expect(await db().panel.count()).toBe(before);
  });

  it("changes the settings, and warns (without refusing) of a shared pot and an early deadline", async () => {
    const panelId = await newPanel(settings({ name: "Autumn panel" }));
    const shown = (await call(
      settingsPage,
      `${base}/panels/${panelId}/settings`,
      { ...roundParams(), panelId },
      cookie,
    )) as Awaited<ReturnType<typeof settingsPage>>;
    expect(shown.values).toMatchObject({ name: "Autumn panel", reviewsNeeded: "4" });

    const early = new Date(setup.round.closesAt.getTime() - 86_400_000).toISOString().slice(0, 16);
    const to = location(
      await call(
        saveSettings,
        `${base}/panels/${panelId}/settings`,
        { ...roundParams(), panelId },
        cookie,
        {
          name: "Autumn panel",
          reviewsNeeded: "2",
          disagreementThreshold: "40",
          reviewDeadline: early,
          blindReview: "yes",
          communityRanking: "yes",
        },
      ),
    );
    expect(to).toBe(`${base}/panels/${panelId}?done=settings`);
    const panel = await db().panel.findUniqueOrThrow({
      where: { id: panelId },
      include: { pots: true },
    });
    expect(panel).toMatchObject({
      reviewsNeeded: 2,
      blindReview: true,
      communityRanking: true,
      communityReviewerRequired: false,
    });
    expect(panel.pots).toEqual([]);

    const page = await setupPage(panelId);
    expect(page.panel.allPots).toBe(true);
    expect(page.warnings).toEqual(
      expect.arrayContaining([
        { key: "panels:setup.warnings.deadlineBeforeClose" },
        {
          key: "panels:setup.warnings.potShared",
          values: { pot: "Open pot", panels: expect.stringContaining("Spring panel") },
        },
      ]),
    );
    expect(
      await db().auditEvent.count({
        where: { entityId: panelId, action: "panels.settings-changed" },
      }),
    ).toBe(1);
  });

  it("refuses a reviews-needed that is not whole when changing settings, and keeps the old settings", async () => {
    const panelId = await newPanel(settings({ name: "Winter panel" }));
    const reply = unwrap<Reply>(
      await call(
        saveSettings,
        `${base}/panels/${panelId}/settings`,
        { ...roundParams(), panelId },
        cookie,
        settings({
          name: "Winter panel renamed",
          reviewsNeeded: "2.5",
        }),
      ),
    );
    expect(reply.status).toBe(400);
    expect(reply.data.errors.reviewsNeeded?.key).toBe("panels:setup.errors.reviewsNeeded");
    expect(reply.data.values.name).toBe("Winter panel renamed");
    expect((await db().panel.findUniqueOrThrow({ where: { id: panelId } })).name).toBe(
      "Winter panel",
    );
  });
});

describe("inviting members", () => {
  let panelId = "";
  beforeAll(async () => {
    panelId = await newPanel(settings({ name: "Invitations panel" }));
  });

  it("emails the invitation in the invitee's language; a new person joins with the role", async () => {
    expect(
      location(
        await manage(panelId, {
          intent: "invite",
          email: " Oksana@Example.org ",
          role: "COMMUNITY_REVIEWER",
          locale: "uk",
        }),
      ),
    ).toBe(`${base}/panels/${panelId}?done=invited`);
    const { mail, token } = await invitationEmail("oksana@example.org");
    expect(mail.locale).toBe("uk");
    expect(mail.subject).toMatch(/комісії/);
    const invitation = await db().panelInvitation.findFirstOrThrow({ where: { panelId } });
    expect(invitation).toMatchObject({ email: "oksana@example.org", role: "COMMUNITY_REVIEWER" });
    expect(invitation.tokenHash).not.toContain(token);
    const days = (invitation.expiresAt.getTime() - invitation.createdAt.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(14);
    expect((await setupPage(panelId)).invitations.map((row) => row.email)).toEqual([
      "oksana@example.org",
    ]);

    const signedOut = unwrap<{ state: string; signedInAs: string | null }>(
      await call(invitationPage, `/panel-invitations/${token}`, { token }, null),
    );
    expect(signedOut.data).toMatchObject({ state: "pending", signedInAs: null });

    // The first sign-in code makes her account; she has none before.
    expect(await db().user.count({ where: { email: "oksana@example.org" } })).toBe(0);
    const oksana = await db().user.create({ data: { email: "oksana@example.org", locale: "uk" } });
    const herCookie = await signedInCookie(oksana.id);
    expect(
      location(
        await call(acceptInvitation, `/panel-invitations/${token}`, { token }, herCookie, {}),
      ),
    ).toBe(`/panels/${panelId}`);
    const member = await db().panelMember.findUniqueOrThrow({
      where: { panelId_userId: { panelId, userId: oksana.id } },
    });
    expect(member.role).toBe("COMMUNITY_REVIEWER");
    const page = (await call(panelPage, `/panels/${panelId}`, { panelId }, herCookie)) as Awaited<
      ReturnType<typeof panelPage>
    >;
    expect(page.name).toBe("Invitations panel");
    expect((await setupPage(panelId)).members.map((row) => row.email)).toContain(
      "oksana@example.org",
    );
    expect(
      unwrap(await call(acceptInvitation, `/panel-invitations/${token}`, { token }, herCookie, {}))
        .status,
    ).toBe(410);
  });

  it("refuses an invalid address next to the field, and a second invitation to the same person", async () => {
    const invalid = unwrap<Reply>(
      await manage(panelId, {
        intent: "invite",
        email: "not-an-address",
        role: "MEMBER",
        locale: "en",
      }),
    );
    expect(invalid.status).toBe(400);
    expect(invalid.data.errors.email?.key).toBe("panels:members.errors.emailInvalid");
    expect(invalid.data.values.email).toBe("not-an-address");

    await manage(panelId, {
      intent: "invite",
      email: "twice@example.org",
      role: "MEMBER",
      locale: "en",
    });
    const again = unwrap<Reply>(
      await manage(panelId, {
        intent: "invite",
        email: "twice@example.org",
        role: "MEMBER",
        locale: "en",
      }),
    );
    expect(again.status).toBe(400);
    expect(again.data.errors.email?.key).toBe("panels:members.errors.already-invited");
  });

  it("sends a fresh link on resend, after which the old one no longer works", async () => {
    await manage(panelId, {
      intent: "invite",
      email: "resend@example.org",
      role: "SPECIALIST",
      locale: "fr",
    });
    const first = await invitationEmail("resend@example.org");
    const pending = await db().panelInvitation.findFirstOrThrow({
      where: { panelId, email: "resend@example.org" },
    });
    expect(location(await manage(panelId, { intent: "resend", invitationId: pending.id }))).toBe(
      `${base}/panels/${panelId}?done=resent`,
    );
    const second = await invitationEmail("resend@example.org");
    expect(second.token).not.toBe(first.token);
    expect(second.mail.locale).toBe("fr");
    const old = first.token;
    expect(
      unwrap(await call(invitationPage, `/panel-invitations/${old}`, { token: old }, null)).status,
    ).toBe(410);
    const fresh = second.token;
    expect(
      unwrap<{ state: string }>(
        await call(invitationPage, `/panel-invitations/${fresh}`, { token: fresh }, null),
      ).data.state,
    ).toBe("pending");
  });

  it("cancels an invitation: its link stops working and it leaves the list", async () => {
    await manage(panelId, {
      intent: "invite",
      email: "revoke@example.org",
      role: "MEMBER",
      locale: "en",
    });
    const { token } = await invitationEmail("revoke@example.org");
    const invitation = await db().panelInvitation.findFirstOrThrow({
      where: { panelId, email: "revoke@example.org" },
    });
    expect(location(await manage(panelId, { intent: "revoke", invitationId: invitation.id }))).toBe(
      `${base}/panels/${panelId}?done=revoked`,
    );
    expect(
      unwrap(await call(invitationPage, `/panel-invitations/${token}`, { token }, null)).status,
    ).toBe(410);
    expect((await setupPage(panelId)).invitations.map((row) => row.email)).not.toContain(
      "revoke@example.org",
    );
    expect(
      await db().auditEvent.count({
        where: { entityId: panelId, action: "panels.invitation-revoked" },
      }),
    ).toBe(1);
  });
});

describe("changing and removing members", () => {
  let panelId = "";
  let member: { id: string; userId: string };
  let reviewerCookie = "";
  const applications: string[] = [];

  beforeAll(async () => {
    panelId = await newPanel(settings({ name: "Removal panel" }));
    const reviewer = await createUser("Rania", "ar");
    reviewerCookie = await signedInCookie(reviewer.id);
    member = await db().panelMember.create({
      data: { panelId, userId: reviewer.id, role: "MEMBER" },
    });
    for (let index = 0; index < 3; index++) {
      const application = await db().application.create({
        data: {
          reference: testReference(),
          potId: setup.pot.id,
          organisationId: setup.organisation.id,
          status: "SUBMITTED",
          answers: {},
          submittedAt: new Date(),
          submittedById: setup.owner.id,
          createdById: setup.owner.id,
        },
      });
      applications.push(application.id);
      await db().reviewAssignment.create({
        data: { panelId, applicationId: application.id, userId: reviewer.id },
      });
    }
    const rubric = await db().rubricVersion.create({ data: { panelId, version: 1, criteria: [] } });
    const review = (applicationId: string, status: "SUBMITTED" | "DRAFT") => ({
      panelId,
      applicationId,
      userId: reviewer.id,
      rubricVersionId: rubric.id,
      status,
      submittedAt: status === "SUBMITTED" ? new Date() : null,
    });
    await db().review.create({ data: review(applications[0]!, "SUBMITTED") });
    await db().review.create({ data: review(applications[1]!, "DRAFT") });
  });

  it("changes a member's role", async () => {
    expect(
      location(await manage(panelId, { intent: "role", memberId: member.id, role: "CHAIR" })),
    ).toBe(`${base}/panels/${panelId}?done=role`);
    expect((await db().panelMember.findUniqueOrThrow({ where: { id: member.id } })).role).toBe(
      "CHAIR",
    );
  });

  it("asks before removing, then keeps her submitted review, frees her other applications and shuts her out", async () => {
    const params = { ...roundParams(), panelId, memberId: member.id };
    const path = `${base}/panels/${panelId}/members/${member.id}/remove`;
    const confirm = (await call(removePage, path, params, cookie)) as Awaited<
      ReturnType<typeof removePage>
    >;
    expect(confirm.member.name).toBe("Rania");
    expect(await db().panelMember.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      removedAt: null,
    });

    expect(location(await call(removeMember, path, params, cookie, {}))).toBe(
      `${base}/panels/${panelId}?done=removed`,
    );
    const removed = await db().panelMember.findUniqueOrThrow({ where: { id: member.id } });
    expect(removed.removedAt).toBeInstanceOf(Date);
    const left = await db().reviewAssignment.findMany({
      where: { panelId, userId: member.userId },
    });
    expect(left.map((assignment) => assignment.applicationId)).toEqual([applications[0]]);
    expect(
      (await db().review.findMany({ where: { panelId, userId: member.userId } }))
        .map((review) => review.status)
        .sort(),
    ).toEqual(["DRAFT", "SUBMITTED"]);
    expect((await setupPage(panelId)).members.map((row) => row.name)).not.toContain("Rania");

    const herPage = (await call(
      panelPage,
      `/panels/${panelId}`,
      { panelId },
      reviewerCookie,
    )) as Response;
    expect(herPage.status).toBe(403);
    const again = (await call(removePage, path, params, cookie)) as Response;
    expect(again.status).toBe(403);
    expect(
      await db().auditEvent.findFirstOrThrow({
        where: { entityId: panelId, action: "panels.member-removed" },
      }),
    ).toMatchObject({ detail: expect.objectContaining({ released: 2 }) });
  });
});
