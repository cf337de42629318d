// @ts-check
// Security headers of every response, in one place: next.config.js sends
// them with every page, route handler, file and 404; middleware.ts sets them on
// every page it passes on (with the page's script nonce, and HSTS decided at run
// time) and on the responses it makes itself (redirects to sign-in, refusals),
// which do not get next.config.js headers on every path. CommonJS so
// next.config.js can require it; edge-safe (Web Crypto only).

const isDev = process.env.NODE_ENV !== "production";

/**
 * No inline script runs unless it carries this response's nonce. Next.js puts the nonce
 * on its own scripts when it finds it in the request's policy (middleware.ts), and
 * 'strict-dynamic' lets those scripts load the page's chunks. Without a nonce (files,
 * JSON, redirects, static pages) no inline script runs at all. Styles keep
 * 'unsafe-inline': React and Next.js write style attributes. The dev server needs 'unsafe-eval'.
 * @param {string | null} [nonce]
 */
function contentSecurityPolicy(nonce) {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const CONTENT_SECURITY_POLICY = contentSecurityPolicy(null);

/** A fresh script nonce: 128 random bits, base64. One per page response. */
function newNonce() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

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
  // next.config.js reads this when the app is built, the middleware when the server runs
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
 * Every security header for a response to this path (later entries win); with the
 * page's nonce when the response is a page rendered for this request.
 * @param {string} pathname
 * @param {{ nonce?: string | null }} [options]
 * @returns {{ key: string; value: string }[]}
 */
function securityHeadersFor(pathname, options = {}) {
  const base = options.nonce
    ? [...SECURITY_HEADERS.filter((h) => h.key !== "Content-Security-Policy"), { key: "Content-Security-Policy", value: contentSecurityPolicy(options.nonce) }]
    : SECURITY_HEADERS;
  return pathname === SECRET_IN_URL_PATH ? [...base, ...SECRET_IN_URL_HEADERS] : base;
}

module.exports = {
  CONTENT_SECURITY_POLICY,
  HSTS,
  SECURITY_HEADERS,
  SECRET_IN_URL_PATH,
  SECRET_IN_URL_HEADERS,
  contentSecurityPolicy,
  hstsApplies,
  newNonce,
  securityHeadersFor,
};
