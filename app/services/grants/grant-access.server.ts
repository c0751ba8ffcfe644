import type { LoaderFunctionArgs } from "@remix-run/node";
import { can, type GrantResource } from "~/domain/access/permissions";
import {
  forbidden,
  refusal,
  requireUser,
  type SignedInUser,
} from "~/services/access/permissions.server";
import { db } from "~/services/platform/db.server";

/** Loads a grant with what every grant page shows beside it. */
export async function loadGrant(grantId: string) {
  return db().grant.findUnique({
    where: { id: grantId },
    include: {
      application: {
        select: {
          id: true,
          reference: true,
          potId: true,
          awardedMinor: true,
          answerLanguage: true,
          pot: {
            select: {
              id: true,
              name: true,
              round: {
                select: {
                  id: true,
                  name: true,
                  scheme: { select: { id: true, title: true, currency: true, timeZone: true } },
                },
              },
            },
          },
          organisation: { select: { id: true, name: true } },
        },
      },
    },
  });
}

export type LoadedGrant = NonNullable<Awaited<ReturnType<typeof loadGrant>>>;

export function grantResource(grant: { organisationId: string; funderId: string }): GrantResource {
  return { type: "grant", organisationId: grant.organisationId, funderId: grant.funderId };
}

export type GrantForPage = {
  user: SignedInUser;
  grant: LoadedGrant;
  /** Whether she works on it as the group (/grants/…) or as the funder's staff (/fund/…). */
  as: "group" | "staff";
};

/**
 * The one way into a grant for a page: signed in and allowed by the policy. Under /fund/:funderId
 * the grant must also be that funder's, so ids swapped between tenants answer 403 like a grant
 * that does not exist; the group's own pages (no funderId) are for the group's members (and the
 * platform administrator, who supports groups), never for staff.
 */
export async function requireGrant(
  request: Request,
  params: LoaderFunctionArgs["params"],
  action: "view" | "edit",
): Promise<GrantForPage> {
  const user = await requireUser(request);
  const grant = await loadGrant(params.grantId ?? "");
  if (!grant) throw forbidden();
  if (params.funderId !== undefined && params.funderId !== grant.funderId) throw forbidden();
  const resource = grantResource(grant);
  if (!can(user, action, resource)) throw refusal(user, action, resource);
  // The funder's pages are for its staff: a group member may read her grant, but on her own pages.
  if (params.funderId !== undefined) {
    const funder = { type: "funder" as const, funderId: grant.funderId };
    if (!can(user, action, funder)) throw refusal(user, action, funder);
    return { user, grant, as: "staff" };
  }
  const member = user.organisations.some((m) => m.organisationId === grant.organisationId);
  if (!member && !user.isPlatformAdmin) throw forbidden();
  return { user, grant, as: "group" };
}
