// Before → after of changed fields, for log details: an entry names each changed field with its old and new value.
export type Snapshot = Record<string, unknown> | null | undefined;

const show = (v: unknown) => (v === null || v === undefined ? "" : Array.isArray(v) ? v.join(", ") : String(v));

/** The keys whose values differ between two snapshots. */
export function changedKeys(before: Snapshot, after: Snapshot): string[] {
  const keys = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  return keys.filter((k) => JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k]));
}

/** "field: old → new; other: a → b", or "no changes". */
export function describeChanges(before: Snapshot, after: Snapshot): string {
  const diffs = changedKeys(before, after).map((k) => `${k}: ${show(before?.[k])} → ${show(after?.[k])}`);
  return diffs.length ? diffs.join("; ") : "no changes";
}

/** Only the changed keys of each snapshot, for the before/after JSON of an entry. */
export function onlyChanged(before: Snapshot, after: Snapshot): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const keys = changedKeys(before, after);
  return { before: Object.fromEntries(keys.map((k) => [k, before?.[k] ?? null])), after: Object.fromEntries(keys.map((k) => [k, after?.[k] ?? null])) };
}
