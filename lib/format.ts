// How numbers, money and times read on screen: one place, so every grid, page and
// email shows them alike. Times are shown in UTC, the store's reporting zone.

// Formatters are made once and reused: making an Intl formatter costs far more than using one,
// and a catalog page or an email formats dozens of prices and times.
const moneyFormats = new Map<string, Intl.NumberFormat>();

export function formatMoney(cents: number, currency = "USD", locale = "en-US"): string {
  const key = `${locale} ${currency}`;
  let format = moneyFormats.get(key);
  if (!format) moneyFormats.set(key, (format = new Intl.NumberFormat(locale, { style: "currency", currency })));
  return format.format(cents / 100);
}

/** Money is kept in integer cents: "12.5" → 1250; null when it is not an amount. */
export function parseMoney(text: string): number | null {
  const m = /^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "0").padEnd(2, "0"));
}

const COUNT = new Intl.NumberFormat("en-US");

export function formatCount(n: number): string {
  return COUNT.format(n);
}

const DATE_TIME = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const DATE_TIME_SECONDS = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
const DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

type DateInput = Date | string | number | null | undefined;

/**
 * "Dec 2, 2026, 5:13 PM" (with seconds: "Dec 2, 2026, 5:13:14 PM"), in UTC.
 * An empty value reads as `empty` (default "").
 */
export function formatDateTime(value: DateInput, options: { seconds?: boolean; empty?: string } = {}): string {
  if (value === null || value === undefined || value === "") return options.empty ?? "";
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return options.empty ?? "";
  return (options.seconds ? DATE_TIME_SECONDS : DATE_TIME).format(d);
}

/** "Dec 2, 2026", in UTC. */
export function formatDate(value: DateInput, empty = ""): string {
  if (value === null || value === undefined || value === "") return empty;
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return empty;
  return DATE.format(d);
}
