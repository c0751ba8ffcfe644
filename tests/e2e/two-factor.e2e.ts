import { randomUUID } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signInCodeFor, useBrowser } from "./browser";

const { newPage } = useBrowser();

/**
 * The code her authenticator app would show, from the key printed on the page. Each code is
 * accepted once, so a later step asks for the next one (the server accepts one step ahead).
 */
function appCode(key: string, stepsAhead = 0) {
  return new TOTP({ secret: Secret.fromBase32(key.replace(/\s/g, "")) }).generate({
    timestamp: Date.now() + stepsAhead * 30_000,
  });
}

async function signInWithEmailCode(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a code" }).click();
  await page.waitForURL((url) => url.pathname === "/sign-in/code");
  await page.getByLabel("Code from the email").fill(await signInCodeFor(page.context(), email));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Sets it up from her account page; returns the key and the recovery codes shown. */
async function setUpTwoFactor(page: Page) {
  await page.goto("/account");
  await page.getByRole("link", { name: "Manage two-factor sign-in" }).click();
  await page.getByRole("link", { name: "Set up two-factor sign-in" }).click();
  await page.getByRole("heading", { level: 1, name: "Set up two-factor sign-in" }).waitFor();
  await page.getByRole("img", { name: /QR code that adds Withfund/ }).waitFor();
  const key = await page.getByTestId("two-factor-key").innerText();
  expect(key).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{4})+$/);
  await page.getByRole("textbox", { name: "Code" }).fill(appCode(key));
  await page.getByRole("button", { name: "Switch on two-factor sign-in" }).click();
  await page.getByRole("heading", { level: 1, name: "Two-factor sign-in is on" }).waitFor();
  const codes = await page.getByTestId("recovery-codes").getByRole("listitem").allInnerTexts();
  expect(codes).toHaveLength(10);
  await page.getByRole("link", { name: "I have saved my recovery codes, continue" }).click();
  await page.waitForURL((url) => url.pathname === "/account/two-factor");
  await page.getByText("You have 10 recovery codes left.").waitFor();
  return { key, codes: codes.map((code) => code.trim()) };
}

async function signOut(page: Page) {
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("button", { name: "Sign out" })
    .click();
  await page.waitForURL((url) => url.pathname === "/");
}

describe("two-factor sign-in", () => {
  it("is set up by scanning the key, then asks for the app's code at the next sign-in", async () => {
    const email = `e2e-2fa-${randomUUID().slice(0, 8)}@example.org`;
    const page = await newPage();
    await signInWithEmailCode(page, email);
    await page.waitForURL((url) => url.pathname === "/my");
    const { key } = await setUpTwoFactor(page);
    await signOut(page);

    await signInWithEmailCode(page, email);
    await page.waitForURL((url) => url.pathname === "/sign-in/two-factor");
    await page.getByRole("heading", { level: 1, name: "Enter the code from your app" }).waitFor();
    // Until the second step is passed, her pages stay closed.
    expect(await page.getByText(`Signed in as ${email}`).count()).toBe(0);

    await page.getByRole("textbox", { name: "Code" }).fill(appCode(key, 1));
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL((url) => url.pathname === "/my");
    await page.getByText(`Signed in as ${email}`).waitFor();
  });

  it("works without JavaScript: a wrong code is explained, and a recovery code gets her in", async () => {
    const email = `e2e-2fa-nojs-${randomUUID().slice(0, 8)}@example.org`;
    const page = await newPage(undefined, { javaScript: false });
    await signInWithEmailCode(page, email);
    await page.waitForURL((url) => url.pathname === "/my");
    const { key, codes } = await setUpTwoFactor(page);
    await signOut(page);

    await signInWithEmailCode(page, email);
    await page.waitForURL((url) => url.pathname === "/sign-in/two-factor");
    const field = page.getByRole("textbox", { name: "Code" });
    const right = appCode(key, 1);
    await field.fill(right === "000000" ? "111111" : "000000");
    await page.getByRole("button", { name: "Continue" }).click();
    await page
      .getByRole("alert")
      .getByText(/That code is not right/)
      .waitFor();
    expect(await field.getAttribute("aria-invalid")).toBe("true");

    await page.getByText("I do not have my phone").click();
    await field.fill(codes[0]!);
    await page.getByLabel("Do not ask again on this browser for 30 days").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL((url) => url.pathname === "/account/two-factor");
    await page.getByText("You signed in with a recovery code. You have 9 left.").waitFor();
    await page.getByRole("heading", { name: "Remembered browsers" }).waitFor();
    await page.getByText("(this browser)").waitFor();
  });
});
