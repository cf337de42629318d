// @ts-check
// Security headers on every response (SPEC 7): lib/http/security-headers.js
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const { SECURITY_HEADERS, SECRET_IN_URL_PATH, SECRET_IN_URL_HEADERS } = require("./lib/http/security-headers.js");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with status 403
  experimental: { authInterrupts: true },
  reactStrictMode: true,
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: SECRET_IN_URL_PATH, headers: SECRET_IN_URL_HEADERS },
    ];
  },
};

module.exports = nextConfig;
