import type { Transporter } from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inviteWorkingGroupMember } from "~/services/forms/working-group.server";
import { inviteMember } from "~/services/organisations/invitations.server";
import { invitePanelMember } from "~/services/panels/panel-invitations.server";
import { db } from "~/services/platform/db.server";
import { deliverDueEmails } from "~/services/platform/mail-worker.server";
import { useTransportForTests } from "~/services/platform/mailer.server";
import { useTestDatabase } from "../support/database";
import { createOpenRound } from "../support/fixtures";
import { deliveredText } from "../support/sealed-email";

useTestDatabase();

type Sent = { to: string; subject: string; text: string; html: string };
const sent: Sent[] = [];
let setup: Awaited<ReturnType<typeof createOpenRound>>;

beforeAll(async () => {
  useTransportForTests({
    async sendMail(message: Sent) {
      sent.push(message);
      return { messageId: `m-${sent.length}` };
    },
  } as unknown as Transporter);
  setup = await createOpenRound();
  await db().funderMember.updateMany({
    where: { userId: setup.staff.id },
    data: { role: "ADMIN" },
  });
});

afterAll(() => useTransportForTests(undefined));

async function queueOneOfEach() {
  const { staff, owner, organisation, funder, scheme, round } = setup;
  const panel = await db().panel.create({ data: { roundId: round.id, name: "Panel" } });
  const inviter = { id: staff.id, name: staff.name, email: staff.email };
  await inviteMember({
    organisationId: organisation.id,
    inviter: { id: owner.id, name: owner.name, email: owner.email },
    email: "new.member@example.org",
    role: "OWNER",
    locale: "en",
  });
  await invitePanelMember({
    panelId: panel.id,
    funderId: funder.id,
    inviter,
    email: "new.reviewer@example.org",
    role: "CHAIR",
    locale: "fa",
  });
  await inviteWorkingGroupMember({
    actor: {
      ...inviter,
      isPlatformAdmin: false,
      funders: [{ funderId: funder.id, role: "ADMIN" }],
      organisations: [],
      panels: [],
    },
    funderId: funder.id,
    schemeId: scheme.id,
    email: "new.voice@example.org",
    locale: "uk",
  });
  return db().outboundEmail.findMany({
    where: {
      to: { in: ["new.member@example.org", "new.reviewer@example.org", "new.voice@example.org"] },
    },
  });
}

const tokenIn = (text: string) =>
  /\/(?:invitations|panel-invitations|working-group)\/([A-Za-z0-9_-]{40,})/.exec(text)?.[1];

describe("invitation links in the outbox", () => {
  it("are never readable in a waiting email, and arrive whole in the one delivered", async () => {
    const queued = await queueOneOfEach();
    expect(queued.map((email) => email.template).sort()).toEqual([
      "organisation-invitation",
      "panel-invitation",
      "working-group-invitation",
    ]);
    const tokens: string[] = [];
    for (const email of queued) {
      const token = tokenIn(await deliveredText(email));
      expect(token, email.template).toBeDefined();
      tokens.push(token!);
      // Payload, subject and bodies alike: a copy of the table cannot be used to join.
      expect(JSON.stringify(email), email.template).not.toContain(token);
      expect(email.textBody).toBeNull();
      expect(email.htmlBody).toBeNull();
      expect(email.subject, email.template).toBeTruthy();
    }

    expect(await deliverDueEmails()).toMatchObject({ failed: 0 });
    for (const [index, email] of queued.entries()) {
      const message = sent.find((m) => m.to === email.to)!;
      expect(message.subject).toBe(email.subject);
      expect(message.text).toContain(tokens[index]);
      expect(message.html).toContain(tokens[index]);
      const after = await db().outboundEmail.findUniqueOrThrow({ where: { id: email.id } });
      expect(after.status).toBe("SENT");
      // Delivered invitations are wiped like sign-in codes.
      expect(JSON.stringify(after)).not.toContain(tokens[index]);
      expect(after.textBody).toBeNull();
    }
  });
});
