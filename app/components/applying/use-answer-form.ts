import { useSubmit } from "@remix-run/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useForm, type FieldErrors as HookErrors, type Resolver } from "react-hook-form";
import { answersSchema, rawFromFormData, type AnswerError, type RawAnswers } from "~/domain/forms/answers-schema";
import type { FormDefinition } from "~/domain/forms/definition";

/**
 * What JavaScript adds to a section page, which works fully without it: instant checks on
 * leaving a question and on "Save and continue" (react-hook-form with a resolver running the
 * very zod schema the server uses), and autosave a few seconds after typing stops. Autosave
 * uses plain fetch so that a dropped connection on a phone only means "we will try again",
 * never an error page in place of the answers.
 */

export type SaveStatus = "idle" | "saving" | "saved" | "failed" | "conflict";

type Options = {
  definition: FormDefinition;
  sectionId: string;
  currency: string;
  potMaxMinor?: number;
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

/** The form as the server would read it; a file chosen but not sent yet counts as answered. */
function readForm(form: HTMLFormElement): RawAnswers {
  const data = new FormData(form);
  const raw = rawFromFormData(data);
  for (const [name, value] of data.entries()) {
    if (name.startsWith("q.") && typeof value !== "string" && value.size > 0) raw[name.slice(2)] = "chosen-file";
  }
  return raw;
}

/** The typed answers as an autosave sends them: never files, never the button pressed. */
function autosaveBody(form: HTMLFormElement, revision: number) {
  const body = new URLSearchParams();
  for (const [name, value] of new FormData(form).entries()) {
    if (typeof value === "string" && name !== "intent" && name !== "revision") body.append(name, value);
  }
  body.set("intent", "autosave");
  body.set("revision", String(revision));
  return body;
}

const questionOf = (name: string) => /^q\.([a-z][a-z0-9-]*)/.exec(name)?.[1] ?? null;

export function useAnswerForm(options: Options) {
  const { definition, sectionId, currency, potMaxMinor, resetKey, autosaveUrl } = options;
  const formRef = useRef<HTMLFormElement>(null);
  const submit = useSubmit();
  // What the form holds, tied to the start it came from: after a conflict the newer answers
  // must fill the fresh inputs at once, not the text that was just refused.
  const [live, setLive] = useState({ key: resetKey, values: options.values });
  const values = live.key === resetKey ? live.values : options.values;
  const [revision, setRevision] = useState(options.revision);
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [savedAt, setSavedAt] = useState<string | null>(null);
  /** Questions checked in the browser: their state replaces what the server last said. */
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [summaryRequests, setSummaryRequests] = useState(0);
  const revisionRef = useRef(options.revision);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const inFlight = useRef<Promise<void> | null>(null);
  const stopped = useRef(false);
  const details = useRef<Record<string, AnswerError>>({});

  const schema = useMemo(
    () => answersSchema(definition, { currency, potMaxMinor, sectionIds: [sectionId] }),
    [definition, currency, potMaxMinor, sectionId],
  );
  const resolver = useCallback<Resolver<Record<string, never>>>(
    async () => {
      const form = formRef.current;
      const parsed = schema.safeParse(form ? readForm(form) : {});
      const found: Record<string, AnswerError> = {};
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          found[String(issue.path[0])] ??= { key: issue.message, values: (issue as { params?: Record<string, unknown> }).params };
        }
      }
      details.current = found;
      const errors = Object.fromEntries(Object.entries(found).map(([id, error]) => [id, { type: "answer", message: error.key }]));
      return { values: {}, errors: errors as HookErrors<Record<string, never>> };
    },
    [schema],
  );
  const { trigger, formState } = useForm<Record<string, never>>({ resolver });

  // A new start from the server (first load, a save it answered, or the newer answers after a
  // conflict). Keyed on those, not on the values object, which is rebuilt on every render.
  useEffect(() => {
    setLive({ key: resetKey, values: options.values });
    setRevision(options.revision);
    revisionRef.current = options.revision;
    setChecked(new Set());
    stopped.current = false;
    setStatus("idle");
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
        const response = await fetch(autosaveUrl, { method: "POST", body, headers: { Accept: "application/json" }, redirect: "manual" });
        const result = response.headers.get("Content-Type")?.includes("json") ? ((await response.json()) as { outcome?: string; revision?: number; savedAt?: string }) : {};
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

  const sectionQuestions = useRef<string[]>([]);
  sectionQuestions.current = definition.sections.find((s) => s.id === sectionId)?.questions.map((q) => q.id) ?? [];
  const check = useCallback(
    async (ids: string[] | "all") => {
      const valid = await trigger();
      setChecked((previous) => {
        if (ids === "all") return new Set(sectionQuestions.current);
        const next = new Set(previous);
        ids.forEach((id) => next.add(id));
        return next;
      });
      return valid;
    },
    [trigger],
  );

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
      void fetch(autosaveUrl, { method: "POST", body: autosaveBody(form, revisionRef.current), keepalive: true }).catch(() => undefined);
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
    // Choices can show or hide other questions at once; text is read again when she leaves it.
    const changed = () => {
      typed();
      setLive({ key: resetKey, values: readForm(form) });
    };
    const left = (event: FocusEvent) => {
      const name = (event.target as HTMLInputElement | null)?.name ?? "";
      const id = questionOf(name);
      if (id) void check([id]);
    };
    form.addEventListener("input", typed);
    form.addEventListener("change", changed);
    form.addEventListener("focusout", left);
    return () => {
      form.removeEventListener("input", typed);
      form.removeEventListener("change", changed);
      form.removeEventListener("focusout", left);
      clearTimeout(timer.current);
    };
  }, [autosave, check, resetKey]);

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
        if (submitter?.value === "continue" && !(await check("all"))) {
          // Keep what she typed even though the page is not finished, then show what is missing.
          if (dirty.current) void autosave();
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
    [autosave, check, submit],
  );

  // Errors the browser found win for the questions it has checked; the server's stand for the rest.
  const browserErrors = formState.errors as Record<string, { message?: string } | undefined>;
  const errors: Record<string, AnswerError> = {};
  for (const [id, error] of Object.entries(options.errors)) if (!checked.has(id)) errors[id] = error;
  for (const id of checked) {
    const error = browserErrors[id];
    if (error?.message) errors[id] = details.current[id] ?? { key: error.message };
  }

  return { formRef, values, revision, errors, status, savedAt, onSubmit };
}
