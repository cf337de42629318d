// The repository's own source files, for tests that check every file of a kind
// (every server action module, every admin page).
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");

/** Every file under dir (relative to the repository root) whose name matches. */
export function sourceFiles(dir: string, name: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, d), { withFileTypes: true })) {
      const rel = path.join(d, e.name);
      if (e.isDirectory()) walk(rel);
      else if (name.test(e.name)) out.push(rel);
    }
  };
  walk(dir);
  return out.sort();
}

export const readSource = (rel: string) => fs.readFileSync(path.join(ROOT, rel), "utf8");

/** A module-level "use server" directive: the first statement of the file. */
export const isServerActionModule = (src: string) => /^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(src);
