import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../support/demo-world";
import { loader as rootLoader } from "~/root";
import { action as accountAction, loader as accountLoader } from "~/routes/account";
import { action as demoSignIn } from "~/routes/demo.sign-in";
import { action as languageAction } from "~/routes/language";
import { action as passwordSignIn } from "~/routes/sign-in.password";
import { db } from "~/services/platform/db.server";
import { resetConfigForTests } from "~/services/platform/env.server";
import { localeCookie } from "~/services/platform/i18n.server";
import { getUserId } from "~/services/platform/session.server";
import { useTestDatabase } from "../support/database";
import {
  cookiesFrom,
  freshIp,
  makeRequest,
  run,
  signedInCookie,
  unwrap,
} from "../support/requests";

useTestDatabase();

type AccountResult = {
  intent: string;
  errors?: Record<string, { key: string }>;
  values?: Record<string, string>;
  done?: string;
};

async function newUser(email: string, data: { name?: string; locale?: string } = {}) {
  return db().user.create({ data: { email, ...data } });
}

async function chosenLocale(response: Response) {
  const setCookie = response.headers.getSetCookie().find((header) => header.startsWith("lng="));
  expect(setCookie, "a lng cookie is set").toBeDefined();
  return localeCookie.parse(setCookie!.split(";")[0]!);
}

describe("choosing a language", () => {
  it("remembers the choice in a cookie and sends her back where she was", async () => {
    const response = (await run(
      languageAction,
      makeRequest("/language", { form: { locale: "ar", redirectTo: "/sign-in?redirectTo=%2Fmy" } }),
    )) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/sign-in?redirectTo=%2Fmy");
    expect(await chosenLocale(response)).toBe("ar");
    const cookie = response.headers.getSetCookie().find((header) => header.startsWith("lng="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it("saves the choice on her account when she is signed in", async () => {
    const user = await newUser("chooser@example.org", { locale: "en" });
    const cookie = await signedInCookie(user.id);
    const response = (await run(
      languageAction,
      makeRequest("/language", { form: { locale: "ar" }, cookie }),
    )) as Response;
    expect(response.status).toBe(302);
    expect(await chosenLocale(response)).toBe("ar");
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("ar");
  });

  it("drops a shared ?lng= from the page she returns to, so it does not undo her choice", async () => {
    const response = (await run(
      languageAction,
      makeRequest("/language", { form: { locale: "uk", redirectTo: "/fund/abc?lng=fa&tab=2" } }),
    )) as Response;
    expect(response.headers.get("Location")).toBe("/fund/abc?tab=2");
  });

  it("never sends her off to another site", async () => {
    for (const redirectTo of ["//evil.example/", "https://evil.example/", "/\\evil.example"]) {
      const response = (await run(
        languageAction,
        makeRequest("/language", { form: { locale: "fr", redirectTo } }),
      )) as Response;
      expect(response.headers.get("Location")).toBe("/");
    }
  });

  it("refuses a language it does not have with a 400", async () => {
    for (const locale of ["de", "", "AR"]) {
      const response = await run(languageAction, makeRequest("/language", { form: { locale } }));
      expect(response).toBeInstanceOf(Response);
      expect((response as Response).status).toBe(400);
      expect((response as Response).headers.getSetCookie()).toEqual([]);
    }
  });
});

describe("the language of a page", () => {
  async function localeFor(path: string, headers: Record<string, string> = {}, cookie?: string) {
    const result = await run(rootLoader, makeRequest(path, { headers, cookie }));
    return unwrap<{ locale: string }>(result).data.locale;
  }

  it("remembers the language of a shared link for the next pages", async () => {
    const result = await run(rootLoader, makeRequest("/?lng=ar"));
    const init = (result as unknown as { init?: { headers?: Record<string, string> } }).init;
    expect(init?.headers?.["Set-Cookie"]).toMatch(/^lng=/);
    expect(await localeCookie.parse(init!.headers!["Set-Cookie"]!)).toBe("ar");
  });

  it("follows ?lng= in a shared link", async () => {
    expect(await localeFor("/?lng=fa")).toBe("fa");
  });

  it("follows the lng cookie on later visits", async () => {
    const cookie = (await localeCookie.serialize("uk")).split(";")[0]!;
    expect(await localeFor("/", {}, cookie)).toBe("uk");
  });

  it("lets a shared link win over the cookie", async () => {
    const cookie = (await localeCookie.serialize("uk")).split(";")[0]!;
    expect(await localeFor("/?lng=es", {}, cookie)).toBe("es");
  });

  it("follows the browser's language on a first visit", async () => {
    expect(await localeFor("/", { "Accept-Language": "uk-UA,uk;q=0.9" })).toBe("uk");
    expect(await localeFor("/", { "Accept-Language": "ar" })).toBe("ar");
  });

  it("falls back to English for a language it does not have", async () => {
    expect(await localeFor("/", { "Accept-Language": "de-DE,de;q=0.9" })).toBe("en");
    expect(await localeFor("/?lng=xx")).toBe("en");
    expect(await localeFor("/")).toBe("en");
  });

  it("says who is signed in", async () => {
    const user = await newUser("root.reader@example.org", { name: "Root Reader" });
    const result = (await run(
      rootLoader,
      makeRequest("/", { cookie: await signedInCookie(user.id) }),
    )) as {
      user: { email: string; name: string | null } | null;
      demoMode: boolean;
    };
    expect(result.user).toEqual({ email: "root.reader@example.org", name: "Root Reader" });
    expect(result.demoMode).toBe(false);
  });
});

async function submit(form: Record<string, string>, cookie: string) {
  return run(accountAction, makeRequest("/account", { form, cookie }), {}, freshIp());
}

/** She asks the account page for a code and reads it from her email. */
async function emailedCode(email: string, cookie: string) {
  const { data } = unwrap<AccountResult>(await submit({ intent: "send-code" }, cookie));
  expect(data.done).toBe("account.codeSent");
  const mail = await db().outboundEmail.findFirstOrThrow({
    where: { to: email, template: "sign-in-code" },
    orderBy: { createdAt: "desc" },
  });
  return (mail.payload as { code: string }).code;
}

describe("the account page", () => {
  it("saves her name and language, records it, and shows the next page in that language", async () => {
    const user = await newUser("details@example.org", { locale: "en" });
    const cookie = await signedInCookie(user.id);
    const response = (await submit(
      { intent: "details", name: "  Layla Nasser  ", locale: "ar" },
      cookie,
    )) as Response;
    // A fresh page (post, redirect, get): the page she lands on is rendered in the new language.
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/account?saved=details");
    expect(await chosenLocale(response)).toBe("ar");

    const saved = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(saved.name).toBe("Layla Nasser");
    expect(saved.locale).toBe("ar");
    const events = await db().auditEvent.findMany({
      where: { actorId: user.id, action: "accounts.details-updated" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityType: "User", entityId: user.id });

    const next = cookiesFrom(response, cookie);
    const root = unwrap<{ locale: string }>(
      await run(rootLoader, makeRequest("/account?saved=details", { cookie: next })),
    );
    expect(root.data.locale).toBe("ar");
    const page = unwrap<{ saved: boolean; locale: string }>(
      await run(accountLoader, makeRequest("/account?saved=details", { cookie: next })),
    );
    expect(page.data).toMatchObject({ saved: true, locale: "ar" });
  });

  it("refuses a name over 100 characters and keeps what she typed", async () => {
    const user = await newUser("longname@example.org", { name: "Before", locale: "en" });
    const cookie = await signedInCookie(user.id);
    const longName = "A".repeat(101);
    const { data, status } = unwrap<AccountResult>(
      await submit({ intent: "details", name: longName, locale: "fr" }, cookie),
    );
    expect(status).toBe(400);
    expect(data.errors?.name?.key).toBe("account.errors.nameTooLong");
    expect(data.values).toMatchObject({ name: longName, locale: "fr" });

    const unchanged = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(unchanged).toMatchObject({ name: "Before", locale: "en" });
    expect(await db().auditEvent.count({ where: { actorId: user.id } })).toBe(0);
  });

  it("accepts a name of exactly 100 characters", async () => {
    const user = await newUser("hundred@example.org");
    const response = (await submit(
      { intent: "details", name: "B".repeat(100), locale: "en" },
      await signedInCookie(user.id),
    )) as Response;
    expect(response.status).toBe(302);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(
      "B".repeat(100),
    );
  });

  it("refuses a password whose confirmation differs, and never echoes passwords back", async () => {
    const user = await newUser("mismatch@example.org");
    const { data, status } = unwrap<AccountResult>(
      await submit(
        {
          intent: "password",
          newPassword: "correct horse battery",
          confirmPassword: "correct horse battery!",
        },
        await signedInCookie(user.id),
      ),
    );
    expect(status).toBe(400);
    expect(data.errors?.confirmPassword?.key).toBe("account.errors.passwordMismatch");
    expect(JSON.stringify(data)).not.toContain("correct horse");
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
  });

  it("sets a password she can then sign in with, and a wrong one is refused", async () => {
    const user = await newUser("password.user@example.org", { locale: "en" });
    const password = "a long enough passphrase";
    const cookie = await signedInCookie(user.id);
    const { data, status } = unwrap<AccountResult>(
      await submit(
        {
          intent: "password",
          newPassword: password,
          confirmPassword: password,
          code: await emailedCode(user.email, cookie),
        },
        cookie,
      ),
    );
    expect(status).toBe(200);
    expect(data.done).toBe("account.passwordSaved");
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(password);
    expect(
      await db().auditEvent.count({ where: { actorId: user.id, action: "accounts.password-set" } }),
    ).toBe(1);

    const signIn = (await run(
      passwordSignIn,
      makeRequest("/sign-in/password", {
        form: { email: "Password.User@example.org", password, redirectTo: "/account" },
      }),
      {},
      freshIp(),
    )) as Response;
    expect(signIn.status).toBe(302);
    expect(signIn.headers.get("Location")).toBe("/account");
    expect(await getUserId(makeRequest("/", { cookie: cookiesFrom(signIn) }))).toBe(user.id);

    const wrong = unwrap<{ errors: Record<string, { key: string }> }>(
      await run(
        passwordSignIn,
        makeRequest("/sign-in/password", {
          form: {
            email: "password.user@example.org",
            password: "not the passphrase",
            redirectTo: "/account",
          },
        }),
        {},
        freshIp(),
      ),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.data.errors.password?.key).toBe("password.errors.invalid");
  });

  it("signs her out on every device, and nobody else", async () => {
    const user = await newUser("everywhere@example.org");
    const other = await newUser("bystander@example.org");
    const phone = await signedInCookie(user.id);
    const laptop = await signedInCookie(user.id);
    const bystander = await signedInCookie(other.id);

    const response = (await submit({ intent: "sign-out-everywhere" }, laptop)) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/");
    expect(await getUserId(makeRequest("/", { cookie: phone }))).toBeNull();
    expect(await getUserId(makeRequest("/", { cookie: laptop }))).toBeNull();
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    expect(await getUserId(makeRequest("/", { cookie: bystander }))).toBe(other.id);
    expect(
      await db().auditEvent.count({
        where: { actorId: user.id, action: "accounts.signed-out-everywhere" },
      }),
    ).toBe(1);
  });

  it("sends a signed-out visitor to sign in instead of changing anything", async () => {
    const response = (await run(
      accountAction,
      makeRequest("/account", { form: { intent: "details", name: "X", locale: "en" } }),
    )) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(
      `/sign-in?redirectTo=${encodeURIComponent("/account")}`,
    );
  });
});

describe("demo sign-in", () => {
  beforeAll(async () => {
    await seedDemo(db());
  });

  afterEach(() => {
    delete process.env.DEMO_MODE;
    resetConfigForTests();
  });

  async function signInAs(userId: string) {
    return run(demoSignIn, makeRequest("/demo/sign-in", { form: { userId } }));
  }

  it("does not exist outside demo mode", async () => {
    const amina = await db().user.findUniqueOrThrow({ where: { email: "amina@example.org" } });
    const response = (await signInAs(amina.id)) as Response;
    expect(response.status).toBe(404);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it("signs in as a demo person in demo mode", async () => {
    process.env.DEMO_MODE = "true";
    resetConfigForTests();
    const amina = await db().user.findUniqueOrThrow({ where: { email: "amina@example.org" } });
    const response = (await signInAs(amina.id)) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/my");
    expect(await getUserId(makeRequest("/", { cookie: cookiesFrom(response) }))).toBe(amina.id);
    expect(await chosenLocale(response)).toBe("ar");
  });

  it("refuses, even in demo mode, to sign in as someone who is not a demo person", async () => {
    process.env.DEMO_MODE = "true";
    resetConfigForTests();
    const real = await newUser("real.person@example.org");
    const response = (await signInAs(real.id)) as Response;
    expect(response.status).toBe(404);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(((await signInAs("no-such-user")) as Response).status).toBe(404);
  });
});

describe("changing how she signs in", () => {
  const password = "a long enough passphrase";

  it("refuses to set a password without a fresh code or the current password, and says so by the field", async () => {
    const user = await newUser("no.proof@example.org");
    const { data, status } = unwrap<AccountResult>(
      await submit(
        { intent: "password", newPassword: password, confirmPassword: password },
        await signedInCookie(user.id),
      ),
    );
    expect(status).toBe(400);
    expect(data.errors?.code?.key).toBe("account.errors.proofMissing");
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
  });

  it("lists a missing code with the other problems of the form", async () => {
    const user = await newUser("many.problems@example.org");
    const { data } = unwrap<AccountResult>(
      await submit(
        { intent: "password", newPassword: "short", confirmPassword: "short" },
        await signedInCookie(user.id),
      ),
    );
    expect(Object.keys(data.errors ?? {}).sort()).toEqual(["code", "newPassword"]);
  });

  it("refuses a wrong code and counts it as a try", async () => {
    const user = await newUser("wrong.code@example.org");
    const cookie = await signedInCookie(user.id);
    const code = await emailedCode(user.email, cookie);
    const wrong = code === "000000" ? "111111" : "000000";
    const { data, status } = unwrap<{ errors: Record<string, { key: string; values?: unknown }> }>(
      await submit(
        { intent: "password", newPassword: password, confirmPassword: password, code: wrong },
        cookie,
      ),
    );
    expect(status).toBe(400);
    expect(data.errors.code).toEqual({ key: "verify.errors.wrong", values: { count: 4 } });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
  });

  it("sets the password with the emailed code, and signs her out on every other device", async () => {
    const user = await newUser("stolen.session@example.org");
    const here = await signedInCookie(user.id);
    const elsewhere = await signedInCookie(user.id);
    const code = await emailedCode(user.email, here);
    const { data } = unwrap<AccountResult>(
      await submit(
        { intent: "password", newPassword: password, confirmPassword: password, code },
        here,
      ),
    );
    expect(data.done).toBe("account.passwordSaved");
    expect(await getUserId(makeRequest("/", { cookie: here }))).toBe(user.id);
    expect(await getUserId(makeRequest("/", { cookie: elsewhere }))).toBeNull();
    // The code is spent.
    const again = unwrap<AccountResult>(
      await submit(
        { intent: "password", newPassword: password, confirmPassword: password, code },
        here,
      ),
    );
    expect(again.data.errors?.code?.key).toBe("verify.errors.used");
  });

  it("changes or removes a password with the current one instead of a code, and refuses a wrong one", async () => {
    const user = await newUser("has.password@example.org");
    const here = await signedInCookie(user.id);
    await submit(
      {
        intent: "password",
        newPassword: password,
        confirmPassword: password,
        code: await emailedCode(user.email, here),
      },
      here,
    );
    const wrong = unwrap<AccountResult>(
      await submit({ intent: "remove-password", removeCurrentPassword: "not it at all" }, here),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.data.errors?.removeCurrentPassword?.key).toBe(
      "account.errors.currentPasswordWrong",
    );
    expect(JSON.stringify(wrong.data)).not.toContain("not it at all");

    const elsewhere = await signedInCookie(user.id);
    const removed = unwrap<AccountResult>(
      await submit({ intent: "remove-password", removeCurrentPassword: password }, here),
    );
    expect(removed.data.done).toBe("account.passwordRemoved");
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
    expect(await getUserId(makeRequest("/", { cookie: elsewhere }))).toBeNull();
    expect(await getUserId(makeRequest("/", { cookie: here }))).toBe(user.id);
    expect(
      await db().auditEvent.count({
        where: { actorId: user.id, action: "accounts.password-removed" },
      }),
    ).toBe(1);
  });

  it("refuses to remove a password without a code or the current password", async () => {
    const user = await db().user.create({
      data: {
        email: "keep.password@example.org",
        passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$x$y",
      },
    });
    const { data, status } = unwrap<AccountResult>(
      await submit({ intent: "remove-password" }, await signedInCookie(user.id)),
    );
    expect(status).toBe(400);
    expect(data.errors?.removeCode?.key).toBe("account.errors.proofMissing");
    expect(
      (await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash,
    ).not.toBeNull();
  });
});

describe("how long a session lasts", () => {
  it("ends 30 days after she signed in, however often she came back", async () => {
    const user = await newUser("long.session@example.org");
    const cookie = await signedInCookie(user.id);
    const day = 24 * 60 * 60 * 1000;
    await db().session.updateMany({
      where: { userId: user.id },
      data: {
        createdAt: new Date(Date.now() - 30 * day - 1000),
        lastSeenAt: new Date(Date.now() - 60 * 1000),
        expiresAt: new Date(Date.now() + 29 * day),
      },
    });
    expect(await getUserId(makeRequest("/", { cookie }))).toBeNull();
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("does not stretch past 30 days when she comes back on day 29", async () => {
    const user = await newUser("day29@example.org");
    const cookie = await signedInCookie(user.id);
    const day = 24 * 60 * 60 * 1000;
    const createdAt = new Date(Date.now() - 29 * day);
    await db().session.updateMany({
      where: { userId: user.id },
      data: { createdAt, lastSeenAt: new Date(Date.now() - 2 * 60 * 60 * 1000) },
    });
    expect(await getUserId(makeRequest("/", { cookie }))).toBe(user.id);
    const session = await db().session.findFirstOrThrow({ where: { userId: user.id } });
    expect(session.expiresAt.getTime()).toBeLessThanOrEqual(createdAt.getTime() + 30 * day);
  });
});
