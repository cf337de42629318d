// Minimal types for the benchmarks (no @types/better-sqlite3 in the project).
declare module "better-sqlite3" {
  type Statement = { all(...args: unknown[]): unknown[]; get(...args: unknown[]): unknown; run(...args: unknown[]): unknown };
  class Database {
    constructor(file: string, options?: { readonly?: boolean });
    prepare(sql: string): Statement;
    pragma(p: string): unknown;
    exec(sql: string): void;
    transaction<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
    close(): void;
  }
  export default Database;
}
