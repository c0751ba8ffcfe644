import { useSubmit } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Autosave for a page that works fully without JavaScript: a few seconds after typing stops,
 * the form's text is posted to `url` with the revision it was made from. Plain fetch, so that
 * a dropped connection on a phone only means "we will try again", never an error page in place
 * of what she typed; on leaving the page, whatever is unsaved goes with keepalive.
 *
 * The endpoint answers JSON: `{ outcome: "autosaved", revision, savedAt }` on success,
 * `{ outcome: "conflict" | "not-editable" }` (409) when a newer copy was saved elsewhere. After
 * a conflict autosave stops; the page's own save button shows what happened.
 */

export type SaveStatus = "idle" | "saving" | "saved" | "failed" | "conflict";

const AUTOSAVE_AFTER_MS = 3_000;
const RETRY_AFTER_MS = 10_000;

/** The typed text as an autosave sends it: never files, never the button pressed. */
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

type Options = {
  formRef: React.RefObject<HTMLFormElement | null>;
  url: string;
  /** What the server last gave the page. */
  revision: number;
  /** Changes when the server replaced the text (a conflict): saving starts again from it. */
  resetKey: string;
  /** Called when a choice changes (not on every key), for pages that show or hide parts. */
  onChange?: (form: HTMLFormElement) => void;
  /** How the page's own save posts the form (multipart where it carries files). */
  encType?: "multipart/form-data" | "application/x-www-form-urlencoded";
  /**
   * Checks before the page's own save is sent, given the button pressed; false keeps the
   * page as it is (the check shows what it found).
   */
  check?: (submitter: HTMLButtonElement | null) => Promise<boolean>;
};

export function useAutosave({
  formRef,
  url,
  revision: served,
  resetKey,
  onChange,
  encType = "application/x-www-form-urlencoded",
  check,
}: Options) {
  const [revision, setRevision] = useState(served);
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const revisionRef = useRef(served);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const inFlight = useRef<Promise<void> | null>(null);
  const stopped = useRef(false);
  const changed = useRef(onChange);
  changed.current = onChange;

  // A new start from the server: first load, a save it answered, or newer text after a conflict.
  useEffect(() => {
    setRevision(served);
    revisionRef.current = served;
    stopped.current = false;
    setStatus("idle");
  }, [resetKey, served]);

  const autosave = useCallback(async () => {
    const form = formRef.current;
    if (!form || stopped.current) return;
    if (inFlight.current) await inFlight.current;
    const body = autosaveBody(form, revisionRef.current);
    dirty.current = false;
    setStatus("saving");
    const attempt = (async () => {
      try {
        const response = await fetch(url, {
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
          // Saved elsewhere meanwhile: the page's own save will show both versions.
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
  }, [url, formRef]);

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
      void fetch(url, {
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
  }, [url]);

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const typed = () => {
      dirty.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void autosave(), AUTOSAVE_AFTER_MS);
    };
    const chose = () => {
      typed();
      changed.current?.(form);
    };
    form.addEventListener("input", typed);
    form.addEventListener("change", chose);
    return () => {
      form.removeEventListener("input", typed);
      form.removeEventListener("change", chose);
      clearTimeout(timer.current);
    };
  }, [autosave, resetKey, formRef]);

  /** Saves now what is not saved yet, such as text kept while a check found problems. */
  const saveIfTyped = useCallback(() => {
    if (dirty.current) void autosave();
  }, [autosave]);

  /**
   * The page's own save with JavaScript: waits for a running autosave (or the revision sent
   * would be stale), runs the page's check, then posts the form with the button pressed. This
   * save carries everything typed, so nothing is left for autosave to send afterwards.
   */
  const submit = useSubmit();
  const checkRef = useRef(check);
  checkRef.current = check;
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
        if (checkRef.current && !(await checkRef.current(submitter))) return;
        dirty.current = false;
        data.set("revision", String(revisionRef.current));
        submit(data, { method: "post", encType });
      } finally {
        preparing.current = false;
      }
    },
    [submit, encType],
  );

  return { revision, status, savedAt, saveIfTyped, onSubmit };
}
