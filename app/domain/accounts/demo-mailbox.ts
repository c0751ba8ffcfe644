/**
 * Who may read what in the demo mailbox (decision 0037). A demo can be reachable from the
 * internet, so the mailbox shows only emails to the demo people and to the addresses this
 * browser asked a sign-in code for, and a sign-in code only to the browser that asked for it.
 * Pure: the caller reads the browser's memory from its signed cookie.
 */

export type MailboxMemory = {
  /** Addresses this browser asked a sign-in code for, newest first. */
  addresses: string[];
  /** The codes it was sent, by outbox email id, newest first; the outbox keeps no copy. */
  codes: { emailId: string; code: string }[];
};

const MAX_ADDRESSES = 10;
const MAX_CODES = 5;

export const emptyMailboxMemory: MailboxMemory = { addresses: [], codes: [] };

/** Whatever the cookie held, as a memory; anything malformed counts as nothing. */
export function readMailboxMemory(value: unknown): MailboxMemory {
  if (!value || typeof value !== "object") return emptyMailboxMemory;
  const { addresses, codes } = value as Record<string, unknown>;
  return {
    addresses: Array.isArray(addresses)
      ? addresses.filter((a): a is string => typeof a === "string").slice(0, MAX_ADDRESSES)
      : [],
    codes: Array.isArray(codes)
      ? codes
          .filter(
            (c): c is { emailId: string; code: string } =>
              typeof c?.emailId === "string" && typeof c?.code === "string",
          )
          .slice(0, MAX_CODES)
      : [],
  };
}

/** Adds a code request; the oldest are forgotten so the cookie stays small. */
export function rememberCodeRequest(
  memory: MailboxMemory,
  request: { address: string; emailId: string; code: string },
): MailboxMemory {
  return {
    addresses: [request.address, ...memory.addresses.filter((a) => a !== request.address)].slice(
      0,
      MAX_ADDRESSES,
    ),
    codes: [{ emailId: request.emailId, code: request.code }, ...memory.codes].slice(0, MAX_CODES),
  };
}

/**
 * The addresses whose emails this browser may read. Platform admins' emails are never shown
 * when others can reach the server: a code in them would make anyone a platform admin.
 */
export function readableAddresses(input: {
  demoAddresses: readonly string[];
  memory: MailboxMemory;
  platformAdmins: readonly string[];
  adminsReadable: boolean;
}): string[] {
  const hidden = new Set(input.adminsReadable ? [] : input.platformAdmins);
  return [...new Set([...input.demoAddresses, ...input.memory.addresses])].filter(
    (address) => !hidden.has(address),
  );
}

export function codeFor(memory: MailboxMemory, emailId: string): string | null {
  return memory.codes.find((entry) => entry.emailId === emailId)?.code ?? null;
}
