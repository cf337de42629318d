// The guard for admin route handlers: 401 JSON when signed out, 403 JSON without the resource,
// 503 JSON when the database is unavailable.
import "server-only";
import { NextResponse } from "next/server";
import { getAdmin } from "@/lib/auth/admin-session";
import type { AdminPrincipal } from "@/lib/acl/can";
import type { ResourceId } from "@/lib/acl/resources";
import { withDbUnavailable } from "@/lib/http/db-unavailable";
import { guardAdmin } from "@/lib/actions/guard";

export function adminRoute<C>(resource: ResourceId | readonly ResourceId[], handler: (req: Request, admin: AdminPrincipal, ctx: C) => Promise<Response>) {
  // a database outage answers 503 with a clear message, never a 500
  return withDbUnavailable(async (req: Request, ctx: C): Promise<Response> => {
    const guard = guardAdmin(await getAdmin(), resource);
    if (!guard.ok) return NextResponse.json({ error: guard.error }, { status: guard.status });
    return handler(req, guard.admin, ctx);
  });
}
