import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loader as homeLoader } from "~/routes/_index";
import { action as demoSignIn } from "~/routes/demo.sign-in";
import { loader as mailboxLoader } from "~/routes/dev.mailbox._index";
import { loader as emailLoader } from "~/routes/dev.mailbox.$emailId._index";
import { loader as emailHtmlLoader } from "~/routes/dev.mailbox.$emailId.html";
import { action as requestCode } from "~/routes/sign-in._index";
import { db } from "~/services/platform/db.server";
import { resetConfigForTests } from "~/services/platform/env.server";
import { deliverDueEmails } from "~/services/platform/mail-worker.server";
import { getUserId } from "~/services/platform/session.server";
import { useTestDatabase } from "../support/database";
import { cookiesFrom, makeRequest, run } from "../support/requests";

useTestDatabase();

const saved = { ...process.env };

function setEnv(values: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetConfigForTests();
}

afterAll(() => {
  process.env = saved;
  resetConfigForTests();
});

let adminId: string;
let aminaId: string;

beforeAll(async () => {
  adminId = (
    await db().user.create({
      data: { email: "admin@example.org", name: "Sam Admin", isPlatformAdmin: true },
    })
  ).id;
  aminaId = (await db().user.create({ data: { email: "amina@example.org", name: "Amina" } })).id;
});

beforeEach(async () => {
  setEnv({ DEMO_MODE: "true", HOST: undefined });
  await db().outboundEmail.deleteMany();
});

async function askForCode(email: string, cookie?: string) {
  const response = (await run(
    requestCode,
    makeRequest("/sign-in", { form: { email, redirectTo: "/my" }, cookie }),
  )) as Response;
  expect(response.status).toBe(302);
  return cookiesFrom(response, cookie);
}

type MailboxRow = { id: string; to: string; subject: string | null };

async function mailbox(cookie?: string): Promise<MailboxRow[]> {
  const page = (await run(mailboxLoader, makeRequest("/dev/mailbox", { cookie }))) as {
    emails: MailboxRow[];
  };
  return page.emails;
}

async function openEmail(id: string, cookie?: string) {
  return run(emailLoader, makeRequest(`/dev/mailbox/${id}`, { cookie }), { emailId: id });
}

describe("the demo mailbox, outside demo mode", () => {
  it("does not exist, even when NODE_ENV is development or not set at all", async () => {
    for (const nodeEnv of ["development", undefined]) {
      setEnv({
        DEMO_MODE: "false",
        NODE_ENV: nodeEnv,
        SESSION_SECRET: "s".repeat(32),
        SMTP_URL: "smtp://mail.example.org",
        APP_URL: "https://grants.example.org",
      });
      const response = (await run(mailboxLoader, makeRequest("/dev/mailbox"))) as Response;
      expect(response.status).toBe(404);
    }
    setEnv({
      NODE_ENV: "test",
      SESSION_SECRET: undefined,
      SMTP_URL: undefined,
      APP_URL: undefined,
    });
  });
});

describe("the demo mailbox, in demo mode", () => {
  it("shows emails to the demo people and to addresses this browser asked a code for, and no others", async () => {
    const stranger = "someone.real@mail.example";
    const mine = "me.trying.the.demo@mail.example";
    await askForCode(stranger);
    await askForCode("amina@example.org");
    const cookie = await askForCode(mine);

    const seenByMe = (await mailbox(cookie)).map((row) => row.to);
    expect(seenByMe).toContain("amina@example.org");
    expect(seenByMe).toContain(mine);
    expect(seenByMe).not.toContain(stranger);

    const seenByOthers = (await mailbox()).map((row) => row.to);
    expect(seenByOthers).toEqual(["amina@example.org"]);

    const strangersEmail = await db().outboundEmail.findFirstOrThrow({ where: { to: stranger } });
    expect(await openEmail(strangersEmail.id, cookie)).toHaveProperty("status", 404);
    const html = await run(
      emailHtmlLoader,
      makeRequest(`/dev/mailbox/${strangersEmail.id}/html`, { cookie }),
      { emailId: strangersEmail.id },
    );
    expect(html).toHaveProperty("status", 404);
  });

  it("keeps no copy of a delivered code, and shows it only to the browser that asked", async () => {
    const mine = "code.reader@mail.example";
    const cookie = await askForCode(mine);
    const other = await askForCode(mine);
    await deliverDueEmails();

    const stored = await db().outboundEmail.findMany({ where: { to: mine } });
    expect(stored).toHaveLength(2);
    for (const row of stored) {
      expect(row.status).toBe("SENT");
      expect(row.subject).toBeNull();
      expect(row.textBody).toBeNull();
      expect(row.htmlBody).toBeNull();
      expect(row.payload).toEqual({});
    }

    const [newest, first] = await db().outboundEmail.findMany({
      where: { to: mine },
      orderBy: { createdAt: "desc" },
    });
    const mineFirst = (await openEmail(first!.id, cookie)) as { text: string; subject: string };
    expect(mineFirst.text).toMatch(/^\d{6}$/m);
    expect(mineFirst.subject).toMatch(/\d{6}/);

    // The second browser asked for the newer code: it reads that one, not the first.
    const otherNewest = (await openEmail(newest!.id, other)) as { text: string | null };
    expect(otherNewest.text).toMatch(/^\d{6}$/m);
    const otherFirst = (await openEmail(first!.id, other)) as { text: string | null };
    expect(otherFirst.text).toBeNull();

    const rows = await mailbox(other);
    expect(rows.find((row) => row.id === first!.id)?.subject).toBeNull();
  });

  it("does not let a forged memory claim another browser's code", async () => {
    const cookie = await askForCode("forger@mail.example");
    await deliverDueEmails();
    const tampered = cookie.replace(/__demo_mailbox=([^;.]+)/, (_, value: string) => {
      const decoded = JSON.parse(Buffer.from(decodeURIComponent(value), "base64").toString());
      decoded.addresses.push("victim@mail.example");
      return `__demo_mailbox=${encodeURIComponent(Buffer.from(JSON.stringify(decoded)).toString("base64"))}`;
    });
    expect(tampered).not.toBe(cookie);
    await askForCode("victim@mail.example");
    expect((await mailbox(tampered)).map((row) => row.to)).not.toContain("victim@mail.example");
  });
});

describe("the demo platform admin", () => {
  it("is offered and signed in as when the server listens on this computer only (the demo default)", async () => {
    const home = (await run(homeLoader, makeRequest("/"))) as { demoPeople: { id: string }[] };
    expect(home.demoPeople.map((person) => person.id)).toContain(adminId);
    const response = (await run(
      demoSignIn,
      makeRequest("/demo/sign-in", { form: { userId: adminId } }),
    )) as Response;
    expect(response.status).toBe(302);
    expect(await getUserId(makeRequest("/", { cookie: cookiesFrom(response) }))).toBe(adminId);
  });

  it("is never offered, signed in as, or readable in the mailbox when others can reach the server", async () => {
    for (const host of ["0.0.0.0", "::", "192.168.1.20"]) {
      setEnv({ HOST: host });
      const home = (await run(homeLoader, makeRequest("/"))) as { demoPeople: { id: string }[] };
      expect(home.demoPeople.map((person) => person.id)).not.toContain(adminId);
      expect(home.demoPeople.map((person) => person.id)).toContain(aminaId);

      const response = (await run(
        demoSignIn,
        makeRequest("/demo/sign-in", { form: { userId: adminId } }),
      )) as Response;
      expect(response.status).toBe(404);

      const cookie = await askForCode("admin@example.org");
      const rows = await mailbox(cookie);
      expect(rows.map((row) => row.to)).not.toContain("admin@example.org");
      const email = await db().outboundEmail.findFirstOrThrow({
        where: { to: "admin@example.org" },
        orderBy: { createdAt: "desc" },
      });
      expect(await openEmail(email.id, cookie)).toHaveProperty("status", 404);
    }
  });

  it("still lets the other demo people sign in with one click when others can reach the server", async () => {
    setEnv({ HOST: "0.0.0.0" });
    const response = (await run(
      demoSignIn,
      makeRequest("/demo/sign-in", { form: { userId: aminaId } }),
    )) as Response;
    expect(response.status).toBe(302);
  });
});
