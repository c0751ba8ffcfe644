import { describe, expect, it } from "vitest";
import { loggableUrl, scrubText, secretSegmentsOf } from "./log-redaction.server";

const secrets = secretSegmentsOf([
  "",
  "invitations/:token",
  "panel-invitations/:token",
  "applications/:applicationId",
  "working-group/:token",
]);

describe("loggableUrl", () => {
  it("replaces the token of an invitation link, whatever the route", () => {
    expect(loggableUrl("/invitations/abcDEF123", secrets)).toBe("/invitations/[token]");
    expect(loggableUrl("/panel-invitations/x_y-z/", secrets)).toBe("/panel-invitations/[token]/");
    expect(loggableUrl("/working-group/t0k3n", secrets)).toBe("/working-group/[token]");
  });

  it("keeps record ids, which are not secrets", () => {
    expect(loggableUrl("/applications/cm1234", secrets)).toBe("/applications/cm1234");
  });

  it("keeps the names in a query string but never their values", () => {
    expect(loggableUrl("/sign-in/code?email=a%40b.org&redirectTo=/my", secrets)).toBe(
      "/sign-in/code?email=[redacted]&redirectTo=[redacted]",
    );
    expect(loggableUrl("/schemes?open", secrets)).toBe("/schemes?open");
  });

  it("blanks an email address typed into a path", () => {
    expect(loggableUrl("/amina@example.org", secrets)).toBe("/[email]");
    expect(loggableUrl("/x/amina%40example.org", secrets)).toBe("/x/[email]");
  });
});

describe("scrubText", () => {
  it("blanks every email address in a message", () => {
    expect(scrubText("550 <a.b@example.org> and c@d.co.uk refused")).toBe(
      "550 <[email]> and [email] refused",
    );
  });
});
