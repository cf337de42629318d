// The database is down, restarting or refusing connections (PostgreSQL terminated our
// backends, ALLOW_CONNECTIONS false, pool timed out; SQLite locked past its busy timeout).
// Requests then fail cleanly: 503 JSON for route handlers, the error page for pages, and
// the next request tries again (the pool opens new connections on its own).
import { NextResponse } from "next/server";
import { SERVICE_UNAVAILABLE } from "./messages";

export { SERVICE_UNAVAILABLE };

// Prisma: can't reach / timed out / closed / pool timeout; pg SQLSTATE: connection exceptions (08…),
// admin/crash shutdown, cannot connect now (57P0…), too many connections, database not accepting connections
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const PG_CODES = /^(08\d\d\d|57P0[1-4]|53300|55000)$/;
const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "SQLITE_BUSY"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "DatabaseAccessDenied"]);
const MESSAGES =
  /Connection terminated|terminating connection due to administrator command|does not allow connections|Can't reach database server|Timed out fetching a new connection|timeout exceeded when trying to connect|Server has closed the connection|database is locked|Connection refused|not currently accepting connections/i;

/** Whether an error (or one it wraps) says the database cannot be reached right now. */
export function isDbUnavailable(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== "object" || depth > 4) return false;
  const err = e as { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: unknown };
  if (typeof err.code === "string" && (PRISMA_CODES.has(err.code) || PG_CODES.test(err.code) || NODE_CODES.has(err.code))) return true;
  if (typeof err.kind === "string" && ADAPTER_KINDS.has(err.kind)) return true;
  if (typeof err.originalCode === "string" && PG_CODES.test(err.originalCode)) return true;
  if (typeof err.message === "string" && MESSAGES.test(err.message)) return true;
  return isDbUnavailable(err.cause, depth + 1) || isDbUnavailable(err.meta, depth + 1);
}

export function serviceUnavailable(): NextResponse {
  return NextResponse.json({ error: SERVICE_UNAVAILABLE }, { status: 503, headers: { "Retry-After": "5", "Cache-Control": "no-store" } });
}

/** Wraps a route handler: a database outage answers 503 with a clear message instead of a 500. */
export function withDbUnavailable<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (e) {
      if (!isDbUnavailable(e)) throw e;
      console.error(`database unavailable: ${e instanceof Error ? e.message.split("\n").pop() : String(e)}`);
      return serviceUnavailable();
    }
  };
}
