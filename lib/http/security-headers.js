// @ts-check
// Security headers of every response, in one place: next.config.js sends
// them with every page, route handler and 404; middleware.ts sets them on the
// responses it makes itself (redirects to sign-in, refusals), which do not get
// next.config.js headers on every path. CommonJS so next.config.js can require it.

const isDev = process.env.NODE_ENV !== "production";

// Next.js injects inline scripts, hence 'unsafe-inline'; the dev server also needs 'unsafe-eval'.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join("; ");

const HSTS = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };

/**
 * HSTS only in production and only when the store is reached over https: sent from
 * http://localhost it would make the browser refuse plain http there for a year.
 * @param {string | undefined} nodeEnv
 * @param {string | undefined} appUrl
 */
function hstsApplies(nodeEnv, appUrl) {
  return nodeEnv === "production" && /^https:\/\//i.test(appUrl ?? "");
}

/** @type {{ key: string; value: string }[]} */
const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(hstsApplies(process.env.NODE_ENV, process.env.APP_URL) ? [HSTS] : []),
];

// the one-time Login as Customer secret arrives in this page's URL: never leak it through Referer or a cache
const SECRET_IN_URL_PATH = "/shop/login-as-customer";
/** @type {{ key: string; value: string }[]} */
const SECRET_IN_URL_HEADERS = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Cache-Control", value: "private, no-store" },
];

/**
 * Every security header for a response to this path (later entries win).
 * @param {string} pathname
 * @returns {{ key: string; value: string }[]}
 */
function securityHeadersFor(pathname) {
  return pathname === SECRET_IN_URL_PATH ? [...SECURITY_HEADERS, ...SECRET_IN_URL_HEADERS] : SECURITY_HEADERS;
}

module.exports = { CONTENT_SECURITY_POLICY, HSTS, hstsApplies, SECURITY_HEADERS, SECRET_IN_URL_PATH, SECRET_IN_URL_HEADERS, securityHeadersFor };
