// The signed-in admin for this request: JWT from the admin cookie, then the
// database (active, same session version, role and resources).
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { can, type AdminPrincipal } from "@/lib/acl/can";
import { toPrincipal } from "@/lib/acl/principal";
import { findAdminWithRole } from "@/lib/acl/load-admin";
import type { ResourceId } from "@/lib/acl/resources";
import { ADMIN_SESSION_COOKIE, adminAuthSecret } from "./cookies";
import { ADMIN_REALM } from "./realms";

export async function adminIdFromToken(raw: string | undefined): Promise<{ id: number; sv: number } | null> {
  const secret = adminAuthSecret();
  if (!raw || !secret) return null;
  try {
    const token = await decode({ token: raw, secret });
    if (!token || token.realm !== "admin" || !token.sub) return null;
    const id = Number(token.sub);
    return Number.isInteger(id) ? { id, sv: Number(token.sv ?? 0) } : null;
  } catch {
    return null;
  }
}

export async function loadAdminPrincipal(id: number, sessionVersion: number): Promise<AdminPrincipal | null> {
  const admin = await findAdminWithRole(db, id);
  if (!admin || !admin.isActive || admin.sessionVersion !== sessionVersion) return null;
  return toPrincipal(admin);
}

/** The signed-in admin, or null. One database read per request. */
export const getAdmin = cache(async (): Promise<AdminPrincipal | null> => {
  const jar = await cookies();
  const parsed = await adminIdFromToken(jar.get(ADMIN_SESSION_COOKIE)?.value);
  return parsed ? loadAdminPrincipal(parsed.id, parsed.sv) : null;
});

/** For pages and server actions: the admin, else a redirect to sign-in; a 403 page without the resource. */
export async function requireAdmin(resource?: ResourceId): Promise<AdminPrincipal> {
  const admin = await getAdmin();
  if (!admin) redirect(ADMIN_REALM.signInPage);
  if (resource && !can(admin, resource)) forbidden();
  return admin;
}
