// The reason an admin gives for a Login as Customer session (SPEC 10.5): at least 5
// characters when Require a Reason is Yes, at most 500. Shared by the dialog and the server.
export const REASON_MIN = 5;
export const REASON_MAX = 500;
