import { redirect } from "@remix-run/node";
import {
  can,
  closedByDeactivation,
  FUNDER_DEACTIVATED,
  type Action,
  type Actor,
  type Resource,
} from "~/domain/access/permissions";
import { mustSetUpTwoFactor } from "~/services/accounts/two-factor-duty.server";
import { readSignedIn, type SignedInUser } from "~/services/access/signed-in.server";
import { currentRequestScope } from "~/services/platform/log.server";
import { getUserId } from "~/services/platform/session.server";

export type { SignedInUser } from "~/services/access/signed-in.server";

export function getUser(request: Request): Promise<SignedInUser | null> {
  const load = () => getUserId(request).then((userId) => (userId ? readSignedIn(userId) : null));
  // An action may change who she is (sign out, a new membership); the pages read after it must
  // see that, so only reading requests share the answer.
  const scope =
    request.method === "GET" || request.method === "HEAD" ? currentRequestScope() : null;
  if (!scope) return load();
  let signedIn = signedInByRequest.get(scope);
  if (!signedIn) {
    signedIn = load();
    signedInByRequest.set(scope, signedIn);
  }
  return signedIn;
}

/**
 * Who is signed in, read once per HTTP request: the root layout and the page's own loader both
 * ask (each with its own copy of the request), and each answer costs several queries. A
 * change to her memberships is seen from the next request on, as it always was.
 */
const signedInByRequest = new WeakMap<object, Promise<SignedInUser | null>>();

/**
 * Signed-out visitors are sent to sign in and brought back to where they were going. Someone
 * who must use two-factor sign-in and has not set it up is sent to do that first, from every
 * page but its own (`twoFactorSetup: "allowed"`).
 */
export async function requireUser(
  request: Request,
  options: { twoFactorSetup?: "allowed" } = {},
): Promise<SignedInUser> {
  const user = await getUser(request);
  const url = new URL(request.url);
  const returnTo = encodeURIComponent(`${url.pathname}${url.search}`);
  if (!user) throw redirect(`/sign-in?redirectTo=${returnTo}`);
  if (options.twoFactorSetup !== "allowed" && (await mustSetUpTwoFactor(user.id, user)))
    throw redirect(`/account/two-factor/setup?redirectTo=${returnTo}`);
  return user;
}

/**
 * The same 403 whether the resource is missing or off-limits, so nobody can probe which
 * records exist.
 */
export function forbidden(): Response {
  return new Response("Forbidden", { status: 403 });
}

/**
 * The answer to someone the policy refused. Whoever could work here were the funder active
 * (its staff, its panels, the platform administrator) is told plainly that the funder is
 * deactivated; anyone else gets the usual 403, learning nothing.
 */
export function refusal(user: Actor, action: Action, resource: Resource): Response {
  if (
    closedByDeactivation(user, action, resource) &&
    can({ ...user, closedFunderIds: [] }, action, resource)
  )
    return funderDeactivated();
  return forbidden();
}

function funderDeactivated(): Response {
  return new Response(FUNDER_DEACTIVATED, { status: 403, statusText: FUNDER_DEACTIVATED });
}

/**
 * The one permission check. `resource` may be a loader of the resource's scope; when it
 * finds nothing, the answer is the same 403 as for a refusal.
 */
export async function requirePermission(
  request: Request,
  action: Action,
  resource: Resource | (() => Promise<Resource | null>),
): Promise<SignedInUser> {
  const user = await requireUser(request);
  const target = typeof resource === "function" ? await resource() : resource;
  if (!target) throw forbidden();
  if (!can(user, action, target)) throw refusal(user, action, target);
  return user;
}
