// The random part of the demo data: names to draw from and a seeded generator, so the
// generated customers and orders are the same on every machine.

export type Random = () => number;

/** Small deterministic generator (a linear congruential one): the same seed gives the same sequence. */
export function seededRandom(seed: number): Random {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** One element of the list, chosen by the generator. */
export function pickWith(rand: Random) {
  return <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
}

// A few accented and apostrophe names on purpose: search, sorting and e-mail addresses must cope with them.
export const FIRST_NAMES = [
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
  "Chloé",
  "Léa",
  "Hugo",
  "Zoë",
  "José",
];

export const LAST_NAMES = [
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
  "O'Brien",
];
