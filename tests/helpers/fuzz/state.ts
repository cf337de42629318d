// What the fuzzed actions see of the request: the signed-in admin, the shopper, the Login as
// Customer session and the cookies. The suite sets them per test; the mocks of ./mocks.ts read them.
import type { AdminPrincipal } from "@/lib/acl/can";
import type { ActiveImpersonation, Shopper } from "@/lib/auth/shop-session";

export const fuzzState = {
  admin: null as AdminPrincipal | null,
  shopper: null as Shopper | null,
  /** set for the Login as Customer passes of the storefront actions */
  impersonation: null as ActiveImpersonation | null,
  cookies: new Map<string, string>(),
};
