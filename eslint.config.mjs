import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // after sign-in and sign-out we want a full page load, so every server component reads the new cookies
      "@next/next/no-location-assign-relative-destination": "off",
    },
  },
  // The house rules of the layers: pages, actions and components reach the database only
  // through named functions in lib/<domain>; nothing below app/ depends on a page or an action.
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/lib/db", "**/lib/db-client"], message: "Query through a named function in lib/<domain>; only lib/ imports the database client." },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["@/app/*", "**/app/*"], message: "lib/ and components/ never import from app/: pass the server action in as a prop." }],
        },
      ],
    },
  },
  {
    ignores: ["node_modules/**", ".next/**", ".next-*/**", "generated/**", "test-results/**", "playwright-report/**", "data/**", "next-env.d.ts"],
  },
];

export default config;
