import { beforeEach, describe, expect, it } from "vitest";
import {
  invitationByToken,
  inviteMember,
  resendInvitation,
  revokeInvitation,
} from "~/services/organisations/invitations.server";
import {
  invitePanelMember,
  resendPanelInvitation,
  revokePanelInvitation,
} from "~/services/panels/panel-invitations.server";
import { db } from "~/services/platform/db.server";
import { hashInvitationToken } from "~/services/platform/invitations.server";
import {
  acceptTeamInvitation,
  inviteToTeam,
  resendTeamInvitation,
  teamInvitationByToken,
} from "~/services/teams/team-invitations.server";
import { useTestDatabase } from "../support/database";
import { createOpenRound } from "../support/fixtures";

useTestDatabase();

/**
 * The kinds of invitation share one lifecycle; these are the places where a kind keeps its own
 * rule, so that folding them together changes none of them.
 */

let setup: Awaited<ReturnType<typeof createOpenRound>>;
let panelId: string;

beforeEach(async () => {
  setup = await createOpenRound();
  await db().funderMember.updateMany({
    where: { userId: setup.staff.id },
    data: { role: "ADMIN" },
  });
  panelId = (await db().panel.create({ data: { roundId: setup.round.id, name: "Panel" } })).id;
});

const inviter = () => ({ id: setup.owner.id, name: setup.owner.name, email: setup.owner.email });
const staff = () => ({ id: setup.staff.id, name: setup.staff.name, email: setup.staff.email });
const longAgo = new Date("2020-01-01T00:00:00Z");

/** A link written straight into a table, as if sent earlier: one token we know. */
const earlier = (email: string, expiresAt: Date) => ({
  email,
  tokenHash: hashInvitationToken(`token-${email}`),
  invitedById: setup.staff.id,
  locale: "en",
  expiresAt,
});

describe("sending a link again", () => {
  it("works for a group's invitation cancelled by hand, but not for a panel's", async () => {
    const toGroup = await inviteMember({
      organisationId: setup.organisation.id,
      inviter: inviter(),
      email: "cancelled@example.org",
      role: "MEMBER",
      locale: "en",
    });
    if (!toGroup.ok) throw new Error(toGroup.reason);
    await revokeInvitation({
      organisationId: setup.organisation.id,
      invitationId: toGroup.invitationId,
      actorId: setup.owner.id,
    });
    const group = await resendInvitation({
      organisationId: setup.organisation.id,
      invitationId: toGroup.invitationId,
      inviter: inviter(),
    });
    expect(group.ok).toBe(true);

    const toPanel = await invitePanelMember({
      panelId,
      funderId: setup.funder.id,
      inviter: staff(),
      email: "cancelled@example.org",
      role: "MEMBER",
      locale: "en",
    });
    if (!toPanel.ok) throw new Error(toPanel.reason);
    const input = { panelId, funderId: setup.funder.id, invitationId: toPanel.invitationId };
    await revokePanelInvitation({ ...input, actorId: setup.staff.id });
    expect(await resendPanelInvitation({ ...input, inviter: staff() })).toEqual({
      ok: false,
      reason: "not-found",
    });
  });

  it("leaves a group's expired link reading expired, and cancels a team's", async () => {
    const organisationId = setup.organisation.id;
    await db().organisationInvitation.create({
      data: { ...earlier("late@example.org", longAgo), organisationId, role: "MEMBER" },
    });
    const waiting = await db().organisationInvitation.create({
      data: {
        ...earlier("late@example.org", new Date(Date.now() + 86_400_000)),
        tokenHash: hashInvitationToken("token-waiting"),
        organisationId,
        role: "MEMBER",
      },
    });
    await resendInvitation({ organisationId, invitationId: waiting.id, inviter: inviter() });
    expect(await invitationByToken("token-late@example.org")).toEqual({ state: "expired" });
    expect(await invitationByToken("token-waiting")).toEqual({ state: "revoked" });

    const funderId = setup.funder.id;
    const expiredTeam = await db().funderInvitation.create({
      data: { ...earlier("late@example.org", longAgo), funderId, role: "VIEWER" },
    });
    const resent = await resendTeamInvitation({
      funderId,
      invitationId: expiredTeam.id,
      inviter: staff(),
    });
    expect(resent.ok).toBe(true);
    expect(await teamInvitationByToken("token-late@example.org")).toEqual({ state: "revoked" });
  });

  it("records what each kind has always recorded", async () => {
    const sent = await inviteToTeam({
      funderId: setup.funder.id,
      inviter: staff(),
      email: "audit@example.org",
      role: "VIEWER",
      locale: "fr",
    });
    if (!sent.ok) throw new Error(sent.reason);
    await resendTeamInvitation({
      funderId: setup.funder.id,
      invitationId: sent.invitationId,
      inviter: staff(),
    });
    const events = await db().auditEvent.findMany({
      where: { funderId: setup.funder.id, action: { startsWith: "teams." } },
      orderBy: { createdAt: "asc" },
    });
    expect(
      events.map((event) => [event.action, Object.keys(event.detail as object).sort()]),
    ).toEqual([
      ["teams.member-invited", ["email", "invitationId", "locale", "role"]],
      ["teams.invitation-resent", ["invitationId", "previousInvitationId"]],
    ]);
  });
});

describe("a funder's team link", () => {
  it("reads as cancelled, and cannot be used, once the funder is deactivated", async () => {
    const funderId = setup.funder.id;
    await db().funderInvitation.create({
      data: {
        ...earlier("closed@example.org", new Date(Date.now() + 86_400_000)),
        funderId,
        role: "VIEWER",
      },
    });
    await db().funder.update({ where: { id: funderId }, data: { deactivatedAt: new Date() } });
    expect(await teamInvitationByToken("token-closed@example.org")).toEqual({ state: "revoked" });
    expect(await acceptTeamInvitation("token-closed@example.org", setup.owner)).toEqual({
      ok: false,
      state: "revoked",
    });
    expect(await db().funderMember.count({ where: { funderId, userId: setup.owner.id } })).toBe(0);
  });
});
