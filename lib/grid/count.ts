// Grids never count every match: past a page the count stops a fixed number of rows
// further ("1,000+ records found"), so a broad filter over millions of rows costs
// about as much as a few pages. One rule for every grid.

/** How far past the page's first row a grid counts, unless its spec says otherwise. */
export const COUNT_CAP = 1000;

export type CappedTotal = { total: number; totalCapped: boolean };

/** The most rows to count for a page starting at `skip`: one more than the cap, so "more" can be told apart. */
export function countLimit(skip: number, cap = COUNT_CAP): number {
  return skip + cap + 1;
}

/** The total to show, from a count taken with countLimit(skip, cap) (or more). */
export function cappedTotal(counted: number, skip: number, cap = COUNT_CAP): CappedTotal {
  return counted > skip + cap ? { total: skip + cap, totalCapped: true } : { total: counted, totalCapped: false };
}

/** Runs `count(limit)` (a count that stops at limit rows) and caps it. */
export async function cappedCount(count: (limit: number) => Promise<number>, skip: number, cap = COUNT_CAP): Promise<CappedTotal> {
  return cappedTotal(await count(countLimit(skip, cap)), skip, cap);
}
