import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { config } from "./env.server";

/**
 * Encrypts short secrets that must be kept but never stored readable (an invitation link in the
 * outbox before delivery, an authenticator secret). AES-256-GCM with a key derived by HKDF from
 * a session secret and the purpose, so a value sealed for one purpose cannot be opened as
 * another. Sealed with the current session secret; the previous ones still open what was
 * sealed before a rotation.
 */

const VERSION = "v1";
const ALGORITHM = "aes-256-gcm";
const NONCE_BYTES = 12;

function keyFor(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "withfund-secret-box", purpose, 32));
}

/** `v1.<nonce>.<tag>.<ciphertext>`, base64url: safe in JSON and in a text column. */
export function seal(text: string, purpose: string): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv(ALGORITHM, keyFor(config().sessionSecrets[0]!, purpose), nonce);
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, ...[nonce, tag, body].map((part) => part.toString("base64url"))].join(".");
}

/** The text sealed for this purpose, or null when it was not (or the secret that sealed it is gone). */
export function open(sealed: string, purpose: string): string | null {
  const parts = sealed.split(".");
  if (parts.length !== 4 || parts[0] !== VERSION) return null;
  const [nonce, tag, body] = parts.slice(1).map((part) => Buffer.from(part, "base64url"));
  for (const secret of config().sessionSecrets) {
    try {
      const decipher = createDecipheriv(ALGORITHM, keyFor(secret, purpose), nonce!);
      decipher.setAuthTag(tag!);
      return Buffer.concat([decipher.update(body!), decipher.final()]).toString("utf8");
    } catch {
      // Not this secret: try the previous ones.
    }
  }
  return null;
}
