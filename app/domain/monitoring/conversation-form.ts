import type { ShareConsent } from "~/domain/outcomes/consent";
import type { FieldErrors } from "~/domain/shared/validation";
import { checkInErrors, draftFromForm, type CheckInAnswers } from "./check-in-form";
import { dayFromInput } from "./schedule";

/**
 * A call or visit staff log in place of a check-in: how and when it happened, what was said
 * (in the check-in's "what happened" field), and as much of the story as came up. Only what
 * was said is needed; the story's consent is asked when a change or a quote is written down.
 */

export type ConversationForm = {
  via: "call" | "visit";
  heldOn: Date;
  answers: CheckInAnswers;
  storyConsent: ShareConsent | null;
  domain: string | null;
  replacesId: string | null;
};

export type ConversationParse =
  | { ok: true; conversation: ConversationForm }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

export function parseConversation(
  form: FormData,
  options: { domainIds: readonly string[]; now: Date },
): ConversationParse {
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string") values[name] = value;
  const draft = draftFromForm(form, { numberIds: [], domainIds: options.domainIds });
  const errors: FieldErrors = checkInErrors(
    draft,
    { numberIds: [], domainsAsked: false, hasRecording: false },
    "save",
  );
  const via = values.via === "call" || values.via === "visit" ? values.via : null;
  if (!via) errors.via = { key: "monitoring:conversation.errors.via" };
  const heldOn = dayFromInput(values.heldOn ?? "");
  if (!heldOn) errors.heldOn = { key: "monitoring:conversation.errors.heldOn" };
  else if (heldOn.getTime() > options.now.getTime() + 24 * 60 * 60 * 1000)
    errors.heldOn = { key: "monitoring:conversation.errors.future" };
  if (!draft.answers.whatHappened && !errors.whatHappened)
    errors.whatHappened = { key: "monitoring:conversation.errors.said" };
  if ((draft.answers.change || draft.answers.quote) && !draft.storyConsent)
    errors.storyConsent = { key: "monitoring:conversation.errors.storyConsent" };
  if (Object.keys(errors).length > 0 || !via || !heldOn) return { ok: false, errors, values };
  return {
    ok: true,
    conversation: {
      via,
      heldOn,
      answers: draft.answers,
      storyConsent: draft.storyConsent,
      domain: draft.domain,
      replacesId: values.replaces || null,
    },
  };
}
