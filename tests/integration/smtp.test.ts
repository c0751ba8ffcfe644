import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/services/platform/db.server";
import { resetConfigForTests } from "~/services/platform/env.server";
import { translatorFor } from "~/services/platform/i18n.server";
import { deliverDueEmails } from "~/services/platform/mail-worker.server";
import { useTransportForTests } from "~/services/platform/mailer.server";
import { issueSignInCode } from "~/services/platform/sign-in-codes.server";
import { useTestDatabase } from "../support/database";

useTestDatabase();

type Received = { from: string | undefined; to: string[]; raw: string };
const received: Received[] = [];

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      received.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
        to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        raw: Buffer.concat(chunks).toString("utf8"),
      });
      callback();
    });
  },
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  resetConfigForTests();
  useTransportForTests(undefined);
});

afterAll(async () => {
  useTransportForTests(undefined);
  delete process.env.SMTP_URL;
  resetConfigForTests();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

// --- A small MIME reader, so the check does not rely on the library that wrote the mail ---

function decodeQuotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, "");
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i]!, "utf8"));
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words: =?UTF-8?B?...?= and =?UTF-8?Q?...?= */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(
      /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g,
      (_match, _charset: string, encoding: string, encoded: string) =>
        encoding.toUpperCase() === "B"
          ? Buffer.from(encoded, "base64").toString("utf8")
          : decodeQuotedPrintable(encoded.replace(/_/g, " ")).toString("utf8"),
    );
}

type Part = { headers: Map<string, string>; body: string };

function parseEntity(raw: string): Part {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, " ");
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  if (encoding === "base64")
    return Buffer.from(part.body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") return decodeQuotedPrintable(part.body).toString("utf8");
  return part.body;
}

/** Every leaf part of a message, by content type, decoded. */
function leafParts(entity: Part): { type: string; text: string }[] {
  const contentType = entity.headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!contentType.toLowerCase().startsWith("multipart/") || !boundary) {
    return [{ type: contentType.split(";")[0]!.trim().toLowerCase(), text: decodeBody(entity) }];
  }
  const sections = entity.body.split(`--${boundary}`).slice(1);
  return sections
    .filter((section) => !section.startsWith("--"))
    .flatMap((section) => leafParts(parseEntity(section.replace(/^\r?\n/, ""))));
}

describe("sending a sign-in code over real SMTP", () => {
  it("delivers the code in Ukrainian, as text and HTML, and wipes the stored copy", async () => {
    const email = "olha@example.org";
    await issueSignInCode(email, "uk");
    const queued = await db().outboundEmail.findFirstOrThrow({ where: { to: email } });
    const { code } = queued.payload as { code: string };
    expect(code).toMatch(/^\d{6}$/);
    const expectedSubject = (await translatorFor("uk"))("emails:signInCode.subject", { code });
    expect(expectedSubject).toMatch(/[\u0400-\u04FF]/);

    expect(await deliverDueEmails()).toEqual({ sent: 1, failed: 0 });

    const messages = received.filter((message) => message.to.includes(email));
    expect(messages).toHaveLength(1);
    const message = parseEntity(messages[0]!.raw);
    expect(messages[0]!.from).toBe("no-reply@withfund.localhost");
    expect(decodeHeader(message.headers.get("subject") ?? "")).toBe(expectedSubject);
    expect(message.headers.get("to")).toContain(email);
    expect(message.headers.get("message-id")).toBe(`<${queued.id}@localhost>`);

    const parts = leafParts(message);
    const plain = parts.find((part) => part.type === "text/plain");
    const html = parts.find((part) => part.type === "text/html");
    expect(plain?.text).toContain(code);
    expect(plain?.text).toMatch(/[\u0400-\u04FF]/);
    expect(html?.text).toContain(code);
    expect(html?.text).toContain('lang="uk"');

    const sent = await db().outboundEmail.findUniqueOrThrow({ where: { id: queued.id } });
    expect(sent.status).toBe("SENT");
    expect(sent.attempts).toBe(1);
    // A delivered code is not kept readable in the database, not even in its subject.
    expect(sent.textBody).toBeNull();
    expect(sent.htmlBody).toBeNull();
    expect(sent.payload).toEqual({});
    expect(sent.subject).toBeNull();
  });

  it("keeps the email pending with the server's error when SMTP refuses it", async () => {
    const refusing = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onRcptTo(_address, _session, callback) {
        callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
      },
    });
    await new Promise<void>((resolve) => refusing.listen(0, "127.0.0.1", resolve));
    const previous = process.env.SMTP_URL;
    try {
      process.env.SMTP_URL = `smtp://127.0.0.1:${(refusing.server.address() as AddressInfo).port}`;
      resetConfigForTests();
      useTransportForTests(undefined);

      await issueSignInCode("bounced@example.org", "en");
      expect(await deliverDueEmails()).toEqual({ sent: 0, failed: 1 });
      const email = await db().outboundEmail.findFirstOrThrow({
        where: { to: "bounced@example.org" },
      });
      expect(email.status).toBe("PENDING");
      expect(email.attempts).toBe(1);
      expect(email.lastError).toMatch(/550|Mailbox unavailable/);
      expect(email.textBody).not.toBeNull();
    } finally {
      process.env.SMTP_URL = previous;
      resetConfigForTests();
      useTransportForTests(undefined);
      await new Promise<void>((resolve) => refusing.close(() => resolve()));
    }
  });
});
