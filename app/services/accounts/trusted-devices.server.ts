import { createHash, randomBytes } from "node:crypto";
import { createCookie } from "@remix-run/node";
import { TRUSTED_DEVICE_MS } from "~/domain/accounts/two-factor";
import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";
import { config } from "~/services/platform/env.server";

/**
 * A browser that passed the second step and asked to be remembered skips it for 30 days. The
 * cookie holds a random token; the database only its hash, so a copy of the database cannot
 * make a browser trusted.
 */
function deviceCookie() {
  const { sessionSecrets, appUrl } = config();
  return createCookie("__device", {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: appUrl.startsWith("https://"),
    secrets: sessionSecrets,
    maxAge: TRUSTED_DEVICE_MS / 1000,
  });
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

async function tokenHashFrom(request: Request): Promise<string | null> {
  const token = await deviceCookie().parse(request.headers.get("Cookie"));
  return typeof token === "string" && token ? hashToken(token) : null;
}

export async function isTrustedDevice(request: Request, userId: string): Promise<boolean> {
  const tokenHash = await tokenHashFrom(request);
  if (!tokenHash) return false;
  const device = await db().trustedDevice.findUnique({ where: { tokenHash } });
  return Boolean(device && device.userId === userId && device.expiresAt.getTime() > Date.now());
}

/** Remembers this browser for her and returns the cookie to set. */
export async function rememberDevice(request: Request, userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db().$transaction(async (tx) => {
    const device = await tx.trustedDevice.create({
      data: {
        userId,
        tokenHash: hashToken(token),
        userAgent: request.headers.get("User-Agent")?.slice(0, 300) ?? null,
        expiresAt: new Date(Date.now() + TRUSTED_DEVICE_MS),
      },
    });
    await audit(tx, {
      actorId: userId,
      action: "accounts.device-remembered",
      entity: { type: "TrustedDevice", id: device.id },
    });
  });
  return deviceCookie().serialize(token);
}

export type TrustedDeviceRow = {
  id: string;
  userAgent: string | null;
  createdAt: string;
  expiresAt: string;
  thisDevice: boolean;
};

export async function listTrustedDevices(
  request: Request,
  userId: string,
): Promise<TrustedDeviceRow[]> {
  const current = await tokenHashFrom(request);
  const devices = await db().trustedDevice.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
  });
  return devices.map((device) => ({
    id: device.id,
    userAgent: device.userAgent,
    createdAt: device.createdAt.toISOString(),
    expiresAt: device.expiresAt.toISOString(),
    thisDevice: device.tokenHash === current,
  }));
}

/** Forgets one of her devices (or all of them, without `deviceId`); the next sign-in there asks again. */
export async function forgetDevices(userId: string, deviceId?: string): Promise<number> {
  return db().$transaction(async (tx) => {
    const where = deviceId ? { userId, id: deviceId } : { userId };
    const devices = await tx.trustedDevice.findMany({ where, select: { id: true } });
    await tx.trustedDevice.deleteMany({ where });
    for (const device of devices)
      await audit(tx, {
        actorId: userId,
        action: "accounts.device-forgotten",
        entity: { type: "TrustedDevice", id: device.id },
      });
    return devices.length;
  });
}
