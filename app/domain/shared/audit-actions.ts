/**
 * Every kind of change the audit log records. An action is "<feature>.<event>": the feature is
 * also the translation namespace that holds its label, at "<feature>:auditActions.<event>", so
 * a feature's events, their labels and the code that records them stay together. Stored rows
 * keep these exact strings; renaming one needs a data migration (decision 0021).
 */
export const auditActions = [
  "schemes.scheme-created",
  "schemes.scheme-updated",
  "schemes.round-created",
  "schemes.round-updated",
  "schemes.pot-created",
  "schemes.pot-updated",
  "schemes.ledger-recommend",
  "schemes.ledger-award",
  "schemes.ledger-revoke",
  "schemes.ledger-pay",
  "schemes.funder-settings-changed",
  "forms.draft-created",
  "forms.draft-copied",
  "forms.edited",
  "forms.consultation-opened",
  "forms.published",
  "forms.round-assigned",
  "forms.retired",
  "forms.unretired",
  "forms.suggestion-added",
  "forms.suggestion-accepted",
  "forms.suggestion-declined",
  "forms.working-group-invited",
  "forms.working-group-joined",
  "forms.working-group-revoked",
  "applications.started",
  "applications.started-on-behalf",
  "applications.edited-on-behalf",
  "applications.language-set",
  "applications.language-set-on-behalf",
  "applications.file-uploaded",
  "applications.file-uploaded-on-behalf",
  "applications.submitted",
  "applications.submitted-on-behalf",
  "applications.withdrawn",
  "applications.recording-deleted",
  "organisations.created",
  "organisations.updated",
  "organisations.member-invited",
  "organisations.invitation-resent",
  "organisations.invitation-revoked",
  "organisations.invitation-accepted",
  "organisations.member-role-changed",
  "organisations.member-removed",
  "teams.member-invited",
  "teams.invitation-resent",
  "teams.invitation-revoked",
  "teams.invitation-accepted",
  "teams.member-role-changed",
  "teams.member-removed",
  "admin.funder-created",
  "admin.funder-renamed",
  "admin.funder-deactivated",
  "admin.funder-reactivated",
  "admin.platform-admin-created",
  "accounts.details-updated",
  "accounts.password-set",
  "accounts.password-removed",
  "accounts.signed-out-everywhere",
  "accounts.two-factor-enabled",
  "accounts.two-factor-disabled",
  "accounts.recovery-codes-renewed",
  "accounts.recovery-code-used",
  "accounts.device-remembered",
  "accounts.device-forgotten",
  "panels.created",
  "panels.settings-changed",
  "panels.member-invited",
  "panels.invitation-resent",
  "panels.invitation-revoked",
  "panels.invitation-accepted",
  "panels.member-removed",
  "panels.member-role-changed",
  "panels.rubric-changed",
  "panels.rubric-version-created",
  "panels.conflicts-declared",
  "panels.conflict-declared-after-scoring",
  "panels.assignments-planned",
  "panels.assignment-added",
  "panels.assignment-removed",
  "panels.recording-summarised",
  "panels.suggestion-adopted",
  "panels.comment-added",
  "panels.export-downloaded",
  "panels.review-saved",
  "panels.review-submitted",
  "panels.review-reopened",
  "panels.ranking-saved",
  "common.machine-translation-shown",
  "eligibility.screened-eligible",
  "eligibility.screened-ineligible",
  "eligibility.screening-reconsidered",
  "panels.decision-drafted",
  "panels.decisions-confirmed",
  "outbox.email-retried",
  "privacy.retention-applied",
  "privacy.data-downloaded",
  "privacy.account-erased",
  "grants.created",
  "grants.accepted",
  "grants.conditions-saved",
  "grants.schedule-changed",
  "grants.tranche-paid",
  "grants.varied",
  "grants.ended-early",
  "grants.revoked",
] as const;

export type AuditAction = (typeof auditActions)[number];

/** The feature an action belongs to, which is also the namespace of its label. */
export type AuditFeature = FeatureOf<AuditAction>;
type FeatureOf<Action> = Action extends `${infer Feature}.${string}` ? Feature : never;

export type AuditActionLabelKey = `${AuditFeature}:auditActions.${string}`;

const known: ReadonlySet<string> = new Set(auditActions);

/** Rows are read back as plain strings; this tells a known action from anything else. */
export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && known.has(value);
}

/** "forms.published" → "forms:auditActions.published", for t(). */
export function auditActionLabelKey(action: AuditAction): AuditActionLabelKey {
  const dot = action.indexOf(".");
  return `${action.slice(0, dot) as AuditFeature}:auditActions.${action.slice(dot + 1)}`;
}
