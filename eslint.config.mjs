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
  {
    ignores: ["node_modules/**", ".next/**", ".next-*/**", "generated/**", "test-results/**", "playwright-report/**", "data/**", "next-env.d.ts"],
  },
];

export default config;
