// Consent to remote shopping assistance is a grant with a duration (SPEC 10.1):
// `assistanceAllowed` says it was given, `assistanceAllowedUntil` when it runs out
// (null: until the customer turns it off). Whether it holds is always a time
// comparison at the moment of asking, in the query or in code, never a job that
// might not run: an expired grant is simply not consent.
import { formatDateTime } from "@/lib/format";

export const CONSENT_DURATIONS = ["24h", "7d", "30d", "unlimited"] as const;
export type ConsentDuration = (typeof CONSENT_DURATIONS)[number];

export const CONSENT_DURATION_LABELS: Record<ConsentDuration, string> = {
  "24h": "24 hours",
  "7d": "7 days",
  "30d": "30 days",
  unlimited: "Until I turn it off",
};

const HOUR_MS = 3_600_000;
const DURATION_MS: Record<ConsentDuration, number | null> = { "24h": 24 * HOUR_MS, "7d": 7 * 24 * HOUR_MS, "30d": 30 * 24 * HOUR_MS, unlimited: null };

export function isConsentDuration(value: unknown): value is ConsentDuration {
  return typeof value === "string" && (CONSENT_DURATIONS as readonly string[]).includes(value);
}

/** When a grant given now for `duration` ends (null: until turned off). */
export function grantEndsAt(duration: ConsentDuration, now: Date = new Date()): Date | null {
  const ms = DURATION_MS[duration];
  return ms === null ? null : new Date(now.getTime() + ms);
}

/** The columns to write for a consent choice: a grant for `duration`, or withdrawn. */
export function consentData(allowed: boolean, duration: ConsentDuration, now: Date = new Date()) {
  return allowed ? { assistanceAllowed: true, assistanceAllowedUntil: grantEndsAt(duration, now) } : { assistanceAllowed: false, assistanceAllowedUntil: null };
}

export type ConsentState = { assistanceAllowed: boolean; assistanceAllowedUntil: Date | null };

/** Does the grant hold at `now`? */
export function consentActive(c: ConsentState, now: Date = new Date()): boolean {
  return c.assistanceAllowed && (c.assistanceAllowedUntil === null || c.assistanceAllowedUntil.getTime() > now.getTime());
}

/** The sentence shown after saving a grant, and on the admin's customer page. */
export function consentGrantMessage(until: Date | null): string {
  return until === null
    ? "Remote shopping assistance is allowed until you turn it off."
    : `Remote shopping assistance is allowed until ${formatDateTime(until)}.`;
}

/** Used when no duration was chosen and none is configured (the configuration's own default). */
export const DEFAULT_CONSENT_DURATION: ConsentDuration = "24h";

/**
 * The "Allow for" choice that fits a customer's grant, to preselect it: "Until I turn it off"
 * for an open-ended grant, the shortest duration that covers what is left of a running one,
 * and `fallback` (the configured default) when no grant holds.
 */
export function consentDurationFor(c: ConsentState, fallback: ConsentDuration, now: Date = new Date()): ConsentDuration {
  if (!consentActive(c, now)) return fallback;
  if (c.assistanceAllowedUntil === null) return "unlimited";
  const left = c.assistanceAllowedUntil.getTime() - now.getTime();
  return (["24h", "7d", "30d"] as const).find((d) => (DURATION_MS[d] ?? 0) >= left) ?? "30d";
}

/** The sentence for a grant that ran out (the consent no longer holds). */
export function consentEndedMessage(until: Date): string {
  return `Remote shopping assistance was allowed until ${formatDateTime(until)}; that permission has ended.`;
}

/** What the pages say about a customer's grant: until when it holds, that it ended, or nothing (never given or withdrawn). */
export function consentStatusMessage(c: ConsentState, now: Date = new Date()): string | null {
  if (consentActive(c, now)) return consentGrantMessage(c.assistanceAllowedUntil);
  if (c.assistanceAllowed && c.assistanceAllowedUntil) return consentEndedMessage(c.assistanceAllowedUntil);
  return null;
}

/** How an audit entry names a consent state: "No", "Yes (until Dec 4, 2026, 1:05 PM)" or "Yes (until turned off)". */
export function describeConsent(c: ConsentState, now: Date = new Date()): string {
  if (!consentActive(c, now)) return "No";
  return `Yes (until ${c.assistanceAllowedUntil ? formatDateTime(c.assistanceAllowedUntil) : "turned off"})`;
}
