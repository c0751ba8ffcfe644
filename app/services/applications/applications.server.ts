import { sectionStatesOf, type SectionState } from "~/domain/applications/section-states";
import { storableAnswers } from "~/domain/applications/storable-answers";
import { replacedFileIds } from "~/domain/applications/file-quota";
import { transition, isEditable } from "~/domain/applications/state-machine";
import { evaluateEligibility } from "~/domain/eligibility/eligibility";
import { validateAnswers, type AnswerError, type RawAnswers } from "~/domain/forms/answers-schema";
import type { FormDefinition } from "~/domain/forms/definition";
import { formDefinitionSchema } from "~/domain/forms/definition-schema";
import { applicationAccess, applicationResource, can } from "~/domain/access/permissions";
import { roundPhase } from "~/domain/schemes/round-phase";
import { withNewReference } from "./application-reference.server";
import { deleteUnusedFiles } from "./unused-files.server";
import { audit } from "~/services/platform/audit.server";
import { config } from "~/services/platform/env.server";
import { db, type Db, type Tx } from "~/services/platform/db.server";
import { nudgeMailWorker } from "~/services/platform/mail-worker.server";
import { enqueueEmail } from "~/services/platform/outbox.server";
import type { SignedInUser } from "~/services/access/permissions.server";
import { funderIdsAppliedTo } from "~/services/organisations/organisations.server";
import { organisationProfile, potRules } from "~/services/schemes/schemes.server";

/**
 * Applying: start, save a section, submit, withdraw. Drafts keep exactly what was typed (raw
 * answers), valid or not, so nothing is ever lost; validation decides when a section is
 * complete and whether the application can be submitted.
 */

export async function loadApplication(applicationId: string) {
  const application = await db().application.findUnique({
    where: { id: applicationId },
    include: {
      organisation: true,
      formVersion: true,
      pot: { include: { round: { include: { scheme: true } } } },
    },
  });
  if (!application) return null;
  return { ...application, funderId: application.pot.round.scheme.funderId };
}

export type LoadedApplication = NonNullable<Awaited<ReturnType<typeof loadApplication>>>;

const emptyDefinition: FormDefinition = { sourceLocale: "en", sections: [] };
const parsedDefinitions = new Map<string, FormDefinition>();
const PARSED_DEFINITIONS_KEPT = 50;

/**
 * The form an application is on. An application's version is published and never changes
 * (a later edit starts a new version), so each version is checked against the schema once
 * and kept; the id and update time together name one exact definition.
 */
export function definitionOf(application: {
  formVersion: { id?: string; updatedAt?: Date; definition: unknown } | null;
}): FormDefinition {
  const version = application.formVersion;
  if (!version) return emptyDefinition;
  const key =
    version.id && version.updatedAt ? `${version.id}@${version.updatedAt.getTime()}` : null;
  const kept = key ? parsedDefinitions.get(key) : undefined;
  if (kept) return kept;
  const definition = formDefinitionSchema.parse(version.definition);
  if (key) {
    if (parsedDefinitions.size >= PARSED_DEFINITIONS_KEPT)
      parsedDefinitions.delete(parsedDefinitions.keys().next().value!);
    parsedDefinitions.set(key, definition);
  }
  return definition;
}

export function rawAnswersOf(application: { answers: unknown }): RawAnswers {
  const answers = application.answers;
  return answers && typeof answers === "object" && !Array.isArray(answers)
    ? (answers as RawAnswers)
    : {};
}

const numberMap = (value: unknown): Record<string, number> =>
  value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, number>)
    : {};
const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

export type { SectionState };

/** The task list: each section's state, from what has been saved. */
export function sectionStates(
  definition: FormDefinition,
  application: {
    answers: unknown;
    completedSections: unknown;
    pot: { maxGrantMinor: number; round: { scheme: { currency: string } } };
  },
) {
  const options = {
    currency: application.pot.round.scheme.currency,
    potMaxMinor: application.pot.maxGrantMinor,
  };
  return sectionStatesOf(
    definition,
    rawAnswersOf(application),
    options,
    new Set(stringList(application.completedSections)),
  );
}

/** A pot to apply to, with its round and scheme; unpublished schemes only for their own staff. */
export async function potForApplying(user: SignedInUser, potId: string) {
  const pot = await db().pot.findUnique({
    where: { id: potId },
    include: { round: { include: { scheme: true } } },
  });
  if (!pot) return null;
  const staff = can(user, "view", { type: "funder", funderId: pot.round.scheme.funderId });
  return pot.round.scheme.published || staff ? pot : null;
}

export type StartResult =
  | { ok: true; applicationId: string; existing: boolean }
  | { ok: false; reason: "forbidden" | "round-not-open" | "no-form" | "group-has-draft" }
  | {
      ok: false;
      reason: "ineligible";
      outcomes: ReturnType<typeof evaluateEligibility>["outcomes"];
    };

export async function startApplication(
  actor: SignedInUser,
  input: { organisationId: string; potId: string },
  now = new Date(),
): Promise<StartResult> {
  const [pot, organisation, appliedToFunderIds] = await Promise.all([
    potForApplying(actor, input.potId),
    db().organisation.findUnique({ where: { id: input.organisationId } }),
    funderIdsAppliedTo(input.organisationId),
  ]);
  if (!pot || !organisation) return { ok: false, reason: "forbidden" };
  const funderId = pot.round.scheme.funderId;
  const access = applicationAccess(actor, "start", {
    type: "new-application",
    organisationId: organisation.id,
    funderId,
    appliedToFunderIds,
  });
  if (!access) return { ok: false, reason: "forbidden" };
  if (roundPhase(pot.round, now) !== "open") return { ok: false, reason: "round-not-open" };
  if (!pot.round.formVersionId) return { ok: false, reason: "no-form" };
  const eligibility = evaluateEligibility(potRules(pot), organisationProfile(organisation));
  if (!eligibility.eligible)
    return { ok: false, reason: "ineligible", outcomes: eligibility.outcomes };

  const existing = await db().application.findFirst({
    where: { organisationId: organisation.id, potId: pot.id, status: "DRAFT" },
    select: { id: true, organisationId: true, submittedAt: true, enteredOnBehalfById: true },
  });
  if (existing) {
    // Staff continue a draft their funder entered; a draft the group started stays the group's.
    if (!applicationAccess(actor, "edit", applicationResource({ ...existing, funderId })))
      return { ok: false, reason: "group-has-draft" };
    return { ok: true, applicationId: existing.id, existing: true };
  }

  const { scheme } = pot.round;
  const place = {
    schemeSlug: scheme.slug,
    closesAt: pot.round.closesAt,
    timeZone: scheme.timeZone,
  };
  const application = await withNewReference(place, (reference) =>
    db().$transaction(async (tx) => {
      const created = await tx.application.create({
        data: {
          reference,
          potId: pot.id,
          organisationId: organisation.id,
          formVersionId: pot.round.formVersionId,
          answers: {},
          createdById: actor.id,
          enteredOnBehalfById: access.onBehalf ? actor.id : null,
        },
      });
      await audit(tx, {
        actorId: actor.id,
        action: access.onBehalf ? "applications.started-on-behalf" : "applications.started",
        entity: { type: "Application", id: created.id },
        funderId: pot.round.scheme.funderId,
        detail: { potId: pot.id, organisationId: organisation.id },
      });
      return created;
    }),
  );
  return { ok: true, applicationId: application.id, existing: false };
}

export type SaveResult =
  | { ok: true; revision: number; state: SectionState; errors: Record<string, AnswerError> }
  | { ok: false; reason: "forbidden" | "not-editable" | "unknown-section" }
  | { ok: false; reason: "conflict"; revision: number; current: RawAnswers };

function keysOfSection(definition: FormDefinition, sectionId: string) {
  const ids = definition.sections.find((s) => s.id === sectionId)?.questions.map((q) => q.id) ?? [];
  return (key: string) => ids.some((id) => key === id || key.startsWith(`${id}.`));
}

/**
 * Saves one section. `expectedRevision` is the section's revision when the person loaded it:
 * if a collaborator saved the same section since, the save is refused and her text comes back
 * beside the newer answers, instead of one silently overwriting the other. What is missing
 * or wrong comes back as errors only with `reportMissing` ("Save and continue"): saving for
 * later, or autosaving, keeps half-finished answers without complaint.
 */
export async function saveSection(
  actor: SignedInUser,
  input: {
    applicationId: string;
    sectionId: string;
    raw: RawAnswers;
    expectedRevision: number;
    reportMissing: boolean;
    locale?: string;
    answerLanguage?: string | null;
  },
  /** The application as the caller just read it, saving a second read on the first attempt. */
  loaded?: LoadedApplication,
): Promise<SaveResult> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const application =
      attempt === 0 && loaded?.id === input.applicationId
        ? loaded
        : await loadApplication(input.applicationId);
    if (!application) return { ok: false, reason: "forbidden" };
    const access = applicationAccess(actor, "edit", applicationResource(application));
    if (!access) return { ok: false, reason: "forbidden" };
    if (!isEditable(application.status)) return { ok: false, reason: "not-editable" };
    const definition = definitionOf(application);
    if (!definition.sections.some((s) => s.id === input.sectionId))
      return { ok: false, reason: "unknown-section" };

    const inSection = keysOfSection(definition, input.sectionId);
    const stored = rawAnswersOf(application);
    const revisions = numberMap(application.sectionRevisions);
    const currentRevision = revisions[input.sectionId] ?? 0;
    if (currentRevision !== input.expectedRevision) {
      const current = Object.fromEntries(Object.entries(stored).filter(([key]) => inSection(key)));
      return { ok: false, reason: "conflict", revision: currentRevision, current };
    }

    const sectionRaw = storableAnswers(definition, input.sectionId, input.raw);
    const merged: RawAnswers = {
      ...Object.fromEntries(Object.entries(stored).filter(([key]) => !inSection(key))),
      ...sectionRaw,
    };
    const validation = validateAnswers(definition, merged, {
      currency: application.pot.round.scheme.currency,
      potMaxMinor: application.pot.maxGrantMinor,
      sectionIds: [input.sectionId],
      locale: input.locale,
    });
    // Whichever way the answers were saved, the part is complete exactly when they are.
    const completed = new Set(stringList(application.completedSections));
    if (validation.ok) completed.add(input.sectionId);
    else completed.delete(input.sectionId);

    const nextRevision = currentRevision + 1;
    // One conditional update is the whole save: it lands only on the revision that was read.
    const claim = (client: Tx | Db) =>
      client.application.updateMany({
        where: { id: application.id, revision: application.revision, status: "DRAFT" },
        data: {
          answers: merged as object,
          sectionRevisions: { ...revisions, [input.sectionId]: nextRevision },
          completedSections: [...completed],
          revision: { increment: 1 },
          ...(input.answerLanguage ? { answerLanguage: input.answerLanguage } : {}),
        },
      });
    const written = access.onBehalf
      ? await db().$transaction(async (tx) => {
          if ((await claim(tx)).count !== 1) return false;
          await audit(tx, {
            actorId: actor.id,
            action: "applications.edited-on-behalf",
            entity: { type: "Application", id: application.id },
            funderId: application.funderId,
            detail: { sectionId: input.sectionId },
          });
          return true;
        })
      : (await claim(db())).count === 1;
    // Another section was saved in between: read again and retry; a same-section save is caught above.
    if (!written) continue;
    await deleteUnusedFiles(
      application.id,
      replacedFileIds(definition, input.sectionId, stored, merged),
    );
    return {
      ok: true,
      revision: nextRevision,
      state: completed.has(input.sectionId) ? "complete" : "in-progress",
      errors: validation.ok || !input.reportMissing ? {} : validation.errors,
    };
  }
  throw new Error("The application kept changing while saving; please try again.");
}

export type SubmitResult =
  | { ok: true; alreadySubmitted: boolean }
  | { ok: false; reason: "forbidden" | "round-closed" | "not-allowed" }
  | { ok: false; reason: "incomplete"; errors: Record<string, AnswerError> };

function requestedAmount(definition: FormDefinition, answers: Record<string, unknown>) {
  let total = 0;
  for (const question of definition.sections.flatMap((s) => s.questions)) {
    const value = answers[question.id];
    if (question.type === "budgetTable" && Array.isArray(value)) {
      total += value.reduce(
        (sum: number, row: { amountMinor?: number }) => sum + (row.amountMinor ?? 0),
        0,
      );
    }
  }
  return total;
}

/**
 * Submits once. A double click, a retry after a network error, or two collaborators pressing
 * submit together all end in one submission: the status change is conditional on the
 * application still being a draft, and a second request finds it submitted and reports
 * success without doing anything again.
 */
export async function submitApplication(
  actor: SignedInUser,
  applicationId: string,
  now = new Date(),
): Promise<SubmitResult> {
  const application = await loadApplication(applicationId);
  if (!application) return { ok: false, reason: "forbidden" };
  const access = applicationAccess(actor, "edit", applicationResource(application));
  if (!access) return { ok: false, reason: "forbidden" };
  if (application.status === "SUBMITTED" && application.submittedAt)
    return { ok: true, alreadySubmitted: true };

  const move = transition(application.status, "SUBMITTED", access.mover, {
    now,
    closesAt: application.pot.round.closesAt,
  });
  if (!move.ok)
    return { ok: false, reason: move.reason === "round-closed" ? "round-closed" : "not-allowed" };

  const definition = definitionOf(application);
  const validation = validateAnswers(definition, rawAnswersOf(application), {
    currency: application.pot.round.scheme.currency,
    potMaxMinor: application.pot.maxGrantMinor,
  });
  if (!validation.ok) return { ok: false, reason: "incomplete", errors: validation.errors };

  const requestedMinor = requestedAmount(definition, validation.answers);
  const submitted = await db().$transaction(async (tx: Tx) => {
    const claim = await tx.application.updateMany({
      where: { id: application.id, status: "DRAFT" },
      data: {
        status: "SUBMITTED",
        submittedAt: now,
        submittedById: actor.id,
        requestedMinor,
        revision: { increment: 1 },
      },
    });
    if (claim.count !== 1) return false;
    await audit(tx, {
      actorId: actor.id,
      action: access.onBehalf ? "applications.submitted-on-behalf" : "applications.submitted",
      entity: { type: "Application", id: application.id },
      funderId: application.funderId,
    });
    const recipient = access.onBehalf ? null : actor;
    if (recipient) {
      await enqueueEmail(tx, {
        to: recipient.email,
        locale: recipient.locale,
        template: "application-receipt",
        payload: {
          applicationId: application.id,
          reference: application.reference,
          organisation: application.organisation.name,
          scheme: application.pot.round.scheme.title as Record<string, string>,
          pot: application.pot.name as Record<string, string>,
          submittedAt: now.toISOString(),
          decisionAt: application.pot.round.decisionAt?.toISOString() ?? null,
          timeZone: application.pot.round.scheme.timeZone,
          requestedMinor,
          currency: application.pot.round.scheme.currency,
          link: `${config().appUrl}/applications/${application.id}`,
        },
        dedupeKey: `application-receipt:${application.id}`,
      });
    }
    return true;
  });
  if (submitted) nudgeMailWorker();
  return { ok: true, alreadySubmitted: !submitted };
}

export type WithdrawResult =
  { ok: true } | { ok: false; reason: "forbidden" | "round-closed" | "not-allowed" };

export async function withdrawApplication(
  actor: SignedInUser,
  applicationId: string,
  now = new Date(),
): Promise<WithdrawResult> {
  const application = await loadApplication(applicationId);
  if (!application) return { ok: false, reason: "forbidden" };
  const access = applicationAccess(actor, "edit", applicationResource(application));
  if (!access) return { ok: false, reason: "forbidden" };
  const move = transition(application.status, "WITHDRAWN", access.mover, {
    now,
    closesAt: application.pot.round.closesAt,
  });
  if (!move.ok)
    return { ok: false, reason: move.reason === "round-closed" ? "round-closed" : "not-allowed" };
  await db().$transaction(async (tx) => {
    const claim = await tx.application.updateMany({
      where: { id: application.id, status: application.status },
      data: { status: "WITHDRAWN", revision: { increment: 1 } },
    });
    if (claim.count === 1) {
      await audit(tx, {
        actorId: actor.id,
        action: "applications.withdrawn",
        entity: { type: "Application", id: application.id },
        funderId: application.funderId,
        detail: { from: application.status },
      });
    }
  });
  return { ok: true };
}
