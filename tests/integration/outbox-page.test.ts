import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDemo } from "../support/demo-world";
import * as outboxPage from "~/routes/admin.outbox";
import { db } from "~/services/platform/db.server";
import { FAILED_PAGE_SIZE } from "~/services/outbox/failed-emails.server";
import { enqueueEmail } from "~/services/platform/outbox.server";
import { useTestDatabase } from "../support/database";
import { call, expectStatus, payload, signIns } from "../support/panels";

useTestDatabase();

const as = signIns();
const admin = "admin@example.org";
type Page = Awaited<ReturnType<typeof outboxPage.loader>>;

const open = async (email: string | null, query = "") =>
  call(outboxPage.loader, `/admin/outbox${query}`, {}, await as(email));
const post = async (email: string | null, form: Record<string, string>) =>
  call(outboxPage.action, "/admin/outbox", {}, await as(email), form);

let counter = 0;
/** An email the worker gave up on, as it would leave it. */
async function failedEmail(to: string, lastError = "550 5.1.1 No such mailbox") {
  counter += 1;
  const email = await db().$transaction((tx) =>
    enqueueEmail(tx, {
      to,
      locale: "en",
      template: "sign-in-code",
      payload: { code: "482913" },
      dedupeKey: `outbox-page:${counter}`,
    }),
  );
  await db().outboundEmail.update({
    where: { id: email.id },
    data: { status: "FAILED", attempts: 1, lastError },
  });
  return email.id;
}

beforeAll(async () => {
  await seedDemo(db());
});

beforeEach(async () => {
  await db().outboundEmail.deleteMany();
});

describe("the outbox page", () => {
  it("shows a platform admin each failed email: address, kind, error and tries, never the code", async () => {
    await failedEmail("typo@exmaple.org");
    await db().$transaction((tx) =>
      enqueueEmail(tx, {
        to: "waiting@example.org",
        locale: "en",
        template: "sign-in-code",
        payload: { code: "111111" },
        dedupeKey: "outbox-page:pending",
      }),
    );

    const page = (await open(admin)) as Page;
    expect(page.total).toBe(1);
    expect(page.emails).toEqual([
      expect.objectContaining({
        to: "typo@exmaple.org",
        template: "sign-in-code",
        error: "550 5.1.1 No such mailbox",
        attempts: 1,
      }),
    ]);
    expect(JSON.stringify(page)).not.toContain("482913");
  });

  it("is for platform admins alone", async () => {
    await failedEmail("someone@example.org");
    for (const person of ["grace@example.org", "amina@example.org", "nadia@example.org"]) {
      expectStatus(await open(person), 403);
      expectStatus(await post(person, { intent: "retry-all" }), 403);
    }
    const signedOut = await open(null);
    expectStatus(signedOut, 302);
    expect((signedOut as Response).headers.get("Location")).toContain("/sign-in");
    expect(await db().outboundEmail.count({ where: { status: "FAILED" } })).toBe(1);
  });

  it("puts one email back in the queue for a fresh round of tries, audited", async () => {
    const id = await failedEmail("retry.me@example.org");
    const other = await failedEmail("leave.me@example.org");

    const reply = await post(admin, { intent: "retry", emailId: id });
    expectStatus(reply, 302);
    expect((reply as Response).headers.get("Location")).toBe("/admin/outbox?retried=1");

    const retried = await db().outboundEmail.findUniqueOrThrow({ where: { id } });
    expect(retried.status).toBe("PENDING");
    expect(retried.attempts).toBe(0);
    expect(retried.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect((await db().outboundEmail.findUniqueOrThrow({ where: { id: other } })).status).toBe(
      "FAILED",
    );
    const adminUser = await db().user.findUniqueOrThrow({ where: { email: admin } });
    const event = await db().auditEvent.findFirstOrThrow({
      where: { action: "outbox.email-retried", entityId: id },
    });
    expect(event.actorId).toBe(adminUser.id);
    expect(event.entityType).toBe("email");

    const page = (await open(admin, "?retried=1")) as Page;
    expect(page.retried).toBe(1);
    expect(page.emails.map((email) => email.to)).toEqual(["leave.me@example.org"]);
  });

  it("does not queue again an email already retried or sent, when the button is pressed twice", async () => {
    const id = await failedEmail("twice@example.org");
    expectStatus(await post(admin, { intent: "retry", emailId: id }), 302);
    await db().outboundEmail.update({ where: { id }, data: { status: "SENT" } });

    const again = await post(admin, { intent: "retry", emailId: id });
    expectStatus(again, 302);
    expect((again as Response).headers.get("Location")).toBe("/admin/outbox?not-failed");
    expect((await db().outboundEmail.findUniqueOrThrow({ where: { id } })).status).toBe("SENT");
    expect(
      await db().auditEvent.count({ where: { action: "outbox.email-retried", entityId: id } }),
    ).toBe(1);

    const missing = await post(admin, { intent: "retry", emailId: "no-such-email" });
    expect((missing as Response).headers.get("Location")).toBe("/admin/outbox?not-failed");
  });

  it("retries every failed email at once, each audited", async () => {
    const ids = [
      await failedEmail("one@example.org"),
      await failedEmail("two@example.org"),
      await failedEmail("three@example.org"),
    ];
    const reply = await post(admin, { intent: "retry-all" });
    expect((reply as Response).headers.get("Location")).toBe("/admin/outbox?retried=3");
    expect(await db().outboundEmail.count({ where: { id: { in: ids }, status: "PENDING" } })).toBe(
      3,
    );
    expect(
      await db().auditEvent.count({
        where: { action: "outbox.email-retried", entityId: { in: ids } },
      }),
    ).toBe(3);
    expect(((await open(admin)) as Page).total).toBe(0);
  });

  it("answers a post it cannot read with a message, not an error page", async () => {
    const forms: Record<string, string>[] = [
      {},
      { intent: "retry" },
      { intent: "delete", emailId: "x" },
    ];
    for (const form of forms) {
      const reply = payload<{ errors: Record<string, { key: string }> }>(await post(admin, form));
      expect(reply.status).toBe(400);
      expect(Object.values(reply.data.errors)[0]?.key).toBe("outbox:errors.choose");
    }
  });

  it("pages a long list without repeating an email, and treats a strange page number as the first", async () => {
    for (let i = 0; i < FAILED_PAGE_SIZE + 3; i++) await failedEmail(`many${i}@example.org`);
    const first = (await open(admin)) as Page;
    expect(first.total).toBe(FAILED_PAGE_SIZE + 3);
    expect(first.pages).toBe(2);
    expect(first.emails).toHaveLength(FAILED_PAGE_SIZE);
    const second = (await open(admin, "?page=2")) as Page;
    expect(second.emails).toHaveLength(3);
    const seen = new Set([...first.emails, ...second.emails].map((email) => email.id));
    expect(seen.size).toBe(FAILED_PAGE_SIZE + 3);
    for (const query of ["?page=-4", "?page=abc", "?page=1.5"]) {
      expect(((await open(admin, query)) as Page).page).toBe(1);
    }
  });
});
