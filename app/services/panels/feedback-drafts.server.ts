import { draftRefusal, type DraftRefusal } from "~/domain/panels/feedback-drafts";
import type { DecisionDraft } from "~/domain/panels/decisions";
import type { MachineTranslationFailure } from "~/domain/shared/machine-translation";
import type { Locale } from "~/domain/shared/locales";
import { db } from "~/services/platform/db.server";
import { translateTexts } from "~/services/platform/machine-translation.server";
import {
  applicantOf,
  saveDraftDecision,
  type requireDecisionApplication,
  type SaveRefusal,
} from "./decisions.server";

/**
 * Feedback written once and drafted by machine into the applicant's language: the draft is
 * saved with the decision, labelled, for a person to check before the set is confirmed.
 */

export type FeedbackDraftRefusal = SaveRefusal | DraftRefusal | MachineTranslationFailure;

type Access = Awaited<ReturnType<typeof requireDecisionApplication>>;

/**
 * Saves the draft decision with its feedback machine-translated into the applicant's language.
 * Nothing is saved when the service cannot help: the page keeps what she typed and says why.
 */
export async function draftFeedbackTranslation(
  access: Access,
  draft: DecisionDraft,
  revision: number,
  confirmedChecked: boolean,
): Promise<{ ok: true; language: Locale } | { ok: false; reason: FeedbackDraftRefusal }> {
  const { application } = access;
  const { locale: target } = await applicantOf(db(), application);
  const refused = draftRefusal({
    source: draft.feedbackLanguage,
    target,
    text: draft.feedback,
    feedback: application.decision?.feedback,
    machineDrafted: application.decision?.machineDrafted,
  });
  if (refused) return { ok: false, reason: refused };
  const result = await translateTexts({
    texts: [{ text: draft.feedback!, language: draft.feedbackLanguage }],
    target,
    actorId: access.user.id,
    purpose: "decision-feedback",
    entity: { type: "Application", id: application.id },
    funderId: access.panel.round.scheme.funderId,
    // The saved decision's "panels.decision-drafted" event says it was machine translated.
    auditedByCaller: true,
  });
  const text = result.texts[0];
  // A text given back unchanged is no translation; say so rather than label it one.
  if (!text) return { ok: false, reason: result.ok ? "bad-response" : result.reason };
  const saved = await saveDraftDecision(access, application, draft, revision, {
    confirmedChecked,
    machineDraft: { language: target, text },
  });
  return saved.ok ? { ok: true, language: target } : saved;
}
