import { describe, expect, it } from "vitest";
import { open, seal } from "./secret-box.server";

const current = "a".repeat(32);
const previous = "b".repeat(32);

describe("the secret box", () => {
  it("opens what it sealed, and the sealed text does not contain the secret", () => {
    const sealed = seal("JBSWY3DPEHPK3PXP", "totp-secret", [current]);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(open(sealed, "totp-secret", [current])).toBe("JBSWY3DPEHPK3PXP");
    // A fresh nonce each time: the same secret never seals to the same text.
    expect(seal("JBSWY3DPEHPK3PXP", "totp-secret", [current])).not.toBe(sealed);
  });

  it("keeps opening after the session secret is rotated", () => {
    const sealed = seal("JBSWY3DPEHPK3PXP", "totp-secret", [previous]);
    expect(open(sealed, "totp-secret", [current, previous])).toBe("JBSWY3DPEHPK3PXP");
    expect(open(sealed, "totp-secret", [current])).toBeNull();
  });

  it("refuses a tampered value, another purpose's value, and rubbish", () => {
    const sealed = seal("JBSWY3DPEHPK3PXP", "totp-secret", [current]);
    const [version, iv, tag, body] = sealed.split(".");
    const flipped = body!.startsWith("A") ? `B${body!.slice(1)}` : `A${body!.slice(1)}`;
    expect(open([version, iv, tag, flipped].join("."), "totp-secret", [current])).toBeNull();
    expect(open(sealed, "another-purpose", [current])).toBeNull();
    expect(open("not sealed", "totp-secret", [current])).toBeNull();
  });
});
