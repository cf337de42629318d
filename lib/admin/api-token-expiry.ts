// How long a new API token lasts: the choices the form offers, shared by the form
// and the action (no server imports). A token is refused from its expiry on.
export const API_TOKEN_DEFAULT_DAYS = 90;

export const API_TOKEN_EXPIRY_CHOICES = [
  { days: 30, label: "30 days" },
  { days: 60, label: "60 days" },
  { days: 90, label: "90 days" },
  { days: 180, label: "180 days" },
  { days: 365, label: "1 year" },
] as const;

export type ApiTokenExpiryDays = (typeof API_TOKEN_EXPIRY_CHOICES)[number]["days"];

const DAY_MS = 24 * 60 * 60 * 1000;

export function apiTokenExpiresAt(days: number, now = new Date()): Date {
  return new Date(now.getTime() + days * DAY_MS);
}
