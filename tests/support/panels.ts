import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { action as screeningAction } from "~/routes/fund.$funderId.schemes.$schemeId.rounds.$roundId.screening._index";
import { db } from "~/services/platform/db.server";
import { BASE_URL, makeRequest, run, signedInCookie, unwrap } from "./requests";

/** Signs demo people in by email, once each. */
export function signIns() {
  const cookies = new Map<string, string>();
  return async (email: string | null) => {
    if (!email) return null;
    if (!cookies.has(email)) {
      const user = await db().user.findUniqueOrThrow({ where: { email } });
      cookies.set(email, await signedInCookie(user.id));
    }
    return cookies.get(email)!;
  };
}

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;

/** Opens a page or posts a form the way a browser would, as someone or signed out. */
export async function call(
  handler: Handler,
  path: string,
  params: Record<string, string>,
  cookie: string | null,
  form?: Record<string, string>,
) {
  return run(handler, makeRequest(path, { cookie, form }), params);
}

export function expectStatus(result: unknown, status: number) {
  if (!(result instanceof Response)) throw new Error(`expected a ${status} response`);
  if (result.status !== status) throw new Error(`expected ${status}, got ${result.status}`);
}

export function payload<T>(result: unknown) {
  return unwrap<T>(result);
}

/** The demo panel and the ids its addresses are built from. */
export async function demoPanel() {
  const panel = await db().panel.findFirstOrThrow({
    where: { name: "2027 review panel" },
    include: { round: { include: { scheme: true } } },
  });
  const params = {
    funderId: panel.round.scheme.funderId,
    schemeId: panel.round.schemeId,
    roundId: panel.roundId,
    panelId: panel.id,
  };
  const applications = await db().application.findMany({
    where: { pot: { roundId: panel.roundId } },
    include: { organisation: true },
  });
  const byGroup = (name: string) => applications.find((a) => a.organisation.name === name)!;
  const userId = async (email: string) =>
    (await db().user.findUniqueOrThrow({ where: { email } })).id;
  return { panel, params, byGroup, userId };
}

export const assignmentsPath = (p: {
  funderId: string;
  schemeId: string;
  roundId: string;
  panelId: string;
}) =>
  `/fund/${p.funderId}/schemes/${p.schemeId}/rounds/${p.roundId}/panels/${p.panelId}/assignments`;

/**
 * Screens applications eligible through the screening page, as staff do before a panel shares
 * them out; only eligible applications are assigned.
 */
export async function screenEligible(
  params: { funderId: string; schemeId: string; roundId: string },
  cookie: string,
  applicationIds: string[],
) {
  const path = `/fund/${params.funderId}/schemes/${params.schemeId}/rounds/${params.roundId}/screening`;
  const body = new URLSearchParams([
    ["intent", "mark-eligible"],
    ...applicationIds.map((id) => ["applicationId", id]),
  ]);
  const request = new Request(new URL(path, BASE_URL), {
    method: "POST",
    headers: { Cookie: cookie },
    body,
  });
  const result = await run(screeningAction, request, params);
  expectStatus(result, 302);
}
