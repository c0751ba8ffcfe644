import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { config } from "./env.server";

/**
 * Encrypts small secrets kept in the database (an authenticator key), so a copy of the
 * database alone does not reveal them. AES-256-GCM with a key derived by HKDF from the session
 * secret: the newest secret seals, and every configured one still opens, so rotating
 * SESSION_SECRET (with the old one in SESSION_SECRETS_PREVIOUS) loses nothing.
 */

const VERSION = "v1";

function keyFrom(secret: string, purpose: string): Buffer {
  return Buffer.from(
    hkdfSync("sha256", secret, "withfund secret box", `${VERSION} ${purpose}`, 32),
  );
}

/** `purpose` binds the ciphertext to one use, so a sealed value cannot be replayed elsewhere. */
export function seal(plain: string, purpose: string, secrets = config().sessionSecrets): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secrets[0]!, purpose), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** The plain text, or null when the value was tampered with or sealed under an unknown secret. */
export function open(
  sealed: string,
  purpose: string,
  secrets = config().sessionSecrets,
): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) return null;
  for (const secret of secrets) {
    try {
      const decipher = createDecipheriv(
        "aes-256-gcm",
        keyFrom(secret, purpose),
        Buffer.from(iv, "base64url"),
      );
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([
        decipher.update(Buffer.from(body, "base64url")),
        decipher.final(),
      ]).toString("utf8");
    } catch {
      // Not this secret; try the previous one.
    }
  }
  return null;
}
