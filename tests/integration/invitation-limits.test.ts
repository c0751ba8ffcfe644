import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { invitationLimits } from "~/domain/shared/invitation-limits";
import { action as workingGroupAction } from "~/routes/fund.$funderId.schemes.$schemeId.forms.working-group";
import { action as membersAction } from "~/routes/organisations.$organisationId_.members";
import { action as panelAction } from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId._index";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { createOpenRound, createUser } from "../support/fixtures";
import { call } from "../support/panels";
import { signedInCookie, unwrap } from "../support/requests";

useTestDatabase();

type Refusal = { errors: Record<string, { key: string }> };
const MINUTE = 60_000;
const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE);
const token = () => randomBytes(16).toString("hex");

let setup: Awaited<ReturnType<typeof createOpenRound>>;
let panelId: string;
let staffCookie: string;
let ownerCookie: string;

beforeEach(async () => {
  setup = await createOpenRound();
  await db().funderMember.updateMany({
    where: { userId: setup.staff.id },
    data: { role: "ADMIN" },
  });
  panelId = (await db().panel.create({ data: { roundId: setup.round.id, name: "Panel" } })).id;
  staffCookie = await signedInCookie(setup.staff.id);
  ownerCookie = await signedInCookie(setup.owner.id);
});

/** Invitations written straight into the tables, as if sent earlier. */
async function sentEarlier(
  kind: "panel" | "working-group" | "organisation",
  count: number,
  by: string,
  at: Date,
) {
  const rows = Array.from({ length: count }, (_, index) => ({
    email: `earlier-${index}-${token()}@example.org`,
    tokenHash: token(),
    invitedById: by,
    locale: "en",
    expiresAt: new Date(Date.now() + 7 * 24 * 60 * MINUTE),
    createdAt: at,
  }));
  if (kind === "panel")
    await db().panelInvitation.createMany({
      data: rows.map((row) => ({ ...row, panelId, role: "MEMBER" as const })),
    });
  else if (kind === "working-group")
    await db().workingGroupMember.createMany({
      data: rows.map((row) => ({ ...row, schemeId: setup.scheme.id })),
    });
  else
    await db().organisationInvitation.createMany({
      data: rows.map((row) => ({
        ...row,
        organisationId: setup.organisation.id,
        role: "MEMBER" as const,
      })),
    });
}

const workingGroupPath = () =>
  `/fund/${setup.funder.id}/schemes/${setup.scheme.id}/forms/working-group`;
const inviteToWorkingGroup = (email: string) =>
  call(
    workingGroupAction,
    workingGroupPath(),
    { funderId: setup.funder.id, schemeId: setup.scheme.id },
    staffCookie,
    { intent: "invite", email, locale: "fr" },
  );
const inviteToPanel = (email: string) =>
  call(
    panelAction,
    `/fund/${setup.funder.id}/schemes/${setup.scheme.id}/rounds/${setup.round.id}/panels/${panelId}`,
    { funderId: setup.funder.id, schemeId: setup.scheme.id, roundId: setup.round.id, panelId },
    staffCookie,
    { intent: "invite", email, role: "MEMBER", locale: "en" },
  );
const inviteToGroup = (email: string, cookie = ownerCookie) =>
  call(
    membersAction,
    `/organisations/${setup.organisation.id}/members`,
    { organisationId: setup.organisation.id },
    cookie,
    { intent: "invite", email, role: "MEMBER", locale: "en" },
  );

async function emailsTo(email: string) {
  return db().outboundEmail.count({ where: { to: email } });
}

describe("invitation limits", () => {
  it("stops a person who sent the hourly number, counting every kind of invitation", async () => {
    const half = invitationLimits.senderPerHour / 2;
    await sentEarlier("panel", half, setup.staff.id, ago(10));
    await sentEarlier("working-group", half, setup.staff.id, ago(20));

    const refused = unwrap<Refusal & { values: Record<string, string> }>(
      await inviteToWorkingGroup("one.more@example.org"),
    );
    expect(refused.status).toBe(400);
    expect(refused.data.errors.email?.key).toBe("common:invitationLimits.sender-hour");
    // Nothing typed is lost, and nothing was sent.
    expect(refused.data.values).toMatchObject({ email: "one.more@example.org", locale: "fr" });
    expect(await emailsTo("one.more@example.org")).toBe(0);
    expect(await db().workingGroupMember.count({ where: { email: "one.more@example.org" } })).toBe(
      0,
    );

    // The same person cannot go round it through another kind of invitation.
    const panel = unwrap<Refusal>(await inviteToPanel("panel.person@example.org"));
    expect(panel.data.errors.email?.key).toBe("common:invitationLimits.sender-hour");
  });

  it("lets her invite again once her invitations are more than an hour old", async () => {
    await sentEarlier("panel", invitationLimits.senderPerHour, setup.staff.id, ago(61));
    expect(
      unwrap<{ invited?: string }>(await inviteToWorkingGroup("later@example.org")).data.invited,
    ).toBe("later@example.org");
    expect(await emailsTo("later@example.org")).toBe(1);
  });

  it("stops a person for the day, however her invitations are spread over it", async () => {
    await sentEarlier("panel", invitationLimits.senderPerDay, setup.staff.id, ago(5 * 60));
    const refused = unwrap<Refusal>(await inviteToPanel("tomorrow@example.org"));
    expect(refused.data.errors.email?.key).toBe("common:invitationLimits.sender-day");
    expect(await db().panelInvitation.count({ where: { email: "tomorrow@example.org" } })).toBe(0);
  });

  it("limits a funder by day, whichever of its staff sends", async () => {
    const colleagues = await Promise.all([createUser("Colleague"), createUser("Another")]);
    const share = invitationLimits.funderPerDay / 2;
    await sentEarlier("panel", share, colleagues[0].id, ago(3 * 60));
    await sentEarlier("working-group", share, colleagues[1].id, ago(3 * 60));
    const refused = unwrap<Refusal>(await inviteToPanel("one.too.many@example.org"));
    expect(refused.data.errors.email?.key).toBe("common:invitationLimits.funder-day");
  });

  it("limits a group by day, and says so by the email field of its members page", async () => {
    const other = await createUser("Other");
    await sentEarlier("organisation", invitationLimits.organisationPerDay, other.id, ago(30));
    const refused = unwrap<Refusal>(await inviteToGroup("friend@example.org"));
    expect(refused.status).toBe(400);
    expect(refused.data.errors.email?.key).toBe("common:invitationLimits.organisation-day");
    expect(await emailsTo("friend@example.org")).toBe(0);
  });

  it("counts sending an invitation again as another invitation", async () => {
    expect(unwrap(await inviteToGroup("resend.me@example.org")).status).toBe(200);
    const invitation = await db().organisationInvitation.findFirstOrThrow({
      where: { email: "resend.me@example.org" },
    });
    await sentEarlier("organisation", invitationLimits.senderPerHour, setup.owner.id, ago(1));
    const refused = unwrap<Refusal>(
      await call(
        membersAction,
        `/organisations/${setup.organisation.id}/members`,
        { organisationId: setup.organisation.id },
        ownerCookie,
        { intent: "resend", invitationId: invitation.id },
      ),
    );
    expect(refused.data.errors.invitations?.key).toBe("common:invitationLimits.sender-hour");
    expect(await emailsTo("resend.me@example.org")).toBe(1);
  });
});
