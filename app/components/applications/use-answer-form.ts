import { useSubmit } from "@remix-run/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useForm, type FieldErrors as HookErrors, type Resolver } from "react-hook-form";
import {
  answersSchema,
  rawFromFormData,
  type AnswerError,
  type RawAnswers,
} from "~/domain/forms/answers-schema";
import type { FormDefinition } from "~/domain/forms/definition";

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

export type SaveStatus = "idle" | "saving" | "saved" | "failed" | "conflict";

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

const AUTOSAVE_AFTER_MS = 3_000;
const RETRY_AFTER_MS = 10_000;

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

/** The typed answers as an autosave sends them: never files, never the button pressed. */
function autosaveBody(form: HTMLFormElement, revision: number) {
  const body = new URLSearchParams();
  for (const [name, value] of new FormData(form).entries()) {
    if (typeof value === "string" && name !== "intent" && name !== "revision")
      body.append(name, value);
  }
  body.set("intent", "autosave");
  body.set("revision", String(revision));
  return body;
}

export function useAnswerForm(options: Options) {
  const { definition, sectionId, currency, potMaxMinor, locale, resetKey, autosaveUrl } = options;
  const formRef = useRef<HTMLFormElement>(null);
  const submit = useSubmit();
  // What the form holds, tied to the start it came from: after a conflict the newer answers
  // must fill the fresh inputs at once, not the text that was just refused.
  const [live, setLive] = useState({ key: resetKey, values: options.values });
  const values = live.key === resetKey ? live.values : options.values;
  const [revision, setRevision] = useState(options.revision);
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [savedAt, setSavedAt] = useState<string | null>(null);
  /** What the browser's check on the last "Save and continue" found; null while the server's word stands. */
  const [browserErrors, setBrowserErrors] = useState<Record<string, AnswerError> | null>(null);
  const [summaryRequests, setSummaryRequests] = useState(0);
  const revisionRef = useRef(options.revision);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const inFlight = useRef<Promise<void> | null>(null);
  const stopped = useRef(false);
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
    setRevision(options.revision);
    revisionRef.current = options.revision;
    setBrowserErrors(null);
    stopped.current = false;
    setStatus("idle");
    // The server refused a save she just sent: take her to its list of problems.
    if (pageShown.current && serverFoundProblems) setSummaryRequests((count) => count + 1);
    pageShown.current = true;
  }, [resetKey, options.revision]);

  const autosave = useCallback(async () => {
    const form = formRef.current;
    if (!form || stopped.current) return;
    if (inFlight.current) await inFlight.current;
    const body = autosaveBody(form, revisionRef.current);
    dirty.current = false;
    setStatus("saving");
    const attempt = (async () => {
      try {
        const response = await fetch(autosaveUrl, {
          method: "POST",
          body,
          headers: { Accept: "application/json" },
          redirect: "manual",
        });
        const result = response.headers.get("Content-Type")?.includes("json")
          ? ((await response.json()) as { outcome?: string; revision?: number; savedAt?: string })
          : {};
        if (result.outcome === "autosaved" && typeof result.revision === "number") {
          revisionRef.current = result.revision;
          setRevision(result.revision);
          setSavedAt(result.savedAt ?? new Date().toISOString());
          setStatus("saved");
          return;
        }
        if (result.outcome === "conflict" || result.outcome === "not-editable") {
          // Someone else saved this part: a normal save will show both versions side by side.
          stopped.current = true;
          setStatus("conflict");
          return;
        }
        throw new Error(`autosave answered ${response.status}`);
      } catch {
        dirty.current = true;
        setStatus("failed");
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void autosave(), RETRY_AFTER_MS);
      }
    })();
    inFlight.current = attempt;
    await attempt;
    inFlight.current = null;
  }, [autosaveUrl]);

  // Leaving the page (a link, closing the tab) must not lose what was typed in the last seconds.
  const lastForm = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    lastForm.current = formRef.current;
  });
  useEffect(() => {
    const flush = () => {
      const form = lastForm.current;
      if (!form || !dirty.current || stopped.current) return;
      dirty.current = false;
      // keepalive lets the request finish after the page has gone.
      void fetch(autosaveUrl, {
        method: "POST",
        body: autosaveBody(form, revisionRef.current),
        keepalive: true,
      }).catch(() => undefined);
    };
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      clearTimeout(timer.current);
      flush();
    };
  }, [autosaveUrl]);

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const typed = () => {
      dirty.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void autosave(), AUTOSAVE_AFTER_MS);
    };
    // Choices can show or hide other questions below them at once.
    const changed = () => {
      typed();
      setLive({ key: resetKey, values: rawFromFormData(new FormData(form)) });
    };
    form.addEventListener("input", typed);
    form.addEventListener("change", changed);
    return () => {
      form.removeEventListener("input", typed);
      form.removeEventListener("change", changed);
      clearTimeout(timer.current);
    };
  }, [autosave, resetKey]);

  // Once the list of problems is on the page, take her to it, as a page reload would.
  useEffect(() => {
    if (summaryRequests > 0) document.querySelector<HTMLElement>(".error-summary")?.focus();
  }, [summaryRequests]);

  /** Waits for a running autosave (or the revision would be stale), checks, then sends the page. */
  const preparing = useRef(false);
  const onSubmit = useCallback(
    async (event: React.FormEvent<HTMLFormElement>) => {
      const form = event.currentTarget;
      const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
      event.preventDefault();
      // A second press while the first is still being prepared would save twice.
      if (preparing.current) return;
      preparing.current = true;
      try {
        clearTimeout(timer.current);
        if (inFlight.current) await inFlight.current;
        const data = new FormData(form);
        if (submitter?.name) data.set(submitter.name, submitter.value);
        if (submitter?.value === "continue" && !(await trigger())) {
          // Keep what she typed even though the page is not finished, then show what is missing.
          if (dirty.current) void autosave();
          setBrowserErrors({ ...details.current });
          setSummaryRequests((count) => count + 1);
          return;
        }
        data.set("revision", String(revisionRef.current));
        // This save carries everything typed; nothing is left for autosave to send afterwards.
        dirty.current = false;
        submit(data, { method: "post", encType: "multipart/form-data" });
      } finally {
        preparing.current = false;
      }
    },
    [autosave, trigger, submit],
  );

  const errors = browserErrors ?? options.errors;
  return { formRef, values, revision, errors, status, savedAt, onSubmit };
}
