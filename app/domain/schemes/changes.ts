/**
 * What an edit changed, for the audit log: each field whose value differs, before and after.
 * Values are compared by content with object keys sorted, because PostgreSQL's jsonb gives
 * stored texts back in its own key order.
 */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const previous = before[field] ?? null;
    if (canonical(previous) !== canonical(value ?? null)) {
      changes[field] = { from: jsonSafe(previous), to: jsonSafe(value) };
    }
  }
  return changes;
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : inner,
  );
}

function jsonSafe(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : (value ?? null);
}
