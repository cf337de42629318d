// The permission decision shared by server actions and route handlers, as a
// pure function of the admin (already loaded from the database) so it can be tested alone.
import { can, type AdminPrincipal } from "@/lib/acl/can";

export const NO_PERMISSION = "Sorry, you need permissions to view this content.";
export const SIGNED_OUT = "Your admin session has expired. Please sign in again.";

export type GuardResult = { ok: true; admin: AdminPrincipal } | { ok: false; status: 401 | 403; error: string };

/** resources: every one of them is required (e.g. "customers.edit" and, for the consent toggle, "customers.assistance"). */
export function guardAdmin(admin: AdminPrincipal | null | undefined, resources: string | readonly string[]): GuardResult {
  if (!admin) return { ok: false, status: 401, error: SIGNED_OUT };
  const list = typeof resources === "string" ? [resources] : resources;
  if (!list.every((r) => can(admin, r))) return { ok: false, status: 403, error: NO_PERMISSION };
  return { ok: true, admin };
}
