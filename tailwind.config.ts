// Tailwind CSS 4 reads its settings from app/globals.css (@import "tailwindcss",
// @theme); this file is kept for editors and tools that look for it and is
// loaded from the CSS with @config.
import type { Config } from "tailwindcss";

const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: { extend: {} },
};

export default config;
