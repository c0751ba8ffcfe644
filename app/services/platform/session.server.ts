import { createCookie, redirect } from "@remix-run/node";
import { config } from "./env.server";
import { db } from "./db.server";

const SESSION_DAYS = 30;
const SESSION_MS = SESSION_DAYS * 24 * 60 * 60 * 1000;
/** However active she is, a session ends this long after she signed in (decision 0037). */
const ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000;
// Refreshing lastSeenAt on every request would write on every page view.
const TOUCH_AFTER_MS = 60 * 60 * 1000;

function sessionCookie() {
  const { sessionSecrets, appUrl } = config();
  return createCookie("__session", {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: appUrl.startsWith("https://"),
    secrets: sessionSecrets,
    maxAge: SESSION_MS / 1000,
  });
}

async function sessionIdFrom(request: Request): Promise<string | null> {
  const value = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

/**
 * The signed-in user's id, or null. Expired or revoked sessions count as signed out, and so
 * does a sign-in still waiting for its second factor (only that step's page may read it, with
 * `awaitingSecondFactorUserId`).
 */
export async function getUserId(request: Request): Promise<string | null> {
  const sessionId = await sessionIdFrom(request);
  if (!sessionId) return null;
  const session = await db().session.findUnique({ where: { id: sessionId } });
  if (!session || session.awaitingSecondFactor) return null;
  const now = Date.now();
  const endsAt = session.createdAt.getTime() + ABSOLUTE_MS;
  if (session.expiresAt.getTime() <= now || endsAt <= now) {
    await db().session.deleteMany({ where: { id: sessionId } });
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db().session.update({
      where: { id: sessionId },
      data: { lastSeenAt: new Date(now), expiresAt: new Date(Math.min(now + SESSION_MS, endsAt)) },
    });
  }
  return session.userId;
}

/** The user whose sign-in waits for its second factor in this browser, or null. */
export async function awaitingSecondFactorUserId(request: Request): Promise<string | null> {
  const sessionId = await sessionIdFrom(request);
  if (!sessionId) return null;
  const session = await db().session.findUnique({ where: { id: sessionId } });
  if (!session?.awaitingSecondFactor || session.expiresAt.getTime() <= Date.now()) return null;
  return session.userId;
}

/**
 * Starts a new session for the user. Any session the browser already had is ended, so a
 * session id set before sign-in can never become a signed-in one (session fixation); passing
 * the second factor starts another new one for the same reason. A session awaiting its
 * second factor lasts only `secondFactorWithinMs`.
 */
export async function startSession(
  request: Request,
  userId: string,
  options: { secondFactorWithinMs?: number } = {},
): Promise<string> {
  const previous = await sessionIdFrom(request);
  if (previous) await db().session.deleteMany({ where: { id: previous } });
  const awaitingSecondFactor = options.secondFactorWithinMs !== undefined;
  const session = await db().session.create({
    data: {
      userId,
      expiresAt: new Date(Date.now() + (options.secondFactorWithinMs ?? SESSION_MS)),
      userAgent: request.headers.get("User-Agent")?.slice(0, 300) ?? null,
      awaitingSecondFactor,
    },
  });
  if (!awaitingSecondFactor)
    await db().user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
  return sessionCookie().serialize(session.id);
}

export async function endSession(request: Request): Promise<string> {
  const sessionId = await sessionIdFrom(request);
  if (sessionId) await db().session.deleteMany({ where: { id: sessionId } });
  return sessionCookie().serialize("", { maxAge: 0 });
}

/** Ends her sessions on every other device, keeping the one this request comes from. */
export async function endOtherSessions(request: Request, userId: string) {
  const current = await sessionIdFrom(request);
  await db().session.deleteMany({
    where: { userId, ...(current ? { id: { not: current } } : {}) },
  });
}

export async function endAllSessions(userId: string): Promise<string> {
  await db().session.deleteMany({ where: { userId } });
  return sessionCookie().serialize("", { maxAge: 0 });
}

export async function redirectSignedOut(request: Request) {
  const cookie = await endSession(request);
  return redirect("/", { headers: { "Set-Cookie": cookie } });
}
