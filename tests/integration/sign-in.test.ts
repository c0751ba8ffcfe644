import { describe, expect, it } from "vitest";
import { action as requestCode } from "~/routes/sign-in._index";
import { action as enterCode } from "~/routes/sign-in.code";
import { loader as signInPage } from "~/routes/sign-in._index";
import { action as passwordSignIn } from "~/routes/sign-in.password";
import { action as changeLanguage } from "~/routes/language";
import { hashPassword } from "~/services/platform/auth.server";
import { loader as myWork } from "~/routes/my";
import { action as signOut } from "~/routes/sign-out";
import { db } from "~/services/platform/db.server";
import { getUserId } from "~/services/platform/session.server";
import { verifySignInCode } from "~/services/platform/sign-in-codes.server";
import { MAX_ATTEMPTS } from "~/domain/accounts/one-time-code";
import { useTestDatabase } from "../support/database";
import {
  cookiesFrom,
  freshIp,
  makeRequest,
  run,
  signedInCookie as signedInCookieFor,
  unwrap,
} from "../support/requests";

useTestDatabase();

async function askForCode(email: string, options: { ip?: string; lng?: string } = {}) {
  return run(
    requestCode,
    makeRequest(`/sign-in${options.lng ? `?lng=${options.lng}` : ""}`, {
      form: { email, redirectTo: "/my" },
    }),
    {},
    options.ip,
  );
}

async function latestCode(email: string) {
  const mail = await db().outboundEmail.findFirstOrThrow({
    where: { to: email, template: "sign-in-code" },
    orderBy: { createdAt: "desc" },
  });
  return { code: (mail.payload as { code: string }).code, mail };
}

async function submitCode(email: string, code: string, cookie?: string, ip?: string) {
  return run(
    enterCode,
    makeRequest("/sign-in/code", {
      form: { email, code, redirectTo: "/my", locale: "en" },
      cookie,
    }),
    {},
    ip,
  );
}

type FieldErrorsPayload = {
  errors: Record<string, { key: string; values?: Record<string, unknown> }>;
};

describe("signing in with an emailed code", () => {
  it("emails a six-digit code, signs in with it, and creates the account on first use", async () => {
    const email = "New.Person@Example.org";
    const response = (await askForCode(email)) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toContain(
      "/sign-in/code?email=new.person%40example.org",
    );

    const { code, mail } = await latestCode("new.person@example.org");
    expect(code).toMatch(/^\d{6}$/);
    expect(mail.textBody).toContain(code);
    expect(await db().user.findUnique({ where: { email: "new.person@example.org" } })).toBeNull();

    const signedIn = (await submitCode("new.person@example.org", code)) as Response;
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get("Location")).toBe("/my");
    const cookie = cookiesFrom(signedIn);
    const userId = await getUserId(makeRequest("/", { cookie }));
    const user = await db().user.findUniqueOrThrow({ where: { email: "new.person@example.org" } });
    expect(userId).toBe(user.id);

    const page = await run(myWork, makeRequest("/my", { cookie }));
    expect(page).not.toBeInstanceOf(Response);
  });

  it("writes the code email in the language the person is using", async () => {
    await askForCode("arabic.reader@example.org", { lng: "ar" });
    const { mail } = await latestCode("arabic.reader@example.org");
    expect(mail.locale).toBe("ar");
    expect(mail.htmlBody).toContain('dir="rtl"');
  });

  it("accepts a code only once", async () => {
    const email = "once@example.org";
    await askForCode(email);
    const { code } = await latestCode(email);
    expect((await submitCode(email, code)) as Response).toHaveProperty("status", 302);
    const again = unwrap<FieldErrorsPayload>(await submitCode(email, code));
    expect(again.status).toBe(400);
    expect(again.data.errors.code?.key).toBe("verify.errors.used");
  });

  it("counts down wrong tries and refuses even the right code after five", async () => {
    const email = "guesser@example.org";
    await askForCode(email);
    const { code } = await latestCode(email);
    const wrong = code === "000000" ? "111111" : "000000";
    const first = unwrap<FieldErrorsPayload>(await submitCode(email, wrong));
    expect(first.data.errors.code).toEqual({ key: "verify.errors.wrong", values: { count: 4 } });
    for (let i = 0; i < 4; i++) await submitCode(email, wrong);
    const locked = unwrap<FieldErrorsPayload>(await submitCode(email, code));
    expect(locked.data.errors.code?.key).toBe("verify.errors.tooManyAttempts");
  });

  it("counts at most five tries per code, however many guesses arrive at the same moment", async () => {
    const email = "racer@example.org";
    await askForCode(email);
    const { code } = await latestCode(email);
    const wrong = code === "000000" ? "111111" : "000000";
    const results = await Promise.all([
      ...Array.from({ length: 20 }, () => verifySignInCode(email, wrong)),
      verifySignInCode(email, code),
    ]);
    const row = await db().oneTimeCode.findFirstOrThrow({ where: { email } });
    expect(row.attempts).toBeLessThanOrEqual(MAX_ATTEMPTS);
    const countedWrong = results.filter((r) => !r.ok && r.reason === "wrong").length;
    const accepted = results.filter((r) => r.ok).length;
    expect(countedWrong + accepted).toBeLessThanOrEqual(MAX_ATTEMPTS);
    // Whatever happened, the code is spent now: even the right code no longer works.
    expect((await verifySignInCode(email, code)).ok).toBe(false);
  });

  it("refuses the right code once it has expired, even if nobody tried it yet", async () => {
    const email = "expired.right@example.org";
    await askForCode(email);
    const { code } = await latestCode(email);
    await db().oneTimeCode.updateMany({
      where: { email },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect(await verifySignInCode(email, code)).toEqual({ ok: false, reason: "expired" });
  });

  it("limits code checks per email address, whatever connection they come from", async () => {
    const email = "spread.guesser@example.org";
    let last: unknown;
    for (let round = 0; round < 3; round++) {
      await askForCode(email, { ip: freshIp() });
      for (let i = 0; i < 5; i++) last = await submitCode(email, "999999", undefined, freshIp());
    }
    await askForCode(email, { ip: freshIp() });
    const { code } = await latestCode(email);
    const refused = unwrap<FieldErrorsPayload>(await submitCode(email, code, undefined, freshIp()));
    expect(last).toBeDefined();
    expect(refused.status).toBe(429);
    expect(refused.data.errors.code?.key).toBe("verify.errors.rateLimited");
  });

  it("refuses an expired code", async () => {
    const email = "late@example.org";
    await askForCode(email);
    const { code } = await latestCode(email);
    await db().oneTimeCode.updateMany({
      where: { email },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const result = unwrap<FieldErrorsPayload>(await submitCode(email, code));
    expect(result.data.errors.code?.key).toBe("verify.errors.expired");
  });

  it("only the newest code works after asking again", async () => {
    const email = "twice@example.org";
    await askForCode(email);
    const { code: first } = await latestCode(email);
    await askForCode(email);
    const { code: second } = await latestCode(email);
    if (first !== second) {
      const old = unwrap<FieldErrorsPayload>(await submitCode(email, first));
      expect(old.data.errors.code?.key).toBe("verify.errors.wrong");
    }
    expect((await submitCode(email, second)) as Response).toHaveProperty("status", 302);
  });

  it("rejects a badly formed email address next to the field", async () => {
    const result = unwrap<FieldErrorsPayload & { values: Record<string, string> }>(
      await askForCode("not-an-email"),
    );
    expect(result.status).toBe(400);
    expect(result.data.errors.email?.key).toBe("signIn.errors.emailInvalid");
    expect(result.data.values.email).toBe("not-an-email");
  });

  it("limits code requests per email address", async () => {
    const email = "flood@example.org";
    for (let i = 0; i < 5; i++) {
      expect(((await askForCode(email, { ip: freshIp() })) as Response).status).toBe(302);
    }
    const refused = unwrap<FieldErrorsPayload>(await askForCode(email, { ip: freshIp() }));
    expect(refused.status).toBe(429);
    expect(refused.data.errors.email?.key).toBe("signIn.errors.tooManyRequests");
    expect(await db().oneTimeCode.count({ where: { email } })).toBe(5);
  });

  it("limits code requests per connection across addresses", async () => {
    const ip = "198.51.100.7";
    let status = 0;
    for (let i = 0; i < 31; i++) {
      const result = await askForCode(`visitor${i}@example.org`, { ip });
      status = result instanceof Response ? result.status : unwrap(result).status;
    }
    expect(status).toBe(429);
  });
});

describe("sessions", () => {
  async function signIn(email: string, previousCookie?: string) {
    await askForCode(email);
    const { code } = await latestCode(email);
    const response = (await submitCode(email, code, previousCookie)) as Response;
    return cookiesFrom(response, previousCookie);
  }

  it("gives a new session id at sign-in and ends the old one", async () => {
    const first = await signIn("rotate@example.org");
    const second = await signIn("rotate@example.org", first);
    expect(second).not.toBe(first);
    expect(await getUserId(makeRequest("/", { cookie: first }))).toBeNull();
    expect(await getUserId(makeRequest("/", { cookie: second }))).not.toBeNull();
  });

  it("signs out this device, or every device", async () => {
    const phone = await signIn("devices@example.org");
    const laptop = await signIn("devices@example.org");
    const tablet = await signIn("devices@example.org");

    await run(signOut, makeRequest("/sign-out", { form: {}, cookie: phone }));
    expect(await getUserId(makeRequest("/", { cookie: phone }))).toBeNull();
    expect(await getUserId(makeRequest("/", { cookie: laptop }))).not.toBeNull();

    await run(signOut, makeRequest("/sign-out", { form: { everywhere: "yes" }, cookie: laptop }));
    expect(await getUserId(makeRequest("/", { cookie: tablet }))).toBeNull();
  });

  it("treats an expired session as signed out", async () => {
    const cookie = await signIn("expired@example.org");
    await db().session.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getUserId(makeRequest("/", { cookie }))).toBeNull();
  });

  it("sends signed-out visitors to sign in and back again", async () => {
    const response = (await run(myWork, makeRequest("/my?tab=2"))) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(
      `/sign-in?redirectTo=${encodeURIComponent("/my?tab=2")}`,
    );
  });
});

describe("where she is sent afterwards", () => {
  const outside = [
    "/\t/evil.example",
    "/%09/evil.example",
    "//evil.example",
    "/\\evil.example",
    "/%2F/evil.example",
    "https://evil.example/my",
    "javascript:alert(1)",
  ];

  it.each(outside)("stays on this site after signing in with a code (%j)", async (target) => {
    const email = `redirect.${outside.indexOf(target)}@example.org`;
    await askForCode(email);
    const { code } = await latestCode(email);
    const response = (await run(
      enterCode,
      makeRequest("/sign-in/code", { form: { email, code, redirectTo: target, locale: "en" } }),
    )) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/my");
  });

  it("stays on this site when a signed-in person opens the sign-in page", async () => {
    const user = await db().user.create({ data: { email: "already.in@example.org" } });
    const cookie = await signedInCookieFor(user.id);
    for (const target of outside) {
      const response = (await run(
        signInPage,
        makeRequest(`/sign-in?redirectTo=${encodeURIComponent(target)}`, { cookie }),
      )) as Response;
      expect(response.headers.get("Location")).toBe("/my");
    }
  });

  it("stays on this site after signing in with a password", async () => {
    const email = "password.redirect@example.org";
    await db().user.create({
      data: { email, passwordHash: await hashPassword("correct horse battery") },
    });
    const response = (await run(
      passwordSignIn,
      makeRequest("/sign-in/password", {
        form: { email, password: "correct horse battery", redirectTo: "/\t/evil.example" },
      }),
    )) as Response;
    expect(response.headers.get("Location")).toBe("/my");
  });

  it("answers an address that cannot be anyone's like a wrong password, never with an error", async () => {
    for (const email of ["nul\u0000@example.org", "no-at-sign", `${"a".repeat(250)}@example.org`]) {
      const result = await run(
        passwordSignIn,
        makeRequest("/sign-in/password", { form: { email, password: "whatever it is" } }),
      );
      const { status, data } = unwrap<{ errors: { password: { key: string } } }>(result);
      expect(status).toBe(400);
      expect(data.errors.password.key).toBe("password.errors.invalid");
    }
  });

  it("stays on this site after changing language, and keeps a path of its own", async () => {
    for (const target of outside) {
      const response = (await run(
        changeLanguage,
        makeRequest("/language", { form: { locale: "fr", redirectTo: target } }),
      )) as Response;
      expect(response.headers.get("Location")).toBe("/");
    }
    const response = (await run(
      changeLanguage,
      makeRequest("/language", { form: { locale: "fr", redirectTo: "/schemes?lng=ar&page=2" } }),
    )) as Response;
    expect(response.headers.get("Location")).toBe("/schemes?page=2");
  });
});
