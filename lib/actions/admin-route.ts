// The guard for admin route handlers: 401 JSON when signed out, 403 JSON without the resource.
import "server-only";
import { NextResponse } from "next/server";
import { getAdmin } from "@/lib/auth/admin-session";
import type { AdminPrincipal } from "@/lib/acl/can";
import { guardAdmin } from "./guard";

export function adminRoute<C>(resource: string | readonly string[], handler: (req: Request, admin: AdminPrincipal, ctx: C) => Promise<Response>) {
  return async (req: Request, ctx: C): Promise<Response> => {
    const guard = guardAdmin(await getAdmin(), resource);
    if (!guard.ok) return NextResponse.json({ error: guard.error }, { status: guard.status });
    return handler(req, guard.admin, ctx);
  };
}
