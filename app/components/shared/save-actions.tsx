import { AutosaveStatus } from "./autosave-status";
import type { SaveStatus } from "./use-autosave";

type SaveButton = { intent: string; label: string };

/**
 * The foot of a form she fills in over several visits: a button that saves and goes on, one
 * that saves for later, and what autosave last did. Each button posts its intent, so the page
 * knows which was pressed without JavaScript.
 */
export function SaveActions({
  next,
  later,
  busy,
  status,
  savedAt,
  conflictText,
}: {
  next: SaveButton;
  later: SaveButton;
  busy: boolean;
  status: SaveStatus;
  savedAt: string | null;
  conflictText?: string;
}) {
  return (
    <>
      <div className="applying-actions">
        <button type="submit" name="intent" value={next.intent} className="button" disabled={busy}>
          {next.label}
        </button>
        <button
          type="submit"
          name="intent"
          value={later.intent}
          className="button button--secondary"
          disabled={busy}
        >
          {later.label}
        </button>
      </div>
      <AutosaveStatus status={status} savedAt={savedAt} conflictText={conflictText} />
    </>
  );
}
