import type { Transporter } from "nodemailer";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { MAX_DELIVERY_ATTEMPTS } from "~/domain/shared/email-delivery";
import { db } from "~/services/platform/db.server";
import { deliverDueEmails } from "~/services/platform/mail-worker.server";
import { useTransportForTests } from "~/services/platform/mailer.server";
import { enqueueEmail } from "~/services/platform/outbox.server";
import { useTestDatabase } from "../support/database";

useTestDatabase();

type Sent = { to: string; subject: string; text: string; html: string; messageId: string };

/** Stands in for SMTP: records every message, or fails every send while `failWith` is set. */
function fakeTransport() {
  const sent: Sent[] = [];
  const transport = {
    failWith: null as string | null,
    sent,
    async sendMail(message: Sent) {
      // Yield to the event loop, so two workers running at once really interleave.
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (transport.failWith) throw new Error(transport.failWith);
      sent.push(message);
      return { messageId: message.messageId };
    },
  };
  useTransportForTests(transport as unknown as Transporter);
  return transport;
}

async function enqueue(to: string, dedupeKey = `test:${to}`, code = "123456") {
  return db().$transaction((tx) =>
    enqueueEmail(tx, { to, locale: "en", template: "sign-in-code", payload: { code }, dedupeKey }),
  );
}

beforeEach(async () => {
  await db().outboundEmail.deleteMany();
});

afterAll(() => {
  useTransportForTests(undefined);
});

describe("writing email to the outbox", () => {
  it("writes nothing when the transaction that caused the email rolls back", async () => {
    await expect(
      db().$transaction(async (tx) => {
        await enqueueEmail(tx, {
          to: "rolled.back@example.org",
          locale: "en",
          template: "sign-in-code",
          payload: { code: "111111" },
          dedupeKey: "rollback",
        });
        expect(await tx.outboundEmail.count({ where: { dedupeKey: "rollback" } })).toBe(1);
        throw new Error("the event failed");
      }),
    ).rejects.toThrow("the event failed");
    expect(await db().outboundEmail.count()).toBe(0);
  });

  it("keeps one email for one cause, however often it is enqueued", async () => {
    const first = await enqueue("twice@example.org", "cause-1", "111111");
    const second = await enqueue("twice@example.org", "cause-1", "222222");
    expect(second.id).toBe(first.id);
    expect(await db().outboundEmail.count()).toBe(1);
    const stored = await db().outboundEmail.findFirstOrThrow();
    expect(stored.textBody).toContain("111111");
    expect(stored.textBody).not.toContain("222222");
  });

  it("renders the email when it is written, in the recipient's language", async () => {
    const email = await db().$transaction((tx) =>
      enqueueEmail(tx, {
        to: "reader@example.org",
        locale: "ar",
        template: "sign-in-code",
        payload: { code: "654321" },
        dedupeKey: "ar",
      }),
    );
    expect(email.status).toBe("PENDING");
    expect(email.locale).toBe("ar");
    expect(email.subject).toContain("654321");
    expect(email.htmlBody).toContain('dir="rtl"');
  });

  it("writes in English when the language is unknown", async () => {
    const email = await db().$transaction((tx) =>
      enqueueEmail(tx, {
        to: "someone@example.org",
        locale: "xx",
        template: "sign-in-code",
        payload: { code: "654321" },
        dedupeKey: "xx",
      }),
    );
    expect(email.locale).toBe("en");
  });
});

describe("delivering the outbox", () => {
  it("sends a pending email once and marks it sent", async () => {
    const transport = fakeTransport();
    const { id } = await enqueue("once@example.org");

    expect(await deliverDueEmails()).toEqual({ sent: 1, failed: 0 });
    expect(transport.sent).toHaveLength(1);
    expect(transport.sent[0]).toMatchObject({ to: "once@example.org" });
    expect(transport.sent[0]!.text).toContain("123456");
    expect(transport.sent[0]!.subject).toContain("123456");

    const email = await db().outboundEmail.findUniqueOrThrow({ where: { id } });
    expect(email.status).toBe("SENT");
    expect(email.sentAt).not.toBeNull();
    expect(email.attempts).toBe(1);
    expect(email.messageId).toContain(id);

    expect(await deliverDueEmails()).toEqual({ sent: 0, failed: 0 });
    expect(transport.sent).toHaveLength(1);
  });

  it("sends each email exactly once when two workers run at the same time", async () => {
    const transport = fakeTransport();
    const recipients = Array.from({ length: 10 }, (_, i) => `concurrent${i}@example.org`);
    for (const to of recipients) await enqueue(to);

    const results = await Promise.all([deliverDueEmails(), deliverDueEmails()]);
    expect(results[0]!.sent + results[1]!.sent).toBe(recipients.length);
    expect(transport.sent.map((m) => m.to).sort()).toEqual([...recipients].sort());
    expect(await db().outboundEmail.count({ where: { status: "SENT" } })).toBe(recipients.length);
  });

  it("tries again 30 seconds after a failure, and not before", async () => {
    const transport = fakeTransport();
    transport.failWith = "421 mail server busy";
    const { id } = await enqueue("retry@example.org");

    const now = new Date();
    expect(await deliverDueEmails(now)).toEqual({ sent: 0, failed: 1 });
    const failed = await db().outboundEmail.findUniqueOrThrow({ where: { id } });
    expect(failed.status).toBe("PENDING");
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toContain("421 mail server busy");
    expect(failed.lockedUntil).toBeNull();
    expect(failed.nextAttemptAt.getTime()).toBe(now.getTime() + 30_000);

    transport.failWith = null;
    expect(await deliverDueEmails(new Date(now.getTime() + 29_000))).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(transport.sent).toHaveLength(0);

    expect(await deliverDueEmails(new Date(now.getTime() + 30_000))).toEqual({
      sent: 1,
      failed: 0,
    });
    const delivered = await db().outboundEmail.findUniqueOrThrow({ where: { id } });
    expect(delivered.status).toBe("SENT");
    expect(delivered.attempts).toBe(2);
    expect(delivered.lastError).toBeNull();
  });

  it(`gives up after ${MAX_DELIVERY_ATTEMPTS} failures and never tries again`, async () => {
    const transport = fakeTransport();
    transport.failWith = "451 mailbox busy";
    const { id } = await enqueue("gone@example.org");

    let now = new Date();
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      expect(await deliverDueEmails(now)).toEqual({ sent: 0, failed: 1 });
      const email = await db().outboundEmail.findUniqueOrThrow({ where: { id } });
      expect(email.attempts).toBe(attempt);
      expect(email.status).toBe(attempt < MAX_DELIVERY_ATTEMPTS ? "PENDING" : "FAILED");
      now = new Date(email.nextAttemptAt.getTime() + 1);
    }

    transport.failWith = null;
    const muchLater = new Date(now.getTime() + 7 * 24 * 60 * 60 * 1000);
    expect(await deliverDueEmails(muchLater)).toEqual({ sent: 0, failed: 0 });
    expect(transport.sent).toHaveLength(0);
    const email = await db().outboundEmail.findUniqueOrThrow({ where: { id } });
    expect(email.status).toBe("FAILED");
    expect(email.attempts).toBe(MAX_DELIVERY_ATTEMPTS);
    expect(email.lastError).toContain("451 mailbox busy");
  });

  it("leaves an email alone while another worker holds its claim", async () => {
    const transport = fakeTransport();
    const { id } = await enqueue("claimed@example.org");
    const now = new Date();
    await db().outboundEmail.update({
      where: { id },
      data: { lockedUntil: new Date(now.getTime() + 60_000) },
    });

    expect(await deliverDueEmails(now)).toEqual({ sent: 0, failed: 0 });
    // A worker that crashed mid-send loses its claim once it runs out.
    expect(await deliverDueEmails(new Date(now.getTime() + 61_000))).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(transport.sent).toHaveLength(1);
  });
});
