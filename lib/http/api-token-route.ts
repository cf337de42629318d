// The guard for the headless API: an admin API token (Authorization: Bearer …), a JSON
// body checked with zod, JSON errors with 4xx codes, 503 when the database is down.
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import type { AdminPrincipal } from "@/lib/acl/can";
import { adminFromApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db-client";
import { clientIp } from "./client-ip";
import { withDbUnavailable } from "./db-unavailable";

export const API_TOKEN_REQUIRED = "A valid admin API token is required (Authorization: Bearer …).";

export type ApiContext<B, P> = { req: NextRequest; admin: AdminPrincipal; body: B; ip: string; db: Db; prepared: P };

export const jsonResponse = (status: number, data: unknown) => NextResponse.json(data, { status, headers: { "Cache-Control": "no-store" } });

/** prepare: runs beside the token lookup, and its Response, if any, is the answer (e.g. the feature is switched off), whatever the token. */
export function apiTokenRoute<S extends z.ZodType, P>(
  options: { body: S; prepare: () => Promise<P | Response> },
  handler: (ctx: ApiContext<z.output<S>, Exclude<P, Response>>) => Promise<Response>,
) {
  return withDbUnavailable(async (req: NextRequest): Promise<Response> => {
    // side by side (two pooled connections on PostgreSQL); prepare's answer still comes first
    const [prepared, admin] = await Promise.all([options.prepare(), adminFromApiToken(db, req.headers.get("authorization"))]);
    if (prepared instanceof Response) return prepared;
    const ready = prepared as Exclude<P, Response>;
    if (!admin) return jsonResponse(401, { error: API_TOKEN_REQUIRED });
    let raw: unknown;
    try {
      raw = await req.json();
    } catch {
      return jsonResponse(400, { error: "The request body must be JSON." });
    }
    const parsed = options.body.safeParse(raw);
    if (!parsed.success) return jsonResponse(400, { error: parsed.error.issues[0]?.message ?? "Invalid request." });
    return handler({ req, admin, body: parsed.data, ip: clientIp(req.headers), db, prepared: ready });
  });
}
