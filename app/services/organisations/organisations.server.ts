import {
  profileChanges,
  profileOf,
  type OrganisationProfile,
} from "~/domain/organisations/organisation-profile";
import type { Action, Resource } from "~/domain/access/permissions";
import { requirePermission } from "~/services/access/permissions.server";
import { audit } from "~/services/platform/audit.server";
import { db, type Tx } from "~/services/platform/db.server";

/** Organisation profiles: creating, editing, and what the permission check needs to know. */

const entity = (id: string) => ({ type: "Organisation", id });

/**
 * An application that counts as the group having applied to a funder: one it sent. A draft
 * does not, nor a draft withdrawn before it was sent: the funder was never shown anything.
 */
export const sentApplication = { submittedAt: { not: null } } as const;

/** The funders whose schemes the organisation has applied to (application → pot → round → scheme). */
export async function funderIdsAppliedTo(organisationId: string): Promise<string[]> {
  const schemes = await db().scheme.findMany({
    where: {
      rounds: {
        some: {
          pots: { some: { applications: { some: { organisationId, ...sentApplication } } } },
        },
      },
    },
    select: { funderId: true },
  });
  return [...new Set(schemes.map((scheme) => scheme.funderId))];
}

/**
 * The organisation as the permission policy sees it, with the funders it has applied to. Null
 * when there is no such organisation, which requirePermission turns into the usual 403.
 */
export async function organisationScope(organisationId: string): Promise<Resource | null> {
  const organisation = await db().organisation.findUnique({
    where: { id: organisationId },
    select: { id: true },
  });
  if (!organisation) return null;
  return {
    type: "organisation",
    organisationId,
    appliedToFunderIds: await funderIdsAppliedTo(organisationId),
  };
}

/**
 * The organisation named by `params.organisationId` (the address, or the group chosen in a
 * form), for someone allowed to act on it; the same 403 whether it is missing or off-limits.
 */
export async function requireOrganisation(
  request: Request,
  params: { organisationId?: string },
  action: Action,
) {
  const organisationId = params.organisationId ?? "";
  const user = await requirePermission(request, action, () => organisationScope(organisationId));
  return { user, organisationId };
}

/**
 * Takes the organisation's row lock for the rest of the transaction, so two people changing
 * its members or invitations at once are handled one after the other. Otherwise two owners
 * demoting each other at the same moment could each still see the other as owner.
 */
export async function lockOrganisation(tx: Tx, organisationId: string) {
  const locked = await tx.organisation.updateMany({
    where: { id: organisationId },
    data: { updatedAt: new Date() },
  });
  return locked.count === 1;
}

/** The person who creates an organisation becomes its first OWNER. */
export async function createOrganisation(actorId: string, profile: OrganisationProfile) {
  return db().$transaction(async (tx) => {
    const organisation = await tx.organisation.create({
      data: { ...profile, members: { create: { userId: actorId, role: "OWNER" } } },
    });
    await audit(tx, {
      actorId,
      action: "organisations.created",
      entity: entity(organisation.id),
      detail: { name: profile.name, legalForm: profile.legalForm },
    });
    return organisation;
  });
}

export async function updateOrganisation(
  actorId: string,
  organisationId: string,
  profile: OrganisationProfile,
) {
  return db().$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id: organisationId } });
    if (!before) return null;
    const changes = profileChanges(profileOf(before), profile);
    if (Object.keys(changes).length === 0) return changes;
    // A host picked from Withfund stays linked only while its name is left as it was.
    const hostOrganisationId = changes.hostOrganisationName ? null : before.hostOrganisationId;
    await tx.organisation.update({
      where: { id: organisationId },
      data: { ...profile, hostOrganisationId },
    });
    await audit(tx, {
      actorId,
      action: "organisations.updated",
      entity: entity(organisationId),
      detail: { changes },
    });
    return changes;
  });
}

/** Sets where a group works to an area a funder listed, picked by a member while applying. */
export async function setAreaServed(actorId: string, organisationId: string, area: string) {
  return db().$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({
      where: { id: organisationId },
      select: { areaServed: true },
    });
    if (!before || before.areaServed === area) return;
    await tx.organisation.update({ where: { id: organisationId }, data: { areaServed: area } });
    await audit(tx, {
      actorId,
      action: "organisations.updated",
      entity: entity(organisationId),
      detail: { changes: { areaServed: { from: before.areaServed, to: area } } },
    });
  });
}

export async function loadOrganisation(organisationId: string) {
  return db().organisation.findUnique({
    where: { id: organisationId },
    include: {
      hostOrganisation: { select: { name: true } },
      members: {
        include: { user: { select: { name: true, email: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
}
