import { afterEach, describe, expect, it } from "vitest";
import { resetConfigForTests } from "./env.server";
import { open, seal } from "./secret-box.server";

const first = "a".repeat(40);
const second = "b".repeat(40);

function useSecrets(current: string, previous?: string) {
  process.env.SESSION_SECRET = current;
  if (previous) process.env.SESSION_SECRETS_PREVIOUS = previous;
  else delete process.env.SESSION_SECRETS_PREVIOUS;
  resetConfigForTests();
}

afterEach(() => {
  delete process.env.SESSION_SECRET;
  delete process.env.SESSION_SECRETS_PREVIOUS;
  resetConfigForTests();
});

describe("the secret box", () => {
  it("opens what it sealed, and the sealed text does not show the secret", () => {
    useSecrets(first);
    const sealed = seal("https://grants.example.org/invitations/abc_DEF", "outbox");
    expect(sealed).not.toContain("abc_DEF");
    expect(open(sealed, "outbox")).toBe("https://grants.example.org/invitations/abc_DEF");
  });

  it("seals the same text differently each time", () => {
    useSecrets(first);
    expect(seal("same", "outbox")).not.toBe(seal("same", "outbox"));
  });

  it("refuses to open a value sealed for another purpose", () => {
    useSecrets(first);
    expect(open(seal("secret", "two-factor"), "outbox")).toBeNull();
  });

  it("refuses a value changed after sealing", () => {
    useSecrets(first);
    const [version, nonce, tag, body] = seal("secret", "outbox").split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(
      open([version, nonce, tag, flipped.toString("base64url")].join("."), "outbox"),
    ).toBeNull();
    expect(open("not sealed at all", "outbox")).toBeNull();
  });

  it("still opens what the previous secret sealed during a rotation, and not after it", () => {
    useSecrets(first);
    const sealed = seal("secret", "outbox");
    useSecrets(second, first);
    expect(open(sealed, "outbox")).toBe("secret");
    useSecrets(second);
    expect(open(sealed, "outbox")).toBeNull();
  });
});
