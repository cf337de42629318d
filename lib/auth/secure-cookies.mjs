// When the auth cookies carry the Secure flag. Plain JS so the start scripts can say it
// before the server starts; lib/auth/cookies.ts applies the same rule.
// Production: Secure unless COOKIE_SECURE=false (a store served over plain http, such as
// the local demo). Development and tests: not Secure unless COOKIE_SECURE=true.

/**
 * @param {string | undefined} nodeEnv
 * @param {string | undefined} cookieSecure
 */
export function secureCookiesFor(nodeEnv, cookieSecure) {
  return nodeEnv === "production" ? cookieSecure !== "false" : cookieSecure === "true";
}

/**
 * One line for the console when cookies are not Secure, or null when they are.
 * @param {string | undefined} nodeEnv
 * @param {string | undefined} cookieSecure
 */
export function insecureCookiesNotice(nodeEnv, cookieSecure) {
  if (secureCookiesFor(nodeEnv, cookieSecure)) return null;
  return "Cookies: not Secure (COOKIE_SECURE=false), for http://localhost only; behind HTTPS set APP_URL=https://… and leave COOKIE_SECURE unset";
}
