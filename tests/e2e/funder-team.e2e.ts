import { randomUUID } from "node:crypto";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import admin from "../../app/locales/en/admin.json";
import common from "../../app/locales/en/common.json";
import teams from "../../app/locales/en/teams.json";
import { signInCodeFor, useBrowser } from "./browser";

const { newPage, newContext } = useBrowser();

/**
 * The team-invitation link in the newest email to `email`, read from the demo mailbox. The
 * mailbox shows a browser only the addresses it asked a sign-in code for, so it asks first.
 */
async function invitationLinkTo(context: BrowserContext, email: string): Promise<string> {
  const mailbox = await context.newPage();
  try {
    await mailbox.goto("/sign-in");
    await mailbox.getByLabel("Email address").fill(email);
    await mailbox.getByRole("button", { name: "Send me a code" }).click();
    await mailbox.waitForURL((url) => url.pathname === "/sign-in/code");
    await mailbox.goto("/dev/mailbox");
    await mailbox
      .getByRole("row")
      .filter({ hasText: email })
      // Not the sign-in code just asked for (its subject holds the 6-digit code).
      .filter({ hasNotText: /\d{6}/ })
      .getByRole("link")
      .first()
      .click();
    const text = await mailbox.getByTestId("email-text").innerText();
    const link = /(https?:\/\/\S+\/team-invitations\/\S+)/.exec(text)?.[1];
    if (!link) throw new Error(`No team invitation link in the email to ${email}:\n${text}`);
    return new URL(link).pathname;
  } finally {
    await mailbox.close();
  }
}

/** Signs in from an invitation page with an emailed code, and comes back to it. */
async function signInFrom(page: Page, context: BrowserContext, email: string, back: string) {
  await page.getByRole("link", { name: teams.invitation.signIn }).click();
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a code" }).click();
  await page.waitForURL((url) => url.pathname === "/sign-in/code");
  await page.getByLabel("Code from the email").fill(await signInCodeFor(context, email));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => url.pathname === back);
}

describe("onboarding a funder and its team", () => {
  it("a platform admin creates a funder, its first admin joins from the email and runs her team", async () => {
    // Letters only: the mailbox rows are told apart from sign-in codes by six digits in a row.
    const tag = randomUUID()
      .replace(/[^a-f]/g, "")
      .slice(0, 8);
    const funderName = `Harbour Town Council ${tag}`;
    const first = `e2e-first-${tag}@example.org`;
    const colleague = `e2e-colleague-${tag}@example.org`;

    // The platform admin reaches the admin area from My work and creates the funder.
    const platform = await newPage("/");
    await platform.getByRole("button", { name: "Sign in as Sam Admin" }).click();
    await platform.waitForURL((url) => url.pathname === "/my");
    await platform.getByRole("link", { name: admin.home.link }).click();
    await platform.getByRole("link", { name: admin.home.funders }).click();
    await platform.getByRole("link", { name: admin.funders.new }).click();
    await platform.getByLabel(admin.newFunder.name).fill(funderName);
    await platform.getByLabel(admin.newFunder.language).selectOption("en");
    await platform.getByLabel(admin.newFunder.currency).selectOption("EUR");
    await platform.getByLabel(admin.newFunder.timeZone).selectOption("Europe/Dublin");
    await platform.getByLabel(admin.newFunder.adminEmail).fill(first);
    await platform.getByRole("button", { name: admin.newFunder.create }).click();
    await platform.getByRole("status").getByText(admin.funder.notice.created).waitFor();
    await platform.getByText(first, { exact: true }).waitFor();

    // Its first admin, who has no account yet, signs in from the emailed link and joins.
    const context = await newContext();
    const joinPath = await invitationLinkTo(context, first);
    const page = await context.newPage();
    await page.goto(joinPath);
    await signInFrom(page, context, first, joinPath);
    await page.getByRole("button", { name: teams.invitation.accept }).click();
    await page.waitForURL((url) => /^\/fund\/[^/]+$/.test(url.pathname));
    const funderPath = new URL(page.url()).pathname;

    // She opens the team page from her dashboard and invites a colleague as a viewer.
    await page.getByRole("link", { name: teams.members.link }).click();
    await page.waitForURL((url) => url.pathname === `${funderPath}/team`);
    await page.getByLabel(teams.members.email).fill(colleague);
    await page.getByLabel(teams.members.role, { exact: true }).selectOption("VIEWER");
    await page.getByRole("button", { name: teams.members.sendInvitation }).click();
    await page.getByRole("status").getByText(colleague).waitFor();

    // The colleague joins from her own email.
    const colleagueContext = await newContext();
    const colleagueJoin = await invitationLinkTo(colleagueContext, colleague);
    const colleaguePage = await colleagueContext.newPage();
    await colleaguePage.goto(colleagueJoin);
    await signInFrom(colleaguePage, colleagueContext, colleague, colleagueJoin);
    await colleaguePage.getByRole("button", { name: teams.invitation.accept }).click();
    await colleaguePage.waitForURL((url) => url.pathname === funderPath);

    // Her admin makes her a programme officer, by clicking.
    await page.reload();
    // She signed up without a name, so the team lists her by her address.
    const card = page.getByRole("listitem").filter({ hasText: colleague });
    await card.getByRole("combobox").selectOption("PROGRAMME_OFFICER");
    await card.getByRole("button", { name: teams.members.changeRole }).click();
    await page.getByRole("status").getByText(common.roles.PROGRAMME_OFFICER).waitFor();

    // With JavaScript off, the plain form still works: trying to step down as the only
    // administrator is refused next to her name, and she stays an administrator.
    const noScript = await newContext({ javaScript: false });
    const cookies = await context.cookies();
    await noScript.addCookies(cookies);
    const plain = await noScript.newPage();
    await plain.goto(`${funderPath}/team`);
    const own = plain.getByRole("listitem").filter({ hasText: teams.members.you });
    await own.getByRole("combobox").selectOption("VIEWER");
    await own.getByRole("button", { name: teams.members.changeRole }).click();
    await plain.getByRole("alert").waitFor();
    expect(await plain.getByRole("alert").innerText()).toContain("only administrator");
    expect(await own.getByRole("combobox").inputValue()).toBe("ADMIN");
  });
});
