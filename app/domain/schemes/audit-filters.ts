import { z } from "zod";
import { normaliseReference } from "~/domain/applications/reference";
import { isAuditAction, type AuditAction } from "~/domain/shared/audit-actions";
import { zonedInputToUtc } from "~/domain/shared/zoned-time";

/**
 * The funder's audit log filters, read from the address (a GET form, so a filtered page can be
 * bookmarked and works without JavaScript): who, what, which record, when. Each bad value
 * comes back as an error for its field, and the log is then shown unfiltered by it.
 */

/** The kinds of record funder events are written about, as stored in AuditEvent.entityType. */
export const auditRecordTypes = [
  "Scheme",
  "Round",
  "Pot",
  "Application",
  "FormVersion",
  "FormSuggestion",
  "Panel",
  "PanelComment",
  "StoredFile",
  "Funder",
] as const;
export type AuditRecordType = (typeof auditRecordTypes)[number];

export const SYSTEM_ACTOR = "system";
export const AUDIT_PAGE_SIZE = 50;

export type AuditFilters = {
  /** A person's id, SYSTEM_ACTOR for changes nobody made by hand, or none. */
  who?: string;
  action?: AuditAction;
  /** Every event about records of one kind. */
  recordType?: AuditRecordType;
  /** The events about one record, by its id or, for an application, its reference. */
  record?: { type: AuditRecordType; idOrReference: string; reference: string | null };
  /** Inclusive start and exclusive end, UTC, from whole days on the funder's clocks. */
  from?: Date;
  until?: Date;
  /** The last event of the previous page (keyset paging). */
  before?: string;
};

const E = "schemes:auditLog.errors";
const day = /^\d{4}-\d{2}-\d{2}$/;

const querySchema = z.object({
  who: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  recordType: z.string().max(40).optional(),
  record: z.string().trim().max(100).optional(),
  from: z.string().trim().max(20).optional(),
  to: z.string().trim().max(20).optional(),
  before: z.string().max(100).optional(),
});

function startOfDay(value: string, timeZone: string): Date | null {
  if (!day.test(value)) return null;
  const reading = zonedInputToUtc(`${value}T00:00`, timeZone);
  return reading.ok ? reading.date : null;
}

function nextDay(value: string) {
  const date = new Date(`${value}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * `people` are the ids the "who" list offers. Returns the filters that could be read, the
 * errors of those that could not, and the raw values to show in the form again.
 */
export function readAuditFilters(
  query: URLSearchParams,
  options: { people: ReadonlySet<string>; timeZone: string },
) {
  const raw = Object.fromEntries(
    [...querySchema.keyof().options].map((key) => [key, query.get(key) ?? ""]),
  ) as Record<keyof z.infer<typeof querySchema>, string>;
  const parsed = querySchema.safeParse(raw);
  const values = parsed.success ? parsed.data : {};
  const filters: AuditFilters = {};
  const errors: Record<string, { key: string }> = {};

  if (values.who) {
    if (values.who === SYSTEM_ACTOR || options.people.has(values.who)) filters.who = values.who;
    else errors.who = { key: `${E}.who` };
  }
  if (values.action) {
    if (isAuditAction(values.action)) filters.action = values.action;
    else errors.action = { key: `${E}.action` };
  }
  const known = (auditRecordTypes as readonly string[]).includes(values.recordType ?? "");
  if (values.recordType && !known) errors.recordType = { key: `${E}.recordType` };
  const typed = known ? (values.recordType as AuditRecordType) : undefined;
  if (values.record) {
    const reference = normaliseReference(values.record);
    // A reference says what it is; any other id needs its kind, which the index is keyed on.
    const type = typed ?? (reference ? "Application" : undefined);
    if (!type) errors.recordType ??= { key: `${E}.recordTypeNeeded` };
    else
      filters.record = {
        type,
        idOrReference: values.record,
        reference: type === "Application" ? reference : null,
      };
  } else if (typed) {
    filters.recordType = typed;
  }
  if (values.from) {
    const from = startOfDay(values.from, options.timeZone);
    if (from) filters.from = from;
    else errors.from = { key: `${E}.date` };
  }
  if (values.to) {
    const until = day.test(values.to) ? startOfDay(nextDay(values.to), options.timeZone) : null;
    if (until) filters.until = until;
    else errors.to = { key: `${E}.date` };
  }
  if (filters.from && filters.until && filters.from >= filters.until) {
    errors.to = { key: `${E}.toBeforeFrom` };
    delete filters.until;
  }
  if (values.before) filters.before = values.before;
  return { filters, errors, values: raw };
}

/** The address of another page of the same filtered log. */
export function auditPageQuery(values: Record<string, string>, before: string | null): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values))
    if (value && key !== "before") query.set(key, value);
  if (before) query.set("before", before);
  const text = query.toString();
  return text ? `?${text}` : "?";
}
