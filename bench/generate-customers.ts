// Generates a separate SQLite database with N customers (default 1,000,000) for
// the customer grid benchmark. Never part of npm test.
//   npx tsx bench/generate-customers.ts [count] [file:./data/bench-customers.db]
import path from "node:path";
import Database from "better-sqlite3";
import { dropDatabase, migrate, seed } from "../scripts/db.mjs";
import { sqliteFilePath } from "../lib/db-url.mjs";

const count = Number(process.argv[2] ?? 1_000_000);
const url = process.argv[3] ?? "file:./data/bench-customers.db";

const FIRST = [
  "Emma",
  "Liam",
  "Olivia",
  "Noah",
  "Ava",
  "Elijah",
  "Sophia",
  "Lucas",
  "Mia",
  "Mason",
  "Amelia",
  "Ethan",
  "Harper",
  "Logan",
  "Evelyn",
  "James",
  "Abigail",
  "Aiden",
  "Ella",
  "Jackson",
  "Chloe",
  "Lea",
  "Hugo",
  "Zoe",
  "Jose",
  "Robert",
  "Maria",
  "David",
  "Anna",
  "Peter",
];
const LAST = [
  "Johnson",
  "Williams",
  "Brown",
  "Jones",
  "Garcia",
  "Miller",
  "Davis",
  "Rodriguez",
  "Martinez",
  "Hernandez",
  "Lopez",
  "Wilson",
  "Anderson",
  "Thomas",
  "Taylor",
  "Moore",
  "Martin",
  "Lee",
  "Perez",
  "Thompson",
  "White",
  "Harris",
  "Clark",
  "Lewis",
  "Robinson",
  "Walker",
  "Young",
  "Allen",
  "King",
  "Wright",
];

async function main() {
  const t0 = Date.now();
  await dropDatabase(url);
  migrate(url);
  seed(url, { SEED_CUSTOMERS: "10" });
  const db = new Database(path.resolve(sqliteFilePath(url)));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const views = db.prepare("SELECT id, websiteId FROM StoreView ORDER BY id").all() as { id: number; websiteId: number }[];
  const groups = (db.prepare("SELECT id FROM CustomerGroup ORDER BY id").all() as { id: number }[]).map((g) => g.id);
  const insert = db.prepare(
    `INSERT INTO Customer (websiteId, storeViewId, groupId, firstName, lastName, email, passwordHash, assistanceAllowed, newsletterSubscribed, searchText, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, 'x', ?, 0, ?, ?, ?)`,
  );
  let s = 12345;
  const rand = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const start = Date.parse("2020-01-01T00:00:00Z");
  const span = Date.parse("2026-11-01T00:00:00Z") - start;
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const first = FIRST[Math.floor(rand() * FIRST.length)];
      const last = LAST[Math.floor(rand() * LAST.length)];
      const view = views[Math.floor(rand() * views.length)];
      const email = `${first}.${last}.${i}@bench.example.com`.toLowerCase();
      const at = new Date(start + Math.floor((i / count) * span)).toISOString().replace("Z", "+00:00");
      insert.run(
        view.websiteId,
        view.id,
        groups[Math.floor(rand() * groups.length)],
        first,
        last,
        email,
        rand() < 0.6 ? 1 : 0,
        `${first} ${last} ${email}`.toLowerCase(),
        at,
        at,
      );
    }
  });
  const BATCH = 20_000;
  for (let i = 0; i < count; i += BATCH) {
    batch(i, Math.min(count, i + BATCH));
    if ((i / BATCH) % 10 === 0) process.stdout.write(`\r${i + BATCH} customers…`);
  }
  db.exec("ANALYZE");
  db.close();
  console.log(JSON.stringify({ generated: count, url, seconds: (Date.now() - t0) / 1000 }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
