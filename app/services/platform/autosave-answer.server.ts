/**
 * How an autosave endpoint answers the page's script (app/components/shared/use-autosave.ts):
 * plain JSON, so the page can tell "saved" from "someone saved first" from "try again"
 * without leaving it.
 */
export type AutosaveResult =
  | { outcome: "saved"; revision: number; savedAt: string }
  | { outcome: "conflict"; revision: number }
  | { outcome: "not-editable" | "forbidden" | "bad-request" };

const statusOf = { "not-editable": 409, forbidden: 403, "bad-request": 400 } as const;

export function autosaveAnswer(result: AutosaveResult): Response {
  switch (result.outcome) {
    case "saved":
      return Response.json({
        outcome: "autosaved",
        revision: result.revision,
        savedAt: result.savedAt,
      });
    case "conflict":
      return Response.json({ outcome: "conflict", revision: result.revision }, { status: 409 });
    default:
      return Response.json({ outcome: result.outcome }, { status: statusOf[result.outcome] });
  }
}
