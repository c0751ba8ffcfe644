/**
 * Email under faults: the real mail worker and SMTP client against an SMTP server in this
 * process that misbehaves in each way a real one can. What must hold: no email is lost, none
 * is sent twice where SMTP lets the sender know it arrived, and a permanent refusal stops the
 * retries and leaves the email FAILED for a platform admin to see.
 */
import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_DELIVERY_ATTEMPTS } from "~/domain/shared/email-delivery";
import { db } from "~/services/platform/db.server";
import { resetConfigForTests } from "~/services/platform/env.server";
import { deliverDueEmails } from "~/services/platform/mail-worker.server";
import { smtpTransport, useTransportForTests } from "~/services/platform/mailer.server";
import { enqueueEmail } from "~/services/platform/outbox.server";
import { useTestDatabase } from "../support/database";

useTestDatabase();

const SHORT_WAITS = { connectionMs: 400, greetingMs: 400, socketMs: 400 };

type Received = { to: string[]; messageId: string | undefined };

type FaultyServer = {
  port: number;
  /** Messages the server took in full and acknowledged with a 2xx. */
  accepted: Received[];
  /** Messages whose whole body arrived, acknowledged or not. */
  arrived: Received[];
  close: () => Promise<void>;
};

type Hooks = {
  /** Answers RCPT TO; return an SMTP error to refuse the recipient. */
  rcpt?: (attempt: number) => Error | null;
  /** After the whole message arrived: "accept", an SMTP error, or "never" to stay silent. */
  afterData?: (attempt: number) => Error | "never" | "accept";
  /** Drops the connection after this many bytes of the message. */
  dropAfterBytes?: (attempt: number) => number | null;
};

const smtpError = (code: number, text: string) =>
  Object.assign(new Error(text), { responseCode: code });

const messageIdOf = (raw: string) => /^message-id:\s*(.+)$/im.exec(raw)?.[1]?.trim();

async function faultyServer(hooks: Hooks = {}, port = 0): Promise<FaultyServer> {
  const accepted: Received[] = [];
  const arrived: Received[] = [];
  const sockets = new Set<Socket>();
  let rcptAttempts = 0;
  let dataAttempts = 0;
  const options: SMTPServerOptions = {
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      rcptAttempts += 1;
      callback(hooks.rcpt?.(rcptAttempts) ?? undefined);
    },
    onData(stream, session, callback) {
      dataAttempts += 1;
      const attempt = dataAttempts;
      const dropAfter = hooks.dropAfterBytes?.(attempt) ?? null;
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (dropAfter !== null && size >= dropAfter) for (const socket of sockets) socket.destroy();
      });
      stream.on("end", () => {
        if (dropAfter !== null) return;
        const received = {
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          messageId: messageIdOf(Buffer.concat(chunks).toString("utf8")),
        };
        arrived.push(received);
        const answer = hooks.afterData?.(attempt) ?? "accept";
        if (answer === "never") return;
        if (answer === "accept") {
          accepted.push(received);
          callback();
        } else callback(answer);
      });
    },
  };
  const server = new SMTPServer(options);
  server.server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    accepted,
    arrived,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port where nothing listens: connecting is refused. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** A server that takes the connection and never says a word. */
async function silentServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Sends through the app's own SMTP transport, with waits short enough for a test. */
function sendTo(port: number) {
  useTransportForTests(smtpTransport(`smtp://127.0.0.1:${port}`, SHORT_WAITS));
}

let counter = 0;
async function enqueue(to: string) {
  counter += 1;
  const email = await db().$transaction((tx) =>
    enqueueEmail(tx, {
      to,
      locale: "en",
      template: "suggestion-answered",
      payload: {
        schemeTitle: "Riverside Together",
        decision: "ACCEPTED",
        suggestion: "Ask about childcare",
        reply: "Thank you",
        link: "http://localhost:3000/consultations",
      },
      dedupeKey: `faults:${counter}`,
    }),
  );
  return email.id;
}

const row = (id: string) => db().outboundEmail.findUniqueOrThrow({ where: { id } });
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

const cleanUps: (() => Promise<void>)[] = [];

beforeEach(async () => {
  await db().outboundEmail.deleteMany();
  resetConfigForTests();
});

afterEach(async () => {
  useTransportForTests(undefined);
  vi.restoreAllMocks();
  while (cleanUps.length) await cleanUps.pop()!();
});

async function started(hooks: Hooks = {}, port = 0) {
  const server = await faultyServer(hooks, port);
  cleanUps.push(server.close);
  sendTo(server.port);
  return server;
}

describe("email under faults", () => {
  it("keeps an email while the mail server refuses connections, and sends it once it is back", async () => {
    const port = await closedPort();
    sendTo(port);
    const id = await enqueue("refused@example.org");
    const now = new Date();

    expect(await deliverDueEmails(now)).toEqual({ sent: 0, failed: 1 });
    const waiting = await row(id);
    expect(waiting.status).toBe("PENDING");
    expect(waiting.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(waiting.nextAttemptAt).toEqual(later(now, 30_000));

    const server = await started({}, port);
    expect(await deliverDueEmails(later(now, 30_000))).toEqual({ sent: 1, failed: 0 });
    expect(server.accepted.map((m) => m.to)).toEqual([["refused@example.org"]]);
    expect((await row(id)).status).toBe("SENT");
  });

  it("tries again when the server never greets, and sends once it answers", async () => {
    const silent = await silentServer();
    cleanUps.push(silent.close);
    sendTo(silent.port);
    const id = await enqueue("slow@example.org");
    const now = new Date();

    expect(await deliverDueEmails(now)).toEqual({ sent: 0, failed: 1 });
    const waiting = await row(id);
    expect(waiting.status).toBe("PENDING");
    expect(waiting.lastError).toMatch(/greeting|timeout/i);

    const server = await started();
    expect(await deliverDueEmails(later(now, 30_000))).toEqual({ sent: 1, failed: 0 });
    expect(server.accepted).toHaveLength(1);
  });

  it("tries again after a 4xx and sends exactly one copy when the server then accepts", async () => {
    const server = await started({
      rcpt: (attempt) => (attempt === 1 ? smtpError(451, "Try again later") : null),
    });
    const id = await enqueue("greylisted@example.org");
    const now = new Date();

    expect(await deliverDueEmails(now)).toEqual({ sent: 0, failed: 1 });
    const deferred = await row(id);
    expect(deferred.status).toBe("PENDING");
    expect(deferred.attempts).toBe(1);
    expect(deferred.lastError).toContain("451");
    expect(deferred.nextAttemptAt).toEqual(later(now, 30_000));
    expect(await deliverDueEmails(later(now, 29_000))).toEqual({ sent: 0, failed: 0 });

    expect(await deliverDueEmails(later(now, 30_000))).toEqual({ sent: 1, failed: 0 });
    const sent = await row(id);
    expect(sent.status).toBe("SENT");
    expect(sent.attempts).toBe(2);
    expect(sent.lastError).toBeNull();
    expect(server.accepted).toHaveLength(1);
    expect(server.arrived).toHaveLength(1);
  });

  it("tries again when the server refuses the message with a 4xx after reading it", async () => {
    const server = await started({
      afterData: (attempt) => (attempt === 1 ? smtpError(452, "Insufficient storage") : "accept"),
    });
    const id = await enqueue("full@example.org");
    const now = new Date();

    expect(await deliverDueEmails(now)).toEqual({ sent: 0, failed: 1 });
    expect((await row(id)).status).toBe("PENDING");
    expect(await deliverDueEmails(later(now, 30_000))).toEqual({ sent: 1, failed: 0 });
    // The first copy was refused, so the receiving server keeps one.
    expect(server.accepted).toHaveLength(1);
  });

  it("fails an email at once on a 5xx, never tries it again, and still sends the others", async () => {
    const server = await started({
      rcpt: () => null,
    });
    // Refuse only the unknown mailbox; the same batch holds good addresses.
    const refusing = await started({
      rcpt: () => smtpError(550, "No such mailbox"),
    });
    sendTo(refusing.port);
    const badId = await enqueue("nobody@example.org");
    const now = new Date();
    expect(await deliverDueEmails(now)).toEqual({ sent: 0, failed: 1 });
    const failed = await row(badId);
    expect(failed.status).toBe("FAILED");
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toContain("550");

    sendTo(server.port);
    const goodId = await enqueue("somebody@example.org");
    const muchLater = later(now, 30 * 24 * 60 * 60 * 1000);
    expect(await deliverDueEmails(muchLater)).toEqual({ sent: 1, failed: 0 });
    expect(server.accepted.map((m) => m.to)).toEqual([["somebody@example.org"]]);
    expect((await row(goodId)).status).toBe("SENT");
    expect((await row(badId)).status).toBe("FAILED");
  });

  it("fails an email whose content the server refuses for good with a 5xx", async () => {
    const server = await started({ afterData: () => smtpError(554, "Message rejected") });
    const id = await enqueue("rejected@example.org");
    expect(await deliverDueEmails()).toEqual({ sent: 0, failed: 1 });
    const failed = await row(id);
    expect(failed.status).toBe("FAILED");
    expect(failed.lastError).toContain("554");
    expect(server.accepted).toHaveLength(0);
  });

  it("tries again when the connection drops mid-message, and one whole copy arrives", async () => {
    const server = await started({ dropAfterBytes: (attempt) => (attempt === 1 ? 200 : null) });
    const id = await enqueue("dropped@example.org");
    const now = new Date();

    expect(await deliverDueEmails(now)).toEqual({ sent: 0, failed: 1 });
    const waiting = await row(id);
    expect(waiting.status).toBe("PENDING");
    expect(waiting.lastError).not.toBeNull();
    expect(server.arrived).toHaveLength(0);

    expect(await deliverDueEmails(later(now, 30_000))).toEqual({ sent: 1, failed: 0 });
    expect(server.accepted).toHaveLength(1);
    expect(server.arrived).toHaveLength(1);
    expect((await row(id)).status).toBe("SENT");
  });

  it("sends again when the server went silent after the whole message, under the same Message-ID", async () => {
    // SMTP cannot tell us whether a message the server never acknowledged was kept. Sending
    // it again is the only way not to lose it; the stable Message-ID lets the receiving
    // side drop the copy (decision 0041).
    const server = await started({ afterData: (attempt) => (attempt === 1 ? "never" : "accept") });
    const id = await enqueue("silent@example.org");
    const now = new Date();

    expect(await deliverDueEmails(now)).toEqual({ sent: 0, failed: 1 });
    expect((await row(id)).status).toBe("PENDING");
    expect(await deliverDueEmails(later(now, 30_000))).toEqual({ sent: 1, failed: 0 });

    expect(server.arrived).toHaveLength(2);
    expect(server.accepted).toHaveLength(1);
    expect(server.arrived[0]!.messageId).toBeDefined();
    expect(server.arrived[1]!.messageId).toBe(server.arrived[0]!.messageId);
  });

  it("never sends again an email the server accepted, when recording it fails for a moment", async () => {
    const server = await started();
    const id = await enqueue("accepted@example.org");
    const outbox = db().outboundEmail;
    const update = outbox.update.bind(outbox);
    let failures = 0;
    const flaky = (args: Parameters<typeof update>[0]) => {
      if (failures === 0) {
        failures += 1;
        return Promise.reject(new Error("database busy"));
      }
      return update(args);
    };
    vi.spyOn(outbox, "update").mockImplementation(flaky as unknown as typeof update);

    expect(await deliverDueEmails()).toEqual({ sent: 1, failed: 0 });
    expect(failures).toBe(1);
    vi.restoreAllMocks();
    const sent = await row(id);
    expect(sent.status).toBe("SENT");
    expect(await deliverDueEmails(later(new Date(), 24 * 60 * 60 * 1000))).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(server.accepted).toHaveLength(1);
  });

  it(`gives up on a server that stays down after ${MAX_DELIVERY_ATTEMPTS} attempts`, async () => {
    sendTo(await closedPort());
    const id = await enqueue("never@example.org");
    let now = new Date();
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      expect(await deliverDueEmails(now)).toEqual({ sent: 0, failed: 1 });
      now = later((await row(id)).nextAttemptAt, 1);
    }
    const failed = await row(id);
    expect(failed.status).toBe("FAILED");
    expect(failed.attempts).toBe(MAX_DELIVERY_ATTEMPTS);
  });
});
