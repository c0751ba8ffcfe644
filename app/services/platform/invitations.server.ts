import { createHash, randomBytes } from "node:crypto";
import type { AuditAction } from "~/domain/shared/audit-actions";
import type {
  InvitationKind as LimitedKind,
  InvitationLimit,
} from "~/domain/shared/invitation-limits";
import {
  invitationExpiry,
  invitationState,
  type ClosedInvitationState,
  type InvitationState,
} from "~/domain/shared/invitations";
import type { Prisma } from "~/generated/client-sqlite/client";
import type { PayloadOf } from "../../../emails";
import { audit } from "./audit.server";
import { db, type Tx } from "./db.server";
import { config } from "./env.server";
import { invitationLimitFor } from "./invitation-limits.server";
import { nudgeMailWorker } from "./mail-worker.server";
import { enqueueEmail } from "./outbox.server";
import { normaliseEmail } from "./sign-in-codes.server";

/**
 * The one lifecycle of an emailed invitation, whatever it is to (a group, a panel, a scheme's
 * working group, a funder's team): issue it with its email through the outbox in the invitee's
 * language, send it again, cancel it, show and accept its link. Each kind keeps its own table
 * and says, in an InvitationKind, what differs: where its rows are, who is already in, the
 * email's words, the audit actions, and what accepting grants.
 *
 * The link carries a random token; only its SHA-256 hash is stored, so a copy of an invitation
 * table cannot be used to join.
 */

export type Inviter = { id: string; name: string | null; email: string };

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

type Where = Record<string, unknown>;
type Detail = Prisma.InputJsonObject;

/** A link nobody used or cancelled, expired or not. */
export const unused = { acceptedAt: null, revokedAt: null } as const;
/** A link that still works. */
export const waiting = (now: Date) => ({ ...unused, expiresAt: { gt: now } });

/** The columns every invitation table has. */
export type StoredInvitation = {
  id: string;
  email: string;
  locale: string;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
};

/** The few calls the lifecycle makes on a kind's table (its Prisma delegate fits as it is). */
export interface InvitationTable<Row extends StoredInvitation> {
  create(args: { data: Where }): PromiseLike<Row>;
  findFirst(args: { where: Where }): PromiseLike<Row | null>;
  updateMany(args: { where: Where; data: Where }): PromiseLike<{ count: number }>;
}

type InvitationTemplate =
  "organisation-invitation" | "panel-invitation" | "team-invitation" | "working-group-invitation";

/** What the lifecycle adds to every invitation email: the rest is the kind's own words. */
type AddedToEmail = "inviterName" | "link" | "expiresAt";

type AuditTarget = { entity: { type: string; id: string }; funderId?: string };

/** The types one kind of invitation ties together. */
export type KindTypes = {
  /** What she is invited to: the ids its rows and audit events name. */
  scope: unknown;
  row: StoredInvitation;
  /** What the invitation offers (a role), as stored on its row. */
  offer: Where;
  /** The row behind a link, with what its page and its acceptance read. */
  found: StoredInvitation;
  /** What accepting returns, besides `ok`. */
  granted: Where;
};

export type InvitationKind<
  T extends KindTypes,
  Template extends InvitationTemplate = InvitationTemplate,
> = {
  /** The kind counted against the invitation limits (decision 0039), and whose limits. */
  limits: { kind: LimitedKind; owner: (scope: T["scope"]) => string };
  template: Template;
  /** The link's path, to which the token is added. */
  linkPath: string;
  /** When a new link stops working; seven days unless the kind says otherwise. */
  validUntil?: (now: Date) => Date;
  table: (tx: Tx) => InvitationTable<T["row"]>;
  /** The columns that tie a new row to its scope. */
  owner: (scope: T["scope"]) => Where;
  /** Where the scope's rows are, when that asks more than `owner` (defaults to it). */
  inScope?: (scope: T["scope"]) => Where;
  offerOf: (row: T["row"]) => T["offer"];
  /**
   * Runs first in every change: false when the scope is gone (the caller reads "not-found").
   * Kinds whose membership rules need it lock the scope here.
   */
  guard?: (tx: Tx, scope: T["scope"]) => Promise<boolean>;
  isMember: (tx: Tx, scope: T["scope"], email: string) => Promise<boolean>;
  email: (
    tx: Tx,
    scope: T["scope"],
    invitation: { offer: T["offer"]; locale: string },
  ) => Promise<Omit<PayloadOf<Template>, AddedToEmail>>;
  audit: {
    target: (scope: T["scope"]) => AuditTarget;
    invited: AuditAction;
    revoked: AuditAction;
    accepted: AuditAction;
  };
  /** The name the row goes by in audit details; "invitationId" unless the kind says otherwise. */
  rowKey?: "memberId";
  /** What a cancel may still take back: unused links, unless the kind takes back a membership. */
  revocable?: Where;
  revokedDetail?: (row: T["row"]) => Detail;
  byToken: (tx: Tx, tokenHash: string) => PromiseLike<T["found"] | null>;
  /** A link closed by something other than its own dates (a deactivated funder). */
  closedBy?: (found: T["found"]) => Exclude<InvitationState, "pending"> | null;
  /** Columns written on the row when it is used, besides the time. */
  claimedBy?: (user: { id: string }) => Where;
  /** Gives the signed-in person what the invitation offered; says what to audit it on. */
  grant: (
    tx: Tx,
    found: T["found"],
    user: { id: string; email: string },
  ) => Promise<{ result: T["granted"]; target: AuditTarget; detail?: Detail }>;
};

/** The row behind a link, as a kind's `byToken` finds it. */
export type FoundBy<Find extends (...args: never[]) => PromiseLike<unknown>> = NonNullable<
  Awaited<ReturnType<Find>>
>;

/**
 * Sending a link again: what is audited, and, where a kind differs from the usual (any unused
 * link may be sent again, and every other unused link for her stops working), which rows may
 * be sent again and which older links stop.
 */
export type ResendRules<Row extends StoredInvitation> = {
  action: AuditAction;
  from?: Where;
  retires?: (now: Date) => Where;
  detail: (previous: Row) => Detail;
};

export type InviteResult =
  | { ok: true; invitationId: string; email: string }
  | { ok: false; reason: "already-member" | "not-found" }
  | { ok: false; reason: "already-invited"; invitationId: string }
  | { ok: false; reason: "limited"; limit: InvitationLimit };

type Invitee<Offer> = { inviter: Inviter; email: string; locale: string; offer: Offer };

const limitFor = <T extends KindTypes>(
  tx: Tx,
  kind: InvitationKind<T>,
  scope: T["scope"],
  inviter: Inviter,
  now: Date,
) =>
  invitationLimitFor(tx, {
    kind: kind.limits.kind,
    senderId: inviter.id,
    ownerId: kind.limits.owner(scope),
    now,
  });

const rowKey = (kind: { rowKey?: "memberId" }) => kind.rowKey ?? "invitationId";

const scopeWhere = <T extends KindTypes>(kind: InvitationKind<T>, scope: T["scope"]) =>
  (kind.inScope ?? kind.owner)(scope);

/** Writes the invitation and its email together; the email exists only if the row does. */
async function issue<T extends KindTypes>(
  tx: Tx,
  kind: InvitationKind<T>,
  scope: T["scope"],
  input: Invitee<T["offer"]> & { now: Date },
) {
  const words = await kind.email(tx, scope, { offer: input.offer, locale: input.locale });
  const token = randomBytes(32).toString("base64url");
  const invitation = await kind.table(tx).create({
    data: {
      ...kind.owner(scope),
      email: input.email,
      ...input.offer,
      tokenHash: hashInvitationToken(token),
      invitedById: input.inviter.id,
      locale: input.locale,
      expiresAt: (kind.validUntil ?? invitationExpiry)(input.now),
    },
  });
  await enqueueEmail(tx, {
    to: input.email,
    locale: input.locale,
    template: kind.template,
    // Each kind's words are checked against its own template where the kind is described.
    payload: {
      ...words,
      inviterName: input.inviter.name || input.inviter.email,
      link: `${config().appUrl}${kind.linkPath}/${token}`,
      expiresAt: invitation.expiresAt.toISOString(),
    } as PayloadOf<InvitationTemplate>,
    dedupeKey: `${kind.template}:${invitation.id}`,
  });
  return invitation;
}

/**
 * Invites her within the caller's transaction. `limited: false` is for callers that checked
 * the limits themselves, or that are not limited (a platform administrator).
 */
export async function inviteWithin<T extends KindTypes>(
  tx: Tx,
  kind: InvitationKind<T>,
  scope: T["scope"],
  input: Invitee<T["offer"]>,
  options: { limited: boolean },
): Promise<InviteResult> {
  const email = normaliseEmail(input.email);
  const now = new Date();
  if (kind.guard && !(await kind.guard(tx, scope))) return { ok: false, reason: "not-found" };
  if (await kind.isMember(tx, scope, email)) return { ok: false, reason: "already-member" };
  const open = await kind.table(tx).findFirst({
    where: { ...scopeWhere(kind, scope), email, ...waiting(now) },
  });
  if (open) return { ok: false, reason: "already-invited", invitationId: open.id };
  if (options.limited) {
    const limit = await limitFor(tx, kind, scope, input.inviter, now);
    if (limit) return { ok: false, reason: "limited", limit };
  }
  const invitation = await issue(tx, kind, scope, { ...input, email, now });
  await audit(tx, {
    actorId: input.inviter.id,
    action: kind.audit.invited,
    ...kind.audit.target(scope),
    detail: { [rowKey(kind)]: invitation.id, email, ...input.offer, locale: input.locale },
  });
  return { ok: true, invitationId: invitation.id, email };
}

/** Invites her within the invitation limits, and wakes the mail worker once it is written. */
export async function invite<T extends KindTypes>(
  kind: InvitationKind<T>,
  scope: T["scope"],
  input: Invitee<T["offer"]>,
): Promise<InviteResult> {
  const result = await db().$transaction((tx) =>
    inviteWithin(tx, kind, scope, input, { limited: true }),
  );
  if (result.ok) nudgeMailWorker();
  return result;
}

/** Sends a fresh link for an invitation nobody used; older links for her stop working. */
export async function resend<T extends KindTypes>(
  kind: InvitationKind<T>,
  rules: ResendRules<T["row"]>,
  scope: T["scope"],
  input: { invitationId: string; inviter: Inviter },
): Promise<InviteResult> {
  const now = new Date();
  const result = await db().$transaction(async (tx): Promise<InviteResult> => {
    if (kind.guard && !(await kind.guard(tx, scope))) return { ok: false, reason: "not-found" };
    const table = kind.table(tx);
    const where = scopeWhere(kind, scope);
    const previous = await table.findFirst({
      where: { id: input.invitationId, ...where, ...(rules.from ?? unused) },
    });
    if (!previous) return { ok: false, reason: "not-found" };
    if (await kind.isMember(tx, scope, previous.email))
      return { ok: false, reason: "already-member" };
    const limit = await limitFor(tx, kind, scope, input.inviter, now);
    if (limit) return { ok: false, reason: "limited", limit };
    await table.updateMany({
      where: { ...where, email: previous.email, ...(rules.retires?.(now) ?? unused) },
      data: { revokedAt: now },
    });
    const invitation = await issue(tx, kind, scope, {
      inviter: input.inviter,
      email: previous.email,
      locale: previous.locale,
      offer: kind.offerOf(previous),
      now,
    });
    await audit(tx, {
      actorId: input.inviter.id,
      action: rules.action,
      ...kind.audit.target(scope),
      detail: {
        invitationId: invitation.id,
        previousInvitationId: previous.id,
        ...rules.detail(previous),
      },
    });
    return { ok: true, invitationId: invitation.id, email: previous.email };
  });
  if (result.ok) nudgeMailWorker();
  return result;
}

/** Cancels a link (or, where the kind allows, a membership it gave); false if there is none. */
export async function revoke<T extends KindTypes>(
  kind: InvitationKind<T>,
  scope: T["scope"],
  input: { invitationId: string; actorId: string },
): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const table = kind.table(tx);
    const row = await table.findFirst({
      where: { id: input.invitationId, ...scopeWhere(kind, scope) },
    });
    if (!row) return false;
    const revoked = await table.updateMany({
      where: { id: row.id, ...(kind.revocable ?? unused) },
      data: { revokedAt: new Date() },
    });
    if (revoked.count !== 1) return false;
    await audit(tx, {
      actorId: input.actorId,
      action: kind.audit.revoked,
      ...kind.audit.target(scope),
      detail: { [rowKey(kind)]: row.id, ...kind.revokedDetail?.(row) },
    });
    return true;
  });
}

export type FoundInvitation<Found> =
  { state: "unknown"; found: null } | { state: InvitationState; found: Found };

/** The row behind a link and what it can still do, before anyone accepts it. */
export async function findByToken<T extends KindTypes>(
  kind: InvitationKind<T>,
  token: string,
  now: Date,
): Promise<FoundInvitation<T["found"]>> {
  const found = await kind.byToken(db(), hashInvitationToken(token));
  if (!found) return { state: "unknown", found: null };
  return { state: kind.closedBy?.(found) ?? invitationState(found, now), found };
}

export type AcceptResult<Granted> =
  ({ ok: true } & Granted) | { ok: false; state: ClosedInvitationState };

/**
 * Gives the signed-in person what the link offers. Her address need not be the invited one:
 * people often have several.
 */
export async function accept<T extends KindTypes>(
  kind: InvitationKind<T>,
  token: string,
  user: { id: string; email: string },
): Promise<AcceptResult<T["granted"]>> {
  const now = new Date();
  return db().$transaction(async (tx): Promise<AcceptResult<T["granted"]>> => {
    const found = await kind.byToken(tx, hashInvitationToken(token));
    if (!found) return { ok: false, state: "unknown" };
    const closed = kind.closedBy?.(found);
    if (closed) return { ok: false, state: closed };
    // Conditional update: of two clicks at once, only one uses the link.
    const claimed = await kind.table(tx).updateMany({
      where: { id: found.id, ...waiting(now) },
      data: { acceptedAt: now, ...kind.claimedBy?.(user) },
    });
    if (claimed.count !== 1) {
      const state = invitationState(found, now);
      return { ok: false, state: state === "pending" ? "accepted" : state };
    }
    const granted = await kind.grant(tx, found, user);
    await audit(tx, {
      actorId: user.id,
      action: kind.audit.accepted,
      ...granted.target,
      detail: {
        [rowKey(kind)]: found.id,
        invitedEmail: found.email,
        acceptedAs: user.email,
        ...granted.detail,
      },
    });
    return { ok: true, ...granted.result };
  });
}
