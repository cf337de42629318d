// Filter schemas shared by the grids (URL text in, typed value out) and the range
// helpers their queries use.
import { z } from "zod";

export const MAX_FILTER_LENGTH = 200;

export const idFilter = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number);
export const textFilter = z.string().min(1).max(MAX_FILTER_LENGTH);
export const yesNoFilter = z.enum(["1", "0"]).transform((v) => v === "1");
export const dateFilter = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((v) => new Date(`${v}T00:00:00.000Z`))
  .refine((d) => !Number.isNaN(d.getTime()));
/** A date with a time, as a datetime-local field or an ISO string writes it. */
export const dateTimeFilter = z
  .string()
  .max(40)
  .transform((v, ctx) => {
    const d = new Date(v);
    // years outside 1–9999 (e.g. "+275760-09-13") are valid in JavaScript but not to the database driver
    if (Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1 || d.getUTCFullYear() > 9999) {
      ctx.addIssue({ code: "custom", message: "invalid date" });
      return z.NEVER;
    }
    return d;
  });

/** The exclusive upper bound of a prefix range: "abc" → "abd" (binary collation; SQLite and PostgreSQL C.UTF-8). */
export function prefixUpperBound(prefix: string): string {
  const last = prefix.codePointAt(prefix.length - 1)!;
  return prefix.slice(0, prefix.length - (last > 0xffff ? 2 : 1)) + String.fromCodePoint(last + 1);
}

/** Next day at 00:00 UTC, for inclusive "to" dates. */
export function endOfDay(d: Date): Date {
  return new Date(d.getTime() + 24 * 3600 * 1000);
}
