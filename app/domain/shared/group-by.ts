/** Rows grouped by a key, in their order: one pass instead of a filter per key. */
export function groupBy<Row, Key>(rows: readonly Row[], keyOf: (row: Row) => Key): Map<Key, Row[]> {
  const groups = new Map<Key, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** `rows` cut into runs of at most `size`, in their order. */
export function inRunsOf<Row>(rows: readonly Row[], size: number): Row[][] {
  const runs: Row[][] = [];
  for (let start = 0; start < rows.length; start += size)
    runs.push(rows.slice(start, start + size));
  return runs;
}
