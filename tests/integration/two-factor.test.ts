import { Secret, TOTP } from "otpauth";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  action as disableAction,
  loader as disableLoader,
} from "~/routes/account_.two-factor.disable";
import {
  action as twoFactorPageAction,
  loader as twoFactorPage,
} from "~/routes/account_.two-factor._index";
import { action as setupAction, loader as setupLoader } from "~/routes/account_.two-factor.setup";
import * as settingsPage from "~/routes/fund.$funderId.settings";
import { action as languageAction } from "~/routes/language";
import { loader as myWork } from "~/routes/my";
import { action as passwordSignIn } from "~/routes/sign-in.password";
import { action as secondStep, loader as secondStepPage } from "~/routes/sign-in.two-factor";
import { action as signOut } from "~/routes/sign-out";
import { resetTwoFactor } from "~/services/admin/platform-admins.server";
import { hashPassword } from "~/services/platform/auth.server";
import { db } from "~/services/platform/db.server";
import { getUserId } from "~/services/platform/session.server";
import { useTestDatabase } from "../support/database";
import { createOpenRound, createUser } from "../support/fixtures";
import { cookiesFrom, makeRequest, run, signedInCookie, unwrap } from "../support/requests";

useTestDatabase();

const PASSWORD = "correct horse battery";
const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

// Codes from an authenticator app change every 30 seconds and each is accepted once; the clock
// is set by hand so that every step of a test uses a fresh code, never by waiting.
let now = Date.UTC(2027, 0, 11, 9, 0, 0);
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(now);
});
afterEach(() => {
  vi.useRealTimers();
});
function later(ms: number) {
  now += ms;
  vi.setSystemTime(now);
}

async function personWithPassword(name: string) {
  const user = await createUser(name);
  await db().user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(PASSWORD) },
  });
  return user;
}

async function signIn(email: string, cookie?: string) {
  const response = (await run(
    passwordSignIn,
    makeRequest("/sign-in/password", {
      form: { email, password: PASSWORD, redirectTo: "/my" },
      cookie,
    }),
  )) as Response;
  expect(response.status).toBe(302);
  return { location: response.headers.get("Location"), cookie: cookiesFrom(response, cookie) };
}

type Errors = { errors?: Record<string, { key: string; values?: Record<string, unknown> }> };

/** Sets up two-factor sign-in on her account; returns her key and her recovery codes. */
async function setUp(cookie: string) {
  const page = (await run(setupLoader, makeRequest("/account/two-factor/setup", { cookie }))) as {
    groupedSecret: string;
  };
  const secret = page.groupedSecret.replace(/ /g, "");
  const done = unwrap<{ recoveryCodes: string[] }>(
    await run(
      setupAction,
      makeRequest("/account/two-factor/setup", { cookie, form: { code: appCode(secret) } }),
    ),
  );
  expect(done.data.recoveryCodes).toHaveLength(10);
  later(MINUTE);
  return { secret, recoveryCodes: done.data.recoveryCodes };
}

function appCode(secret: string) {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate();
}

async function enterSecondFactor(cookie: string, code: string, remember = false) {
  return run(
    secondStep,
    makeRequest("/sign-in/two-factor", {
      cookie,
      form: { code, redirectTo: "/my", ...(remember ? { remember: "yes" } : {}) },
    }),
  );
}

async function outbox(to: string, template: string) {
  return db().outboundEmail.findMany({ where: { to, template } });
}

describe("setting up two-factor sign-in", () => {
  it("stores the key encrypted, switches on only after a right code, and shows ten recovery codes", async () => {
    const amira = await personWithPassword("Amira");
    const { cookie } = await signIn(amira.email);
    const page = (await run(setupLoader, makeRequest("/account/two-factor/setup", { cookie }))) as {
      groupedSecret: string;
      qrSvg: string;
    };
    expect(page.groupedSecret).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{4})+$/);
    expect(page.qrSvg).toContain("<svg");
    const secret = page.groupedSecret.replace(/ /g, "");
    const stored = await db().user.findUniqueOrThrow({ where: { id: amira.id } });
    expect(stored.totpSecret).toBeTruthy();
    expect(stored.totpSecret).not.toContain(secret);

    // Reloading shows the same key, so a code from an app that already scanned it still works.
    const again = (await run(
      setupLoader,
      makeRequest("/account/two-factor/setup", { cookie }),
    )) as {
      groupedSecret: string;
    };
    expect(again.groupedSecret).toBe(page.groupedSecret);

    const wrong = unwrap<Errors>(
      await run(
        setupAction,
        makeRequest("/account/two-factor/setup", {
          cookie,
          form: { code: "000000" === appCode(secret) ? "111111" : "000000" },
        }),
      ),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.data.errors?.code?.key).toBe("accounts:twoFactor.errors.wrong");
    expect(
      (await db().user.findUniqueOrThrow({ where: { id: amira.id } })).totpEnabledAt,
    ).toBeNull();

    const done = unwrap<{ recoveryCodes: string[] }>(
      await run(
        setupAction,
        makeRequest("/account/two-factor/setup", { cookie, form: { code: appCode(secret) } }),
      ),
    );
    expect(done.data.recoveryCodes).toHaveLength(10);
    expect(new Set(done.data.recoveryCodes).size).toBe(10);
    expect(
      (await db().user.findUniqueOrThrow({ where: { id: amira.id } })).totpEnabledAt,
    ).not.toBeNull();
    const hashes = await db().recoveryCode.findMany({ where: { userId: amira.id } });
    expect(hashes.map((row) => row.codeHash)).not.toContain(done.data.recoveryCodes[0]);
    expect(
      await db().auditEvent.count({
        where: { actorId: amira.id, action: "accounts.two-factor-enabled" },
      }),
    ).toBe(1);

    // Once on, the setup page shows no key any more.
    const after = await run(setupLoader, makeRequest("/account/two-factor/setup", { cookie }));
    expect(after).toMatchObject({ alreadyOn: true, groupedSecret: "", qrSvg: "" });
  });
});

describe("signing in with two-factor sign-in on", () => {
  it("asks for the app's code after the password; until then no page opens", async () => {
    const bea = await personWithPassword("Bea");
    const { secret } = await setUp((await signIn(bea.email)).cookie);

    const first = await signIn(bea.email);
    expect(first.location).toBe("/sign-in/two-factor?redirectTo=%2Fmy");
    expect(await getUserId(makeRequest("/my", { cookie: first.cookie }))).toBeNull();
    const blocked = (await run(myWork, makeRequest("/my", { cookie: first.cookie }))) as Response;
    expect(blocked.headers.get("Location")).toBe("/sign-in?redirectTo=%2Fmy");
    const step = (await run(
      secondStepPage,
      makeRequest("/sign-in/two-factor?redirectTo=%2Fmy", { cookie: first.cookie }),
    )) as {
      expired: boolean;
    };
    expect(step.expired).toBe(false);

    const wrong = unwrap<Errors>(
      await enterSecondFactor(first.cookie, appCode(secret) === "123456" ? "654321" : "123456"),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.data.errors?.code?.key).toBe("accounts:twoFactor.errors.wrong");
    const unreadable = unwrap<Errors>(await enterSecondFactor(first.cookie, "12"));
    expect(unreadable.data.errors?.code?.key).toBe("accounts:twoFactor.errors.unreadable");

    const passed = (await enterSecondFactor(first.cookie, appCode(secret))) as Response;
    expect(passed.status).toBe(302);
    expect(passed.headers.get("Location")).toBe("/my");
    const cookie = cookiesFrom(passed, first.cookie);
    expect(await getUserId(makeRequest("/my", { cookie }))).toBe(bea.id);
    expect(await run(myWork, makeRequest("/my", { cookie }))).not.toBeInstanceOf(Response);
    // The waiting session is gone: its cookie opens nothing.
    expect(await getUserId(makeRequest("/my", { cookie: first.cookie }))).toBeNull();
  });

  it("refuses a code from the app that was already used", async () => {
    const cleo = await personWithPassword("Cleo");
    const { secret } = await setUp((await signIn(cleo.email)).cookie);
    const code = appCode(secret);
    const first = await signIn(cleo.email);
    expect(((await enterSecondFactor(first.cookie, code)) as Response).status).toBe(302);
    const second = await signIn(cleo.email);
    const reused = unwrap<Errors>(await enterSecondFactor(second.cookie, code));
    expect(reused.data.errors?.code?.key).toBe("accounts:twoFactor.errors.reused");
  });

  it("lets the waiting sign-in expire after ten minutes", async () => {
    const dina = await personWithPassword("Dina");
    const { secret } = await setUp((await signIn(dina.email)).cookie);
    const first = await signIn(dina.email);
    later(11 * MINUTE);
    const step = (await run(
      secondStepPage,
      makeRequest("/sign-in/two-factor", { cookie: first.cookie }),
    )) as {
      expired: boolean;
    };
    expect(step.expired).toBe(true);
    const late = unwrap<{ expired: boolean }>(
      await enterSecondFactor(first.cookie, appCode(secret)),
    );
    expect(late.data.expired).toBe(true);
    expect(await getUserId(makeRequest("/my", { cookie: first.cookie }))).toBeNull();
  });

  it("takes a recovery code once, says how many are left, and emails her", async () => {
    const eva = await personWithPassword("Eva");
    const { recoveryCodes } = await setUp((await signIn(eva.email)).cookie);
    const first = await signIn(eva.email);
    // Typed in capitals with spaces, as people copy them from paper.
    const typed = recoveryCodes[3]!.toUpperCase().replace(/-/g, " ");
    const passed = (await enterSecondFactor(first.cookie, typed)) as Response;
    expect(passed.headers.get("Location")).toBe(
      "/account/two-factor?recoveryCodeUsed=1&redirectTo=%2Fmy",
    );
    const cookie = cookiesFrom(passed, first.cookie);
    const page = (await run(
      twoFactorPage,
      makeRequest("/account/two-factor?recoveryCodeUsed=1&redirectTo=%2Fmy", { cookie }),
    )) as { recoveryCodeUsed: boolean; recoveryCodesLeft: number; continueTo: string };
    expect(page).toMatchObject({ recoveryCodeUsed: true, recoveryCodesLeft: 9, continueTo: "/my" });
    const [mail] = await outbox(eva.email, "recovery-code-used");
    expect(mail?.textBody).toContain("You have 9 recovery codes left.");
    expect(
      await db().auditEvent.count({
        where: { actorId: eva.id, action: "accounts.recovery-code-used" },
      }),
    ).toBe(1);

    const second = await signIn(eva.email);
    const again = unwrap<Errors>(await enterSecondFactor(second.cookie, recoveryCodes[3]!));
    expect(again.data.errors?.code?.key).toBe("accounts:twoFactor.errors.wrong");
  });

  it("stops checking after ten tries in a quarter of an hour", async () => {
    const fay = await personWithPassword("Fay");
    const { secret } = await setUp((await signIn(fay.email)).cookie);
    const first = await signIn(fay.email);
    const wrong = appCode(secret) === "000001" ? "000002" : "000001";
    // Setting up used one of her ten tries.
    for (let attempt = 0; attempt < 9; attempt++) await enterSecondFactor(first.cookie, wrong);
    const limited = unwrap<Errors>(await enterSecondFactor(first.cookie, appCode(secret)));
    expect(limited.status).toBe(429);
    expect(limited.data.errors?.code?.key).toBe("accounts:twoFactor.errors.rateLimited");
  });
});

describe("remembered browsers", () => {
  it("skip the second step for 30 days, until forgotten", async () => {
    const gul = await personWithPassword("Gul");
    const { secret } = await setUp((await signIn(gul.email)).cookie);
    const first = await signIn(gul.email);
    const passed = (await enterSecondFactor(first.cookie, appCode(secret), true)) as Response;
    const browser = cookiesFrom(passed, first.cookie);
    expect(browser).toContain("__device=");
    expect(await db().trustedDevice.count({ where: { userId: gul.id } })).toBe(1);

    later(20 * DAY);
    expect((await signIn(gul.email, browser)).location).toBe("/my");
    // Another browser still has to pass the step.
    expect((await signIn(gul.email)).location).toBe("/sign-in/two-factor?redirectTo=%2Fmy");

    later(11 * DAY);
    const expired = await signIn(gul.email, browser);
    expect(expired.location).toBe("/sign-in/two-factor?redirectTo=%2Fmy");
    later(MINUTE);
    const remembered = (await enterSecondFactor(expired.cookie, appCode(secret), true)) as Response;
    const rememberedAgain = await signIn(gul.email, cookiesFrom(remembered, expired.cookie));
    expect(rememberedAgain.location).toBe("/my");
    const again = rememberedAgain.cookie;

    const page = (await run(
      twoFactorPage,
      makeRequest("/account/two-factor", { cookie: again }),
    )) as {
      devices: { id: string; thisDevice: boolean }[];
    };
    expect(page.devices.filter((device) => device.thisDevice)).toHaveLength(1);
    const forget = (await run(
      twoFactorPageAction,
      makeRequest("/account/two-factor", {
        cookie: again,
        form: { intent: "forget-device", deviceId: page.devices.find((d) => d.thisDevice)!.id },
      }),
    )) as Response;
    expect(forget.headers.get("Location")).toBe("/account/two-factor?forgotten=1");
    expect((await signIn(gul.email, again)).location).toBe("/sign-in/two-factor?redirectTo=%2Fmy");
    expect(
      await db().auditEvent.count({
        where: { actorId: gul.id, action: "accounts.device-forgotten" },
      }),
    ).toBe(1);
  });

  it("do not let another person skip her second step", async () => {
    const hana = await personWithPassword("Hana");
    const ines = await personWithPassword("Ines");
    const hanaKey = await setUp((await signIn(hana.email)).cookie);
    await setUp((await signIn(ines.email)).cookie);
    const first = await signIn(hana.email);
    const browser = cookiesFrom(
      (await enterSecondFactor(first.cookie, appCode(hanaKey.secret), true)) as Response,
      first.cookie,
    );
    expect((await signIn(ines.email, browser)).location).toBe(
      "/sign-in/two-factor?redirectTo=%2Fmy",
    );
  });
});

describe("switching two-factor sign-in off", () => {
  it("needs a right code, then removes the key, codes and browsers, and emails her", async () => {
    const jana = await personWithPassword("Jana");
    const { secret } = await setUp((await signIn(jana.email)).cookie);
    const first = await signIn(jana.email);
    const cookie = cookiesFrom(
      (await enterSecondFactor(first.cookie, appCode(secret), true)) as Response,
      first.cookie,
    );
    later(MINUTE);
    expect(
      await run(disableLoader, makeRequest("/account/two-factor/disable", { cookie })),
    ).toEqual({
      required: false,
    });

    const refused = unwrap<Errors>(
      await run(
        disableAction,
        makeRequest("/account/two-factor/disable", { cookie, form: { code: "" } }),
      ),
    );
    expect(refused.status).toBe(400);
    expect(
      (await db().user.findUniqueOrThrow({ where: { id: jana.id } })).totpEnabledAt,
    ).not.toBeNull();

    const off = (await run(
      disableAction,
      makeRequest("/account/two-factor/disable", { cookie, form: { code: appCode(secret) } }),
    )) as Response;
    expect(off.headers.get("Location")).toBe("/account/two-factor?off=1");
    const user = await db().user.findUniqueOrThrow({ where: { id: jana.id } });
    expect(user).toMatchObject({ totpEnabledAt: null, totpSecret: null });
    expect(await db().recoveryCode.count({ where: { userId: jana.id } })).toBe(0);
    expect(await db().trustedDevice.count({ where: { userId: jana.id } })).toBe(0);
    expect(await outbox(jana.email, "two-factor-disabled")).toHaveLength(1);
    expect((await signIn(jana.email)).location).toBe("/my");
  });
});

describe("when two-factor sign-in is required", () => {
  it("sends the funder's staff and its panel chairs to set it up, and lets them sign out or change language", async () => {
    const { funder, staff, round } = await createOpenRound();
    const admin = await personWithPassword("Kim");
    await db().funderMember.create({
      data: { funderId: funder.id, userId: admin.id, role: "ADMIN" },
    });
    const chair = await personWithPassword("Lina");
    const member = await personWithPassword("Mona");
    await db().panel.create({
      data: {
        roundId: round.id,
        name: "Panel",
        members: {
          create: [
            { userId: chair.id, role: "CHAIR" },
            { userId: member.id, role: "MEMBER" },
          ],
        },
      },
    });
    const staffCookie = await signedInCookie(staff.id);
    expect(await run(myWork, makeRequest("/my", { cookie: staffCookie }))).not.toBeInstanceOf(
      Response,
    );

    const adminCookie = await signedInCookie(admin.id);
    const saved = (await run(
      settingsPage.action,
      makeRequest(`/fund/${funder.id}/settings`, {
        cookie: adminCookie,
        form: { recordingRetentionDays: "90", requireTwoFactor: "yes" },
      }),
      { funderId: funder.id },
    )) as Response;
    expect(saved.status).toBe(302);
    expect(
      (await db().funder.findUniqueOrThrow({ where: { id: funder.id } })).requireTwoFactor,
    ).toBe(true);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { funderId: funder.id, action: "schemes.funder-settings-changed" },
    });
    expect(event.detail).toMatchObject({ requireTwoFactor: { from: false, to: true } });

    for (const person of [staff, chair]) {
      const cookie = await signedInCookie(person.id);
      const sent = (await run(myWork, makeRequest("/my", { cookie }))) as Response;
      expect(sent.headers.get("Location"), person.name!).toBe(
        "/account/two-factor/setup?redirectTo=%2Fmy",
      );
    }
    // A panel member who does not chair is not asked.
    expect(
      await run(myWork, makeRequest("/my", { cookie: await signedInCookie(member.id) })),
    ).not.toBeInstanceOf(Response);

    // Signing in takes her straight to the setup.
    const chairSignIn = await signIn(chair.email);
    expect(chairSignIn.location).toBe("/account/two-factor/setup?redirectTo=%2Fmy");
    const setupPage = (await run(
      setupLoader,
      makeRequest("/account/two-factor/setup?redirectTo=%2Fmy", { cookie: chairSignIn.cookie }),
    )) as { required: boolean; redirectTo: string };
    expect(setupPage).toMatchObject({ required: true, redirectTo: "/my" });

    // Changing the language and signing out still work.
    const language = (await run(
      languageAction,
      makeRequest("/language", {
        cookie: chairSignIn.cookie,
        form: { locale: "ar", redirectTo: "/account/two-factor/setup" },
      }),
    )) as Response;
    expect(language.headers.get("Location")).toBe("/account/two-factor/setup");

    await setUp(chairSignIn.cookie);
    expect(
      await run(myWork, makeRequest("/my", { cookie: chairSignIn.cookie })),
    ).not.toBeInstanceOf(Response);

    const out = (await run(
      signOut,
      makeRequest("/sign-out", { cookie: adminCookie, form: {} }),
    )) as Response;
    expect(out.headers.get("Location")).toBe("/");
    expect(await getUserId(makeRequest("/", { cookie: adminCookie }))).toBeNull();
  });

  it("applies to every platform administrator outside demo mode", async () => {
    const admin = await personWithPassword("Noor");
    await db().user.update({ where: { id: admin.id }, data: { isPlatformAdmin: true } });
    const { location, cookie } = await signIn(admin.email);
    expect(location).toBe("/account/two-factor/setup?redirectTo=%2Fmy");
    const sent = (await run(myWork, makeRequest("/my", { cookie }))) as Response;
    expect(sent.headers.get("Location")).toBe("/account/two-factor/setup?redirectTo=%2Fmy");
  });

  it("can be cleared by an operator for someone who lost her phone and her codes, who is emailed", async () => {
    const rana = await personWithPassword("Rana");
    await setUp((await signIn(rana.email)).cookie);
    expect((await signIn(rana.email)).location).toBe("/sign-in/two-factor?redirectTo=%2Fmy");

    expect(await resetTwoFactor(db(), { email: "nobody@example.org" })).toEqual({
      ok: false,
      reason: "unknown",
    });
    expect(await resetTwoFactor(db(), { email: ` ${rana.email.toUpperCase()} ` })).toMatchObject({
      ok: true,
      outcome: "reset",
    });
    const cleared = await db().user.findUniqueOrThrow({ where: { id: rana.id } });
    expect(cleared).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    expect(await db().recoveryCode.count({ where: { userId: rana.id } })).toBe(0);
    expect((await signIn(rana.email)).location).toBe("/my");
    expect(
      await db().outboundEmail.count({
        where: { to: rana.email, template: "two-factor-disabled" },
      }),
    ).toBe(1);
    const audited = await db().auditEvent.findFirstOrThrow({
      where: { entityId: rana.id, action: "accounts.two-factor-disabled" },
    });
    expect(audited).toMatchObject({ actorId: null, detail: { byOperator: true } });
    expect((await resetTwoFactor(db(), { email: rana.email })).ok).toBe(true);
  });
});
