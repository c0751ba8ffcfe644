import { describe, expect, it } from "vitest";
import { readMembersForm as readForm } from "~/domain/shared/members-form";
import { organisationMembersForm } from "./members-form";

const readMembersForm = (data: FormData) => readForm(data, organisationMembersForm);

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe("the members page's forms", () => {
  it("reads an invitation, with the address as it will be stored", () => {
    expect(
      readMembersForm(
        form({ intent: "invite", email: " Amina@Example.org ", role: "OWNER", locale: "ar" }),
      ),
    ).toEqual({
      ok: true,
      change: { intent: "invite", email: "amina@example.org", role: "OWNER", locale: "ar" },
    });
  });

  it("shows each problem of an invitation next to its field, keeping what was typed", () => {
    const read = readMembersForm(
      form({ intent: "invite", email: "not an address", role: "BOSS", locale: "xx" }),
    );
    expect(read).toEqual({
      ok: false,
      reply: {
        intent: "invite",
        errors: {
          email: { key: "organisations:errors.emailInvalid" },
          role: { key: "organisations:errors.roleInvalid" },
          locale: { key: "organisations:errors.languageInvalid" },
        },
        values: { intent: "invite", email: "not an address", role: "BOSS", locale: "xx" },
      },
    });
  });

  it("says an invitation or a person is gone when a stale form names nothing usable", () => {
    expect(readMembersForm(form({ intent: "revoke" }))).toEqual({
      ok: false,
      reply: {
        intent: "revoke",
        errors: { invitations: { key: "organisations:errors.invitationGone" } },
      },
    });
    expect(readMembersForm(form({ intent: "change-role", memberId: "m1", role: "BOSS" }))).toEqual({
      ok: false,
      reply: {
        intent: "change-role",
        errors: { people: { key: "organisations:errors.memberGone" } },
      },
    });
  });

  it("reads the other changes, and nothing for an intent no form sends", () => {
    expect(readMembersForm(form({ intent: "resend", invitationId: "i1" }))).toEqual({
      ok: true,
      change: { intent: "resend", invitationId: "i1" },
    });
    expect(readMembersForm(form({ intent: "remove", memberId: "m1" }))).toEqual({
      ok: true,
      change: { intent: "remove", memberId: "m1" },
    });
    expect(readMembersForm(form({ intent: "promote-everyone" }))).toBeNull();
  });
});
