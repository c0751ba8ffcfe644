import { allQuestions } from "~/domain/forms/definition";
import { isLocale, type Locale } from "~/domain/shared/locales";
import {
  can,
  consultationResource,
  formVersionResource,
  type Actor,
} from "~/domain/access/permissions";
import { frozenStatuses } from "~/domain/forms/version-lifecycle";
import { translated } from "~/domain/shared/translated-text";
import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";
import { publiclyListed } from "~/services/schemes/schemes.server";
import { config } from "~/services/platform/env.server";
import { parseDefinition, type SchemeRef } from "./form-versions.server";
import { nudgeMailWorker } from "~/services/platform/mail-worker.server";
import { enqueueEmail } from "~/services/platform/outbox.server";
import { forbidden } from "~/services/access/permissions.server";
import { guardedChange, pass } from "~/services/platform/guarded-change.server";

/**
 * What the working group says about a form in consultation, and what staff answer. Each
 * answer is emailed to the member in her language, and once the version is published the
 * whole exchange is shown publicly as "You said, we did".
 */

export type SuggestionKind = "COMMENT" | "REWORDING" | "NEW_QUESTION";
export type SuggestionTarget = { sectionId: string | null; questionId: string | null };

/**
 * Leaves a suggestion on a version in consultation. A target that is not in the form is
 * dropped (the suggestion is then about the whole form); a new question belongs to a section.
 */
export async function addSuggestion(
  actor: Actor,
  versionId: string,
  input: {
    target: SuggestionTarget;
    kind: SuggestionKind;
    text: string;
    showName: boolean;
    locale: Locale;
  },
) {
  return db().$transaction(async (tx) => {
    // Asked again here: publishing may have closed the consultation since the page asked.
    const version = await tx.formVersion.findUnique({
      where: { id: versionId },
      include: { scheme: { select: { funderId: true } } },
    });
    if (!version || !can(actor, "suggest", consultationResource(version))) throw forbidden();
    const definition = parseDefinition(version.definition);
    const question = input.target.questionId
      ? allQuestions(definition).find((q) => q.id === input.target.questionId)
      : undefined;
    const sectionOfQuestion = question
      ? definition.sections.find((s) => s.questions.includes(question))
      : undefined;
    const section = definition.sections.find(
      (s) => s.id === (sectionOfQuestion?.id ?? input.target.sectionId),
    );
    const suggestion = await tx.formSuggestion.create({
      data: {
        formVersionId: version.id,
        authorId: actor.id,
        sectionId: section?.id ?? null,
        questionId: input.kind === "NEW_QUESTION" ? null : (question?.id ?? null),
        kind: input.kind,
        locale: input.locale,
        text: input.text,
        showName: input.showName,
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "forms.suggestion-added",
      entity: { type: "FormSuggestion", id: suggestion.id },
      funderId: version.scheme.funderId,
      detail: { formVersionId: version.id, kind: input.kind },
    });
    return suggestion;
  });
}

export type AnswerOutcome = { ok: true } | { ok: false; reason: "already-answered" };

/** Her own choice of language first; the language she wrote in if she never chose one. */
function replyLocale(author: { locale: string | null }, suggestion: { locale: string }): Locale {
  if (isLocale(author.locale)) return author.locale;
  return isLocale(suggestion.locale) ? suggestion.locale : "en";
}

/** Staff accept or decline a suggestion with a short reply; the author is told by email. */
export async function answerSuggestion(
  actor: Actor,
  ref: SchemeRef & { versionId: string },
  input: { suggestionId: string; decision: "ACCEPTED" | "DECLINED"; reply: string },
  now = new Date(),
): Promise<AnswerOutcome> {
  const result = await guardedChange(db(), {
    actorId: actor.id,
    load: (tx) =>
      tx.formSuggestion.findFirst({
        where: {
          id: input.suggestionId,
          // Under the version in the address: answering through another version's page is refused.
          formVersionId: ref.versionId,
          formVersion: { schemeId: ref.schemeId, scheme: { funderId: ref.funderId } },
        },
        include: { formVersion: { include: { scheme: true } } },
      }),
    allowed: (suggestion) =>
      can(actor, "edit", formVersionResource(suggestion.formVersion, ref.funderId)),
    from: ["OPEN"],
    update: (tx, suggestion) =>
      tx.formSuggestion.updateMany({
        where: { id: suggestion.id, status: "OPEN" },
        data: { status: input.decision, reply: input.reply, repliedById: actor.id, repliedAt: now },
      }),
    then: async (tx, suggestion) => {
      const author = await tx.user.findUnique({
        where: { id: suggestion.authorId },
        select: { email: true, locale: true },
      });
      if (author) {
        const locale = replyLocale(author, suggestion);
        await enqueueEmail(tx, {
          to: author.email,
          locale,
          template: "suggestion-answered",
          payload: {
            schemeTitle: translated(suggestion.formVersion.scheme.title, locale).text,
            decision: input.decision,
            suggestion:
              suggestion.text.length > 300 ? `${suggestion.text.slice(0, 300)}…` : suggestion.text,
            reply: input.reply,
            link: `${config().appUrl}/consultations/${suggestion.formVersionId}`,
          },
          dedupeKey: `suggestion-answered:${suggestion.id}`,
        });
      }
      return pass();
    },
    audit: (suggestion) => ({
      action:
        input.decision === "ACCEPTED" ? "forms.suggestion-accepted" : "forms.suggestion-declined",
      entity: { type: "FormSuggestion", id: suggestion.id },
      funderId: ref.funderId,
    }),
  });
  if (!result.ok && result.reason === "forbidden") throw forbidden();
  if (!result.ok) return { ok: false, reason: "already-answered" };
  nudgeMailWorker();
  return { ok: true };
}

async function namesOf(ids: string[]) {
  const users = await db().user.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((user) => [user.id, user]));
}

/** Every suggestion on a version, with who wrote it, for staff. */
export async function suggestionsForStaff(versionId: string) {
  const suggestions = await db().formSuggestion.findMany({
    where: { formVersionId: versionId },
    orderBy: { createdAt: "asc" },
  });
  const people = await namesOf(suggestions.flatMap((s) => [s.authorId, s.repliedById ?? ""]));
  return suggestions.map((s) => ({
    ...s,
    authorName: people.get(s.authorId)?.name || people.get(s.authorId)?.email || null,
    repliedByName: s.repliedById
      ? people.get(s.repliedById)?.name || people.get(s.repliedById)?.email || null
      : null,
  }));
}

/** How many suggestions on a version still wait for an answer, in all and per question. */
export async function openSuggestionCounts(versionId: string) {
  const open = await db().formSuggestion.findMany({
    where: { formVersionId: versionId, status: "OPEN" },
    select: { questionId: true },
  });
  const byQuestion: Record<string, number> = {};
  for (const { questionId } of open) {
    if (questionId) byQuestion[questionId] = (byQuestion[questionId] ?? 0) + 1;
  }
  return { total: open.length, byQuestion };
}

export async function suggestionsBy(userId: string, versionId: string) {
  return db().formSuggestion.findMany({
    where: { formVersionId: versionId, authorId: userId },
    orderBy: { createdAt: "desc" },
  });
}

/**
 * The public "You said, we did" page of a published version. Authors are named only when
 * they agreed to it; no email address or account id ever leaves this function.
 */
export async function youSaidWeDid(slug: string, versionNumber: number) {
  const version = await db().formVersion.findFirst({
    where: {
      version: versionNumber,
      status: { in: [...frozenStatuses] },
      scheme: { slug, ...publiclyListed },
    },
    include: { scheme: { include: { funder: { select: { name: true } } } } },
  });
  if (!version) return null;
  const suggestions = await db().formSuggestion.findMany({
    where: { formVersionId: version.id },
    orderBy: { createdAt: "asc" },
  });
  const people = await namesOf(suggestions.filter((s) => s.showName).map((s) => s.authorId));
  return {
    scheme: {
      title: version.scheme.title,
      funderId: version.scheme.funderId,
      funderName: version.scheme.funder.name,
      slug: version.scheme.slug,
    },
    version: {
      id: version.id,
      version: version.version,
      publishedAt: version.publishedAt,
      definition: parseDefinition(version.definition),
    },
    suggestions: suggestions.map((s) => ({
      id: s.id,
      kind: s.kind,
      sectionId: s.sectionId,
      questionId: s.questionId,
      locale: s.locale,
      text: s.text,
      status: s.status,
      reply: s.reply,
      authorName: s.showName ? (people.get(s.authorId)?.name ?? null) : null,
    })),
  };
}
