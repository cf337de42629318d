// Builds the app when no build exists or a source file is newer than it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { root } from "./env.mjs";

const SOURCES = [
  "app",
  "components",
  "lib",
  "middleware.ts",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tailwind.config.ts",
  "prisma/schema.prisma",
  "package-lock.json",
];

function newestMtime(p) {
  const full = path.join(root, p);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

export function buildIfNeeded() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  if (built === 0 || SOURCES.some((s) => newestMtime(s) > built)) {
    console.log("build: building the app (next build)…");
    execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  }
}
