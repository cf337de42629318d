// Cookie names of the two sign-in realms. Edge-safe (no Node imports): used by
// middleware.ts as well as the next-auth options.
import { env } from "@/lib/env";
import { secureCookiesFor } from "./secure-cookies.mjs";

export const ADMIN_SESSION_COOKIE = "lac_admin_session";
export const SHOP_SESSION_COOKIE = "lac_shop_session";
export const STORE_VIEW_COOKIE = "lac_store";
/** A guest's cart token (a signed-in shopper's cart is found by customer). */
export const GUEST_CART_COOKIE = "lac_cart";

/** Secure in production unless COOKIE_SECURE=false (plain http); elsewhere only with COOKIE_SECURE=true. */
export function secureCookiesEnabled(): boolean {
  const { NODE_ENV, COOKIE_SECURE } = env();
  return secureCookiesFor(NODE_ENV, COOKIE_SECURE);
}

export function adminAuthSecret(): string {
  return env().ADMIN_AUTH_SECRET;
}

export function shopAuthSecret(): string {
  return env().SHOP_AUTH_SECRET;
}

type CookieSet = {
  sessionToken: { name: string; options: Record<string, unknown> };
  callbackUrl: { name: string; options: Record<string, unknown> };
  csrfToken: { name: string; options: Record<string, unknown> };
};

/** Distinct, HttpOnly, SameSite=Lax cookies per realm: an admin session and a shopper session never share a cookie. */
export function realmCookies(prefix: "lac_admin" | "lac_shop"): CookieSet {
  const options = { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookiesEnabled() };
  return {
    sessionToken: { name: `${prefix}_session`, options },
    callbackUrl: { name: `${prefix}_callback`, options },
    csrfToken: { name: `${prefix}_csrf`, options },
  };
}
