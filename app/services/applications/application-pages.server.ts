import type { LoaderFunctionArgs } from "@remix-run/node";
import { isEditable } from "~/domain/applications/state-machine";
import { statusWords } from "~/domain/applications/status-words";
import {
  applicationAccess,
  applicationResource,
  can,
  type ApplicationAccess,
} from "~/domain/access/permissions";
import { translated } from "~/domain/shared/translated-text";
import { audit } from "~/services/platform/audit.server";
import { loadApplication, type LoadedApplication } from "./applications.server";
import { db } from "~/services/platform/db.server";
import { forbidden, requireUser, type SignedInUser } from "~/services/access/permissions.server";

/**
 * What the applying pages read: one application with the asker's access checked, the list of
 * her groups' applications, and the few small changes that are not a section save.
 */

export type ApplicationForPage = {
  user: SignedInUser;
  application: LoadedApplication;
  access: ApplicationAccess;
};

/**
 * The one way into an application for a page: signed in, and allowed by the policy to view (or
 * edit) it; otherwise the same 403 as for an application that does not exist.
 */
export async function requireApplication(
  request: Request,
  params: LoaderFunctionArgs["params"],
  action: "view" | "edit",
): Promise<ApplicationForPage> {
  const user = await requireUser(request);
  const application = await loadApplication(params.applicationId ?? "");
  const access = application
    ? applicationAccess(user, action, applicationResource(application))
    : null;
  if (!application || !access) throw forbidden();
  return { user, application, access };
}

/**
 * The funder's name for the "entered by staff" note, and who in the group can work on it.
 * Staff see members' names only: a group's email addresses are for the group.
 */
export async function applicationPeople(application: LoadedApplication, access: ApplicationAccess) {
  const [funder, members] = await Promise.all([
    db().funder.findUnique({
      where: { id: application.funderId },
      select: { name: true, recordingRetentionDays: true },
    }),
    db().organisationMember.findMany({
      where: { organisationId: application.organisationId },
      include: { user: { select: { name: true, email: true } } },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return {
    funderName: funder?.name ?? "",
    /** How long recordings are kept after the decision; applicants are told as they record. */
    recordingRetentionDays: funder?.recordingRetentionDays ?? null,
    members: members.flatMap((m) => {
      const email = access.mover === "applicant" ? m.user.email : null;
      return m.user.name || email ? [{ id: m.userId, name: m.user.name, email, role: m.role }] : [];
    }),
  };
}

/** Applications of every group she belongs to, newest first. */
export async function applicationsOf(user: SignedInUser) {
  const organisationIds = user.organisations.map((m) => m.organisationId);
  if (organisationIds.length === 0) return [];
  return db().application.findMany({
    where: { organisationId: { in: organisationIds } },
    include: {
      organisation: { select: { name: true } },
      pot: {
        include: {
          round: { include: { scheme: { include: { funder: { select: { name: true } } } } } },
        },
      },
    },
    orderBy: { createdAt: "desc" },
  });
}

export type LanguageResult = { ok: true } | { ok: false; reason: "forbidden" | "not-editable" };

/** Which language most answers are written in, so the funder can find a reader or translator. */
export async function setAnswerLanguage(
  actor: SignedInUser,
  applicationId: string,
  language: string,
): Promise<LanguageResult> {
  const application = await loadApplication(applicationId);
  const access = application
    ? applicationAccess(actor, "edit", applicationResource(application))
    : null;
  if (!application || !access) return { ok: false, reason: "forbidden" };
  if (!isEditable(application.status)) return { ok: false, reason: "not-editable" };
  const written = await db().$transaction(async (tx) => {
    const claim = await tx.application.updateMany({
      where: { id: application.id, status: "DRAFT" },
      data: { answerLanguage: language, revision: { increment: 1 } },
    });
    if (claim.count !== 1) return false;
    await audit(tx, {
      actorId: actor.id,
      action: access.onBehalf ? "applications.language-set-on-behalf" : "applications.language-set",
      entity: { type: "Application", id: application.id },
      funderId: application.funderId,
      detail: { language },
    });
    return true;
  });
  return written ? { ok: true } : { ok: false, reason: "not-editable" };
}

/** The status sentence, ready to send to the page (dates as ISO strings). */
export function statusViewOf(
  application: {
    status: LoadedApplication["status"];
    submittedAt: Date | null;
    pot: { round: { closesAt: Date; decisionAt: Date | null } };
  },
  now = new Date(),
) {
  const words = statusWords(application, application.pot.round, now);
  return { ...words, date: words.date?.toISOString() ?? null };
}

/** The groups she can apply for, each with its unsent draft for this pot, if it has one. */
export async function groupsForApplying(user: SignedInUser, potId: string) {
  const ids = user.organisations
    .filter((m) => can(user, "edit", { type: "organisation", organisationId: m.organisationId }))
    .map((m) => m.organisationId);
  if (ids.length === 0) return [];
  const organisations = await db().organisation.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      name: true,
      applications: { where: { potId, status: "DRAFT" }, select: { id: true } },
    },
    orderBy: { name: "asc" },
  });
  return organisations.map((o) => ({
    id: o.id,
    name: o.name,
    draftId: o.applications[0]?.id ?? null,
  }));
}

/** What every applying page says at the top: which application this is and where it stands. */
export function headingOf(application: LoadedApplication, locale: string, now = new Date()) {
  const { round } = application.pot;
  return {
    id: application.id,
    reference: application.reference,
    scheme: translated(round.scheme.title, locale),
    pot: translated(application.pot.name, locale),
    organisation: application.organisation.name,
    organisationId: application.organisationId,
    status: statusViewOf(application, now),
    draft: application.status === "DRAFT",
    closesAt: round.closesAt.toISOString(),
    timeZone: round.scheme.timeZone,
    currency: round.scheme.currency,
  };
}

export type Heading = ReturnType<typeof headingOf>;

/**
 * Where the receipt email went, and in which language; none when staff sent the application,
 * and none shown to staff, since the address is a group member's.
 */
export async function receiptOf(applicationId: string, access: ApplicationAccess) {
  if (access.mover !== "applicant") return null;
  return db().outboundEmail.findFirst({
    where: { dedupeKey: `application-receipt:${applicationId}` },
    select: { to: true, locale: true },
  });
}
