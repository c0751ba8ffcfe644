import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signInCodeFor, useBrowser } from "./browser";

const { newPage } = useBrowser();

function uniqueEmail(label: string) {
  return `e2e-${label}-${randomUUID().slice(0, 8)}@example.org`;
}

describe("signing in with an emailed code", () => {
  it("lets a new visitor sign in with the code from the email, then sign out", async () => {
    const email = uniqueEmail("new");
    const page = await newPage("/sign-in");

    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send me a code" }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in/code");
    expect(new URL(page.url()).searchParams.get("email")).toBe(email);
    await page.getByText(`We sent a 6-digit code to ${email}`).waitFor();

    const code = await signInCodeFor(page.context(), email);
    await page.getByLabel("Code from the email").fill(code);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    await page.waitForURL((url) => url.pathname === "/my");
    await page.getByRole("heading", { level: 1, name: "My work" }).waitFor();
    await page.getByText(`Signed in as ${email}`).waitFor();

    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("button", { name: "Sign out" }).click();

    await nav.getByRole("link", { name: "Sign in" }).waitFor();
    expect(await nav.getByRole("button", { name: "Sign out" }).count()).toBe(0);
    expect(await page.getByText(`Signed in as ${email}`).count()).toBe(0);

    // The session really is gone: her work page now asks her to sign in.
    await page.goto("/my");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await page.getByLabel("Email address").waitFor();
  });

  it("shows a wrong code next to the field, keeps the email, and the right code still works", async () => {
    const email = uniqueEmail("wrong");
    const page = await newPage("/sign-in");

    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send me a code" }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in/code");

    const code = await signInCodeFor(page.context(), email);
    const wrong = code === "000000" ? "111111" : "000000";
    const codeField = page.getByLabel("Code from the email");
    await codeField.fill(wrong);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    const summary = page.getByRole("alert");
    await summary.getByText(/That code is not right/).waitFor();
    expect(await summary.getByRole("link").first().getAttribute("href")).toBe("#field-code");

    // The message sits with the field and is read out with it.
    const fieldError = page.locator("#field-code-error");
    expect(await fieldError.innerText()).toMatch(
      /That code is not right\. You have \d+ tr(y|ies) left\./,
    );
    expect(await codeField.getAttribute("aria-invalid")).toBe("true");
    expect((await codeField.getAttribute("aria-describedby"))?.split(" ")).toContain(
      "field-code-error",
    );
    expect(new URL(page.url()).pathname).toBe("/sign-in/code");

    // Her email address is still there: the page names it and the form still sends it.
    await page.getByText(`We sent a 6-digit code to ${email}`).waitFor();
    expect(await page.locator('input[type="hidden"][name="email"]').first().inputValue()).toBe(
      email,
    );

    await codeField.fill(code);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/my");
    await page.getByRole("heading", { level: 1, name: "My work" }).waitFor();
    await page.getByText(`Signed in as ${email}`).waitFor();
  });

  it("keeps a mistyped email address in the field, even without JavaScript", async () => {
    const page = await newPage("/sign-in", { javaScript: false });
    const field = page.getByLabel("Email address");
    await field.fill("amina.example.org");
    await page.getByRole("button", { name: "Send me a code" }).click();

    await page
      .getByRole("alert")
      .getByText("Enter an email address like name@example.org")
      .waitFor();
    await page
      .locator("#field-email-error")
      .getByText("Enter an email address like name@example.org")
      .waitFor();
    expect(await field.inputValue()).toBe("amina.example.org");
    expect(await field.getAttribute("aria-invalid")).toBe("true");
  });
});
