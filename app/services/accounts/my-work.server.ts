import { translated } from "~/domain/shared/translated-text";
import { roundPhaseWhere } from "~/domain/schemes/round-phase";
import { statusViewOf } from "~/services/applications/application-pages.server";
import { definitionOf, sectionStates } from "~/services/applications/applications.server";
import { db } from "~/services/platform/db.server";
import type { SignedInUser } from "~/services/access/permissions.server";

/**
 * "My work": what a signed-in person has to do next. Her groups' unsent drafts come first,
 * soonest deadline first, each with how far it has got; then what was sent; then invitations
 * to join a group; then everything she belongs to. Lists are bounded; the full list of
 * applications is one link away.
 */

const DRAFTS_SHOWN = 20;
const SENT_SHOWN = 10;
const INVITATIONS_SHOWN = 10;

export async function myWork(user: SignedInUser, locale: string, now = new Date()) {
  const ofHerGroups = { organisationId: { in: user.organisations.map((m) => m.organisationId) } };
  const application = {
    organisation: { select: { name: true } },
    pot: { include: { round: { include: { scheme: true } } } },
  } as const;
  const [
    drafts,
    sent,
    sentCount,
    invitations,
    funders,
    organisations,
    panels,
    consultations,
    grants,
  ] = await Promise.all([
    db().application.findMany({
      where: {
        ...ofHerGroups,
        status: "DRAFT",
        pot: { round: roundPhaseWhere("notClosed", now) },
      },
      include: { ...application, formVersion: true },
      orderBy: { pot: { round: { closesAt: "asc" } } },
      take: DRAFTS_SHOWN,
    }),
    db().application.findMany({
      where: { ...ofHerGroups, status: { not: "DRAFT" } },
      include: application,
      orderBy: { updatedAt: "desc" },
      take: SENT_SHOWN,
    }),
    db().application.count({ where: { ...ofHerGroups, status: { not: "DRAFT" } } }),
    db().organisationInvitation.findMany({
      where: {
        email: user.email,
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: now },
        organisation: { members: { none: { userId: user.id } } },
      },
      include: { organisation: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
      take: INVITATIONS_SHOWN,
    }),
    db().funderMember.findMany({ where: { userId: user.id }, include: { funder: true } }),
    db().organisationMember.findMany({
      where: { userId: user.id },
      include: { organisation: true },
    }),
    db().panelMember.findMany({
      where: { userId: user.id, removedAt: null },
      include: {
        panel: { include: { round: { select: { scheme: { select: { funderId: true } } } } } },
      },
    }),
    db().workingGroupMember.count({
      where: { userId: user.id, acceptedAt: { not: null }, revokedAt: null },
    }),
    db().grant.groupBy({ by: ["status"], where: ofHerGroups, _count: { _all: true } }),
  ]);
  const closed = new Set(user.closedFunderIds ?? []);
  const inviterIds = invitations.flatMap((invitation) =>
    invitation.invitedById ? [invitation.invitedById] : [],
  );
  const inviters = inviterIds.length
    ? await db().user.findMany({
        where: { id: { in: inviterIds } },
        select: { id: true, name: true, email: true },
      })
    : [];
  const inviterName = new Map(
    inviters.map((inviter) => [inviter.id, inviter.name || inviter.email]),
  );

  const heading = (row: (typeof sent)[number]) => ({
    id: row.id,
    scheme: translated(row.pot.round.scheme.title, locale),
    pot: translated(row.pot.name, locale),
    organisation: row.organisation.name,
    timeZone: row.pot.round.scheme.timeZone,
  });
  return {
    now: now.toISOString(),
    isPlatformAdmin: user.isPlatformAdmin,
    drafts: drafts.map((draft) => {
      const states = sectionStates(definitionOf(draft), draft);
      const done = states.filter((section) => section.state === "complete").length;
      const ready = states.length > 0 && done === states.length;
      // The next step: the task list while parts are left, check your answers once none are.
      const next = {
        to: ready ? `/applications/${draft.id}/check` : `/applications/${draft.id}`,
        ready,
        done,
        total: states.length,
      };
      return { ...heading(draft), closesAt: draft.pot.round.closesAt.toISOString(), next };
    }),
    sent: sent.map((row) => ({ ...heading(row), status: statusViewOf(row, now) })),
    moreSent: sentCount - sent.length,
    invitations: invitations.map((invitation) => ({
      id: invitation.id,
      organisation: invitation.organisation.name,
      role: invitation.role,
      inviter: invitation.invitedById ? (inviterName.get(invitation.invitedById) ?? null) : null,
      email: invitation.email,
      expiresAt: invitation.expiresAt.toISOString(),
    })),
    // A deactivated funder's pages are closed: it is still listed, so nobody wonders where it went.
    funders: funders.map((m) => ({
      id: m.funder.id,
      name: m.funder.name,
      role: m.role,
      closed: closed.has(m.funder.id),
    })),
    organisations: organisations.map((m) => ({
      id: m.organisation.id,
      name: m.organisation.name,
      role: m.role,
    })),
    panels: panels.map((m) => ({
      id: m.panel.id,
      name: m.panel.name,
      role: m.role,
      closed: closed.has(m.panel.round.scheme.funderId),
    })),
    inWorkingGroup: consultations > 0,
    // Her groups' grants, and how many still wait for the conditions to be accepted.
    grants: {
      count: grants.reduce((total, row) => total + row._count._all, 0),
      offered: grants.find((row) => row.status === "OFFERED")?._count._all ?? 0,
    },
    // Staff come to work for their funder; a group profile is offered to people with no group.
    offerGroupProfile: organisations.length === 0 && funders.length === 0,
  };
}
