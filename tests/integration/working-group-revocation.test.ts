import { beforeAll, describe, expect, it } from "vitest";
import { loader as consultationPage } from "~/routes/consultations.$versionId";
import {
  action as workingGroupAction,
  loader as workingGroupPage,
} from "~/routes/fund.$funderId.schemes.$schemeId.forms.working-group";
import {
  acceptWorkingGroupInvitation,
  consultationsFor,
} from "~/services/forms/working-group.server";
import { db } from "~/services/platform/db.server";
import { hashInvitationToken } from "~/services/platform/invitations.server";
import { useTestDatabase } from "../support/database";
import { createOpenRound, createUser } from "../support/fixtures";
import { call } from "../support/panels";
import { signedInCookie, unwrap } from "../support/requests";
import { deliveredText } from "../support/sealed-email";

useTestDatabase();

let setup: Awaited<ReturnType<typeof createOpenRound>>;
let staffCookie: string;
const params = () => ({ funderId: setup.funder.id, schemeId: setup.scheme.id });
const path = () => `/fund/${setup.funder.id}/schemes/${setup.scheme.id}/forms/working-group`;
const post = (form: Record<string, string>, cookie = staffCookie) =>
  call(workingGroupAction, path(), params(), cookie, form);
const list = async () =>
  unwrap<{ members: { id: string; email: string; state: string; canRevoke: boolean }[] }>(
    await call(workingGroupPage, path(), params(), staffCookie),
  ).data.members;
const openConsultation = (cookie: string) =>
  call(consultationPage, `/consultations/${setup.form.id}`, { versionId: setup.form.id }, cookie);

async function invitedToken(email: string) {
  unwrap(await post({ intent: "invite", email, locale: "en" }));
  const mail = await db().outboundEmail.findFirstOrThrow({
    where: { to: email, template: "working-group-invitation" },
    orderBy: { createdAt: "desc" },
  });
  return /\/working-group\/([A-Za-z0-9_-]+)/.exec(await deliveredText(mail))![1]!;
}

beforeAll(async () => {
  setup = await createOpenRound();
  staffCookie = await signedInCookie(setup.staff.id);
});

describe("taking someone out of the working group", () => {
  it("ends her access to the consultation at once, is audited, and the list shows it", async () => {
    const voice = await createUser("Samira");
    const token = await invitedToken("samira@example.org");
    expect((await acceptWorkingGroupInvitation(token, voice)).ok).toBe(true);
    const herCookie = await signedInCookie(voice.id);
    expect(unwrap(await openConsultation(herCookie)).status).toBe(200);
    expect(await consultationsFor(voice.id)).toHaveLength(1);

    const member = (await list()).find((row) => row.email === "samira@example.org")!;
    expect(member).toMatchObject({ state: "accepted", canRevoke: true });
    const done = unwrap<{ revoked?: true }>(await post({ intent: "revoke", memberId: member.id }));
    expect(done.data.revoked).toBe(true);

    // Same signed-in session, next request: refused.
    expect((await openConsultation(herCookie)) as Response).toMatchObject({ status: 403 });
    expect(await consultationsFor(voice.id)).toHaveLength(0);
    expect((await list()).find((row) => row.id === member.id)).toMatchObject({
      state: "removed",
      canRevoke: false,
    });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "forms.working-group-revoked", funderId: setup.funder.id },
    });
    expect(audit).toMatchObject({ actorId: setup.staff.id, entityId: setup.scheme.id });
    expect(audit.detail).toMatchObject({ memberId: member.id, wasMember: true });

    // Taking her out twice is a clear error, not a second audit row.
    const again = unwrap<{ errors: Record<string, { key: string }> }>(
      await post({ intent: "revoke", memberId: member.id }),
    );
    expect(again.data.errors.members?.key).toBe("forms:workingGroup.errors.memberGone");
    expect(await db().auditEvent.count({ where: { action: "forms.working-group-revoked" } })).toBe(
      1,
    );

    // Staff can invite her again; she is then a member afresh.
    const fresh = await invitedToken("samira@example.org");
    expect((await acceptWorkingGroupInvitation(fresh, voice)).ok).toBe(true);
    expect(unwrap(await openConsultation(herCookie)).status).toBe(200);
  });

  it("cancels an invitation nobody used, so its link no longer lets anyone in", async () => {
    const token = await invitedToken("not.yet@example.org");
    const row = await db().workingGroupMember.findUniqueOrThrow({
      where: { tokenHash: hashInvitationToken(token) },
    });
    expect(unwrap(await post({ intent: "revoke", memberId: row.id })).status).toBe(200);
    const someone = await createUser("Someone");
    expect(await acceptWorkingGroupInvitation(token, someone)).toEqual({
      ok: false,
      state: "revoked",
    });
    expect((await list()).find((member) => member.id === row.id)?.state).toBe("revoked");
  });

  it("cannot take out a member of another funder's scheme", async () => {
    const other = await createOpenRound();
    const voice = await createUser("Elsewhere");
    const row = await db().workingGroupMember.create({
      data: {
        schemeId: other.scheme.id,
        email: "elsewhere@example.org",
        tokenHash: `h-${voice.id}`,
        locale: "en",
        expiresAt: new Date(Date.now() + 86_400_000),
        acceptedAt: new Date(),
        userId: voice.id,
      },
    });
    const refused = unwrap<{ errors: Record<string, { key: string }> }>(
      await post({ intent: "revoke", memberId: row.id }),
    );
    expect(refused.status).toBe(400);
    expect(
      (await db().workingGroupMember.findUniqueOrThrow({ where: { id: row.id } })).revokedAt,
    ).toBeNull();
    // Her own funder's staff of another funder are refused the page altogether.
    const outsider = await signedInCookie(other.staff.id);
    expect(
      (await post({ intent: "revoke", memberId: row.id }, outsider)) as Response,
    ).toMatchObject({
      status: 403,
    });
  });
});
