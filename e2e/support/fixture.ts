import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

/** Runs one command of admin-fixture.ts against the e2e database and returns its JSON result. */
export function fixture<T = unknown>(command: string, args: Record<string, unknown> = {}): T {
  const out = execFileSync(path.join(root, "node_modules/.bin/tsx"), ["e2e/support/admin-fixture.ts", command, JSON.stringify(args)], {
    cwd: root,
    env: process.env,
    encoding: "utf8",
  });
  return JSON.parse(out) as T;
}

/**
 * A fresh administrator (role Administrators) for one spec file: the seeded "admin"
 * is signed out by sign-in.spec.ts in a parallel worker (its session version changes).
 */
export function superAdmin(): { username: string; password: string } {
  return fixture("createAdmin", { all: true });
}
