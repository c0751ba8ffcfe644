/**
 * What is left of a person who asked for her account to be erased. The pseudonym is worked out
 * from the account's random id alone, never from her email or name, so it reveals nothing and
 * stays the same wherever she appears (reviews, comments, the audit trail).
 */

// Crockford's base 32: no I, L, O or U, so it reads out clearly over the phone.
const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Four characters from a 32-bit FNV-1a hash of the account id. */
export function pseudonymCode(userId: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < userId.length; index++) {
    hash ^= userId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let code = "";
  for (let index = 0; index < 4; index++) {
    code += alphabet[hash & 31];
    hash >>>= 5;
  }
  return code;
}

/** Stored as the name. One language for everyone: the same words appear in every record. */
export function pseudonymName(userId: string): string {
  return `Former user ${pseudonymCode(userId)}`;
}

/**
 * Unique because the id is; `.invalid` can never receive mail (RFC 2606), so nothing is ever
 * sent to it and nobody can sign in with it. Her own address is free to sign up again.
 */
export function pseudonymEmail(userId: string): string {
  return `erased-${userId.toLowerCase()}@erased.invalid`;
}

export function isErasedEmail(email: string): boolean {
  return email.endsWith("@erased.invalid");
}
