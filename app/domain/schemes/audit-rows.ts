import { auditActionLabelKey, isAuditAction } from "~/domain/shared/audit-actions";

/**
 * How an audit event reads in a change history table, on the scheme's page and the funder's
 * alike: the action's label, the fields it changed, and what kind of record it was about.
 */

/** The label key of a known action; an unknown stored code reads "Another change". */
export function auditLabelKey(action: string) {
  return isAuditAction(action) ? auditActionLabelKey(action) : null;
}

/** The names of the fields a change recorded in `detail.changes`, if it did. */
export function changedFieldNames(detail: unknown): string[] {
  if (!detail || typeof detail !== "object" || !("changes" in detail)) return [];
  const changes = (detail as { changes: unknown }).changes;
  return changes && typeof changes === "object" ? Object.keys(changes) : [];
}

const recordKinds = new Set([
  "scheme",
  "round",
  "pot",
  "application",
  "formVersion",
  "formSuggestion",
  "panel",
  "panelComment",
  "storedFile",
  "funder",
]);

/** "FormVersion" → "formVersion", the key of its label under schemes:audit.records. */
export function recordKind(entityType: string): string {
  const kind = entityType.charAt(0).toLowerCase() + entityType.slice(1);
  return recordKinds.has(kind) ? kind : "other";
}

export type AuditRow = {
  id: string;
  action: string;
  at: string;
  who: string | null;
  /** Someone outside the funder's team (a group's member, a reviewer), shown by name only. */
  outsider?: boolean;
  label: ReturnType<typeof auditLabelKey>;
  changed: string[];
  record: { kind: string; name: { text: string; locale: string } | null };
};
