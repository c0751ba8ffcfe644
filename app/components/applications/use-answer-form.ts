import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useForm, type FieldErrors as HookErrors, type Resolver } from "react-hook-form";
import {
  answersSchema,
  rawFromFormData,
  type AnswerError,
  type RawAnswers,
} from "~/domain/forms/answers-schema";
import type { FormDefinition } from "~/domain/forms/definition";
import { useAutosave } from "~/components/shared/use-autosave";

/**
 * What JavaScript adds to a section page, which works fully without it: a check on "Save and
 * continue" before anything is sent (react-hook-form with a resolver running the very zod
 * schema the server uses, in the reader's locale), and autosave a few seconds after typing
 * stops. Autosave uses plain fetch so that a dropped connection on a phone only means "we
 * will try again", never an error page in place of the answers.
 *
 * As on GOV.UK, answers are checked only when she submits, and what a check found stays on
 * the page, summary and all, until she submits again: nothing appears, vanishes or moves
 * while she types or moves between questions, so a tap always lands where she aimed.
 */

export type { SaveStatus } from "~/components/shared/use-autosave";

type Options = {
  definition: FormDefinition;
  sectionId: string;
  currency: string;
  potMaxMinor?: number;
  /** The reader's language, which says how she writes amounts. */
  locale: string;
  /** What the server last gave the page. */
  values: RawAnswers;
  errors: Record<string, AnswerError>;
  revision: number;
  /** Changes when the server replaced the answers (a conflict): everything starts again from them. */
  resetKey: string;
  autosaveUrl: string;
};

/**
 * The form as the server would read it, for checking only: a file chosen but not sent yet
 * counts as answered. The placeholder must never become a value on the page, or the page
 * would post it as if it were a saved file.
 */
function readForm(form: HTMLFormElement): RawAnswers {
  const data = new FormData(form);
  const raw = rawFromFormData(data);
  for (const [name, value] of data.entries()) {
    if (name.startsWith("q.") && typeof value !== "string" && value.size > 0)
      raw[name.slice(2)] = "chosen-file";
  }
  return raw;
}

export function useAnswerForm(options: Options) {
  const { definition, sectionId, currency, potMaxMinor, locale, resetKey, autosaveUrl } = options;
  const formRef = useRef<HTMLFormElement>(null);
  // What the form holds, tied to the start it came from: after a conflict the newer answers
  // must fill the fresh inputs at once, not the text that was just refused.
  const [live, setLive] = useState({ key: resetKey, values: options.values });
  const values = live.key === resetKey ? live.values : options.values;
  /** What the browser's check on the last "Save and continue" found; null while the server's word stands. */
  const [browserErrors, setBrowserErrors] = useState<Record<string, AnswerError> | null>(null);
  const [summaryRequests, setSummaryRequests] = useState(0);
  const details = useRef<Record<string, AnswerError>>({});

  const schema = useMemo(
    () => answersSchema(definition, { currency, potMaxMinor, locale, sectionIds: [sectionId] }),
    [definition, currency, potMaxMinor, locale, sectionId],
  );
  const resolver = useCallback<Resolver<Record<string, never>>>(async () => {
    const form = formRef.current;
    const parsed = schema.safeParse(form ? readForm(form) : {});
    const found: Record<string, AnswerError> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        found[String(issue.path[0])] ??= {
          key: issue.message,
          values: (issue as { params?: Record<string, unknown> }).params,
        };
      }
    }
    details.current = found;
    const errors = Object.fromEntries(
      Object.entries(found).map(([id, error]) => [id, { type: "answer", message: error.key }]),
    );
    return { values: {}, errors: errors as HookErrors<Record<string, never>> };
  }, [schema]);
  // Checked only when she submits, and not again until she submits once more.
  const { trigger } = useForm<Record<string, never>>({
    resolver,
    mode: "onSubmit",
    reValidateMode: "onSubmit",
  });

  // A new start from the server (first load, a save it answered, or the newer answers after a
  // conflict). Keyed on those, not on the values object, which is rebuilt on every render.
  const pageShown = useRef(false);
  const serverFoundProblems = Object.keys(options.errors).length > 0;
  useEffect(() => {
    setLive({ key: resetKey, values: options.values });
    setBrowserErrors(null);
    // The server refused a save she just sent: take her to its list of problems.
    if (pageShown.current && serverFoundProblems) setSummaryRequests((count) => count + 1);
    pageShown.current = true;
  }, [resetKey, options.revision]);

  // Choices can show or hide other questions below them at once.
  const { revision, status, savedAt, saveIfTyped, onSubmit } = useAutosave({
    formRef,
    url: autosaveUrl,
    revision: options.revision,
    resetKey,
    onChange: (form) => setLive({ key: resetKey, values: rawFromFormData(new FormData(form)) }),
    encType: "multipart/form-data",
    check: async (submitter) => {
      if (submitter?.value !== "continue" || (await trigger())) return true;
      // Keep what she typed even though the page is not finished, then show what is missing.
      saveIfTyped();
      setBrowserErrors({ ...details.current });
      setSummaryRequests((count) => count + 1);
      return false;
    },
  });

  // Once the list of problems is on the page, take her to it, as a page reload would.
  useEffect(() => {
    if (summaryRequests > 0) document.querySelector<HTMLElement>(".error-summary")?.focus();
  }, [summaryRequests]);

  const errors = browserErrors ?? options.errors;
  return { formRef, values, revision, errors, status, savedAt, onSubmit };
}
