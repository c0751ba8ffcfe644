import { readableByPanelStatuses } from "~/domain/panels/moderation";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { can, type Action } from "~/domain/access/permissions";
import {
  answerSummary,
  shownSummary,
  type ShownSection,
} from "~/domain/applications/answer-summary";
import { answerTextAttributes } from "~/domain/applications/answer-languages";
import {
  fileNumbers,
  identifyingQuestionIds,
  withholdIdentifyingAnswers,
  writtenAnswers,
} from "~/domain/panels/blind-review";
import { identityMentions, type Identity } from "~/domain/panels/identity-mentions";
import type { Locale } from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import {
  definitionOf,
  loadApplication,
  rawAnswersOf,
  type LoadedApplication,
} from "~/services/applications/applications.server";
import type { SignedInUser } from "~/services/access/permissions.server";
import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";
import { requirePanelApplication } from "./panel-application.server";

/**
 * An application as a panel reads it. Reviewers, the chair and the funder's staff enter through
 * the panel in the address; the application must be one that panel reviews. In blind review
 * everything that says who applied is taken out here, before any page sees it.
 */

export type PanelApplicationAccess = Awaited<ReturnType<typeof requirePanelReading>>;

/**
 * The application in the panel's address for someone the policy lets `action` it (through
 * requirePanelApplication), with all of it loaded and what blind review and the conflicts-first
 * rule mean for this reader.
 */
export async function requirePanelReading(
  request: Request,
  params: LoaderFunctionArgs["params"],
  action: Action,
) {
  const {
    user,
    panel,
    resource,
    application: found,
  } = await requirePanelApplication(request, params, action, readableByPanelStatuses);
  const application = (await loadApplication(found.id))!;
  const isStaff = can(user, "view", { type: "funder", funderId: panel.round.scheme.funderId });
  const membership = panel.members.find((member) => member.userId === user.id) ?? null;
  return {
    user,
    panel,
    application,
    resource,
    isStaff,
    /** Blind review hides identity from members; the funder's staff always see it. */
    hidesIdentity: panel.blindReview && !isStaff,
    /** A member who has not yet declared her conflicts reads nothing until she has. */
    mustDeclareConflicts: !isStaff && membership !== null && membership.conflictsCheckedAt === null,
  };
}

/**
 * The sections as a reader sees them: in her language, and in blind review for a member,
 * identifying answers withheld.
 */
export function readableSections(
  application: Parameters<typeof definitionOf>[0] & {
    answers: unknown;
    pot: { maxGrantMinor: number; round: { scheme: { currency: string } } };
  },
  hidesIdentity: boolean,
  locale: string,
) {
  const definition = definitionOf(application);
  const sections = shownSummary(
    answerSummary(definition, rawAnswersOf(application), {
      currency: application.pot.round.scheme.currency,
      potMaxMinor: application.pot.maxGrantMinor,
    }),
    locale,
    definition.sourceLocale,
  );
  return hidesIdentity
    ? withholdIdentifyingAnswers(sections, identifyingQuestionIds(definition))
    : sections;
}

/** Everything the reading page shows, with nothing this reader may not see. */
export async function panelReading(access: PanelApplicationAccess, locale: Locale) {
  const { application, panel, user, resource, hidesIdentity } = access;
  const sections = readableSections(application, hidesIdentity, locale);
  const [files, people] = await Promise.all([
    readableFiles(application.id, sections, hidesIdentity),
    hidesIdentity ? Promise.resolve([]) : peopleOf(application.organisationId),
  ]);
  const organisation = application.organisation;
  return {
    panel: { id: panel.id, name: panel.name, blindReview: panel.blindReview },
    application: {
      id: application.id,
      reference: application.reference,
      pot: translated(application.pot.name, locale),
      requestedMinor: application.requestedMinor,
      currency: application.pot.round.scheme.currency,
    },
    hidesIdentity,
    // The group's name, registration, host and people only to those who may know who applied.
    group: hidesIdentity
      ? null
      : {
          name: organisation.name,
          registrationNumber: organisation.registrationNumber,
          hostOrganisationName: organisation.hostOrganisationName,
          people,
        },
    profile: {
      legalForm: organisation.legalForm,
      byAndFor: organisation.byAndFor,
      yearsActive: organisation.yearsActive,
      areaServed: organisation.areaServed,
      communitiesServed: organisation.communitiesServed,
      languagesUsed: organisation.languagesUsed,
    },
    answerLanguage: application.answerLanguage,
    textAttributes: answerTextAttributes(application.answerLanguage),
    sections,
    files,
    mentions:
      panel.blindReview && access.isStaff
        ? identityMentions(
            // What reviewers will read: identifying answers are withheld from them already.
            writtenAnswers(readableSections(application, true, locale)),
            identityFrom(organisation, people.length ? people : await peopleOf(organisation.id)),
          )
        : [],
    links: {
      review: can(user, "review", resource),
      comments: can(user, "comment", resource),
    },
    canSummarise: can(user, "edit", resource),
  };
}

export type ReadingFile = {
  id: string;
  kind: "file" | "recording";
  number: number;
  /** The name it was uploaded with; null in blind review, where "File 1" stands for it. */
  name: string | null;
  media: "audio" | "video" | null;
  summary: string | null;
  deleted: boolean;
};

/** The files the shown answers point to, named or numbered. */
async function readableFiles(
  applicationId: string,
  sections: ShownSection[],
  hidesIdentity: boolean,
): Promise<Record<string, ReadingFile>> {
  const numbers = fileNumbers(sections);
  const stored = await db().storedFile.findMany({
    where: { applicationId, id: { in: Object.keys(numbers) } },
    select: { id: true, originalName: true, mimeType: true, summary: true, deletedAt: true },
  });
  return Object.fromEntries(
    stored.map((file) => [
      file.id,
      {
        id: file.id,
        ...numbers[file.id]!,
        name: hidesIdentity ? null : file.originalName,
        media: file.mimeType.startsWith("audio/")
          ? "audio"
          : file.mimeType.startsWith("video/")
            ? "video"
            : null,
        summary: file.summary,
        deleted: file.deletedAt !== null,
      },
    ]),
  );
}

/** Members' names only: a group's email addresses are for the group (as on staff pages). */
async function peopleOf(organisationId: string) {
  return (await peopleOfGroups([organisationId])).get(organisationId) ?? [];
}

/** The names of each group's people, by group. */
export async function peopleOfGroups(organisationIds: string[]) {
  const members = await db().organisationMember.findMany({
    where: { organisationId: { in: organisationIds } },
    orderBy: { createdAt: "asc" },
    select: { organisationId: true, user: { select: { name: true } } },
  });
  const names = new Map<string, string[]>();
  for (const member of members) {
    if (!member.user.name) continue;
    names.set(member.organisationId, [
      ...(names.get(member.organisationId) ?? []),
      member.user.name,
    ]);
  }
  return names;
}

/** Who the group is, as answers might name it: its name, registration, host and people. */
export function identityFrom(
  organisation: Pick<
    LoadedApplication["organisation"],
    "name" | "registrationNumber" | "hostOrganisationName"
  >,
  people: string[],
): Identity {
  const { name, registrationNumber, hostOrganisationName } = organisation;
  return {
    group: [name, registrationNumber, hostOrganisationName].filter(
      (text): text is string => typeof text === "string" && text.trim() !== "",
    ),
    people,
  };
}

/**
 * A file of this application that this reader may open: only one its shown answers point to,
 * the files the reading page lists. A file the group has since replaced (kept when staff had
 * summarised it, or left behind by an interrupted save), a check-in's photo or recording, and in
 * blind review a file behind a withheld answer are never served here, whoever asks. In blind
 * review the file goes under a name that says nothing about who sent it.
 */
export async function readableFile(access: PanelApplicationAccess, fileId: string) {
  const number = fileNumbers(readableSections(access.application, access.hidesIdentity, "en"))[
    fileId
  ];
  if (!number) return null;
  const file = await db().storedFile.findFirst({
    where: { id: fileId, applicationId: access.application.id, deletedAt: null },
    select: { id: true, originalName: true, mimeType: true, storageKey: true },
  });
  if (!file) return null;
  return {
    ...file,
    downloadName: access.hidesIdentity ? genericName(number, file.mimeType) : file.originalName,
  };
}

/** "file-2.pdf", "recording-1.webm": a name that says nothing about who sent it. */
function genericName(number: { kind: string; number: number }, mimeType: string) {
  const extension = /^[a-z]+\/([a-z0-9]+)/.exec(mimeType.toLowerCase())?.[1];
  const known = extension === "jpeg" ? "jpg" : extension === "mpeg" ? "mp3" : extension;
  return `${number.kind}-${number.number}${known ? `.${known}` : ""}`;
}

export type SummaryResult = { ok: true } | { ok: false; reason: "forbidden" };

/** Staff write what a recording says, for reviewers and for when the recording is deleted. */
export async function summariseRecording(
  actor: SignedInUser,
  access: PanelApplicationAccess,
  input: { fileId: string; summary: string },
): Promise<SummaryResult> {
  if (!can(actor, "edit", access.resource)) return { ok: false, reason: "forbidden" };
  const isRecording =
    fileNumbers(readableSections(access.application, access.hidesIdentity, "en"))[input.fileId]
      ?.kind === "recording";
  if (!isRecording) return { ok: false, reason: "forbidden" };
  const summary = input.summary.trim() || null;
  return db().$transaction(async (tx) => {
    const written = await tx.storedFile.updateMany({
      where: { id: input.fileId, applicationId: access.application.id },
      data: { summary, summaryById: actor.id },
    });
    if (written.count !== 1) return { ok: false, reason: "forbidden" } as const;
    await audit(tx, {
      actorId: actor.id,
      action: "panels.recording-summarised",
      entity: { type: "stored-file", id: input.fileId },
      funderId: access.panel.round.scheme.funderId,
      detail: {
        panelId: access.panel.id,
        applicationId: access.application.id,
        cleared: summary === null,
      },
    });
    return { ok: true } as const;
  });
}
