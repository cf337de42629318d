// How numbers, money and times read on screen: one place, so every grid, page and
// email shows them alike. Times are shown in UTC, the store's reporting zone.

export function formatMoney(cents: number, currency = "USD", locale = "en-US"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(cents / 100);
}

/** Money is kept in integer cents: "12.5" → 1250; null when it is not an amount. */
export function parseMoney(text: string): number | null {
  const m = /^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "0").padEnd(2, "0"));
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat("en-US").format(n);
}

type DateInput = Date | string | number | null | undefined;

/**
 * "Dec 2, 2026, 5:13 PM" (with seconds: "Dec 2, 2026, 5:13:14 PM"), in UTC.
 * An empty value reads as `empty` (default "").
 */
export function formatDateTime(value: DateInput, options: { seconds?: boolean; empty?: string } = {}): string {
  if (value === null || value === undefined || value === "") return options.empty ?? "";
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return options.empty ?? "";
  return d.toLocaleString("en-US", { dateStyle: "medium", timeStyle: options.seconds ? "medium" : "short", timeZone: "UTC" });
}

/** "Dec 2, 2026", in UTC. */
export function formatDate(value: DateInput, empty = ""): string {
  if (value === null || value === undefined || value === "") return empty;
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return empty;
  return d.toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" });
}
