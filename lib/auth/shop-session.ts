// The signed-in shopper for this request: JWT from the shop cookie, then the database.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { decode, type JWT } from "next-auth/jwt";
import { db } from "@/lib/db";
import { SHOP_SESSION_COOKIE, shopAuthSecret } from "./cookies";
import { getConfig } from "@/lib/config";
import { checkLoginAsCustomerSession } from "@/lib/login-as-customer/check-session";
import { liveAssistance } from "@/lib/login-as-customer/assistance-history";
import { SHOP_REALM } from "./realms";
import { sessionVersionMatches } from "./shop-session-version";

const SHOP_SIGN_IN_PAGE = SHOP_REALM.signInPage;
/** Set by middleware.ts on every storefront request: the path asked for. */
export const STOREFRONT_PATH_HEADER = "x-lac-path";

export type Shopper = {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  groupId: number;
  websiteId: number;
  storeViewId: number;
  assistanceAllowed: boolean;
  /** the consent grant's end (null: until turned off); whether it holds: consentActive */
  assistanceAllowedUntil: Date | null;
  newsletterSubscribed: boolean;
};

export async function decodeShopToken(raw: string | undefined): Promise<JWT | null> {
  const secret = shopAuthSecret();
  if (!raw || !secret) return null;
  try {
    const token = await decode({ token: raw, secret });
    return token && token.realm === "shop" && token.sub ? token : null;
  } catch {
    return null;
  }
}

export const getShopToken = cache(async (): Promise<JWT | null> => {
  const jar = await cookies();
  return decodeShopToken(jar.get(SHOP_SESSION_COOKIE)?.value);
});

/** Who is acting during a Login as Customer session: the RFC 8693 "act" claim of the shopper JWT. */
export type Impersonation = { adminUserId: number; sessionId: string; storeView: string | null; disablePageCache: boolean };

export const getImpersonation = cache(async (): Promise<Impersonation | null> => {
  const token = await getShopToken();
  const act = token?.act as { sub?: string } | undefined;
  if (!token || !act?.sub || typeof token.lac !== "string") return null;
  return {
    adminUserId: Number(act.sub),
    sessionId: token.lac,
    storeView: typeof token.sv === "string" ? token.sv : null,
    disablePageCache: token.nc === true,
  };
});

export type ActiveImpersonation = Impersonation & {
  customerName: string;
  websiteName: string;
  storeViewId: number;
  adminUsername: string;
  /** "view": every storefront change is refused (SPEC 10.6) */
  access: "view" | "assist";
  /** the end of the session's lifetime (SPEC 10.7), and how long until then at this request's check */
  expiresAt: Date;
  endsInMs: number;
};

export type ShopperContext = {
  shopper: Shopper | null;
  /** set while an admin is logged in as this customer and the session is still active */
  impersonation: ActiveImpersonation | null;
};

/**
 * The shopper of this request, checked against the database; during Login as
 * Customer, also whether the session is still active (ending it when a rule says so).
 */
export const getShopperContext = cache(async (): Promise<ShopperContext> => {
  const token = await getShopToken();
  const id = Number(token?.sub);
  if (!token || !Number.isInteger(id)) return { shopper: null, impersonation: null };
  const imp = await getImpersonation();
  let impersonation: ActiveImpersonation | null = null;
  // the customer is loaded beside the session's check (both start from the token)
  const loading = loadShopper(id);
  if (imp) {
    const [check] = await Promise.all([
      getConfig().then((config) => checkLoginAsCustomerSession({ db, config }, { sessionId: imp.sessionId, adminUserId: imp.adminUserId, customerId: id })),
      loading.catch(() => null),
    ]);
    // ended: whatever page or action this request is, the tab is signed out now and sent
    // to the sign-in page (which itself shows as signed out, and drops the cookie by POST)
    if (!check.active) {
      if ((await headers()).get(STOREFRONT_PATH_HEADER) === SHOP_SIGN_IN_PAGE) return { shopper: null, impersonation: null };
      redirect(`${SHOP_SIGN_IN_PAGE}?session=ended`);
    }
    const { customerName, websiteName, storeViewId, adminUsername, access, expiresAt, endsInMs } = check.session;
    impersonation = { ...imp, customerName, websiteName, storeViewId, adminUsername, access, expiresAt, endsInMs };
  }
  const customer = await loading;
  // a password or email change, a reset or a sign-out elsewhere ended this session
  if (!customer || !sessionVersionMatches(token, customer)) return { shopper: null, impersonation: null };
  const { sessionVersion: _v, ...shopper } = customer;
  void _v;
  return { shopper, impersonation };
});

const NOTICE_LOOKUP_OFF = process.env.BENCH_NOTICE_LOOKUP === "off";

/**
 * The live notice (SPEC 10.3): a Login as Customer session open on the account of a customer
 * signed in on their own. One indexed lookup per page for signed-in customers, run beside the
 * shopper's own load (both start from the token); none for guests, none during Login as
 * Customer (that tab shows the admin's banner instead). Cached for the request.
 */
export const getLiveAssistance = cache(async (): Promise<{ sessionId: string; staffName: string } | null> => {
  // the benchmark's A/B switch (bench/scenarios/assistance-notice.mjs): the same build serving the
  // same page without the lookup, to measure what it costs; it only hides the notice (sessions end as ever)
  if (NOTICE_LOOKUP_OFF) return null;
  const token = await getShopToken();
  const id = Number(token?.sub);
  if (!token || !Number.isInteger(id) || (await getImpersonation())) return null;
  const [ctx, live] = await Promise.all([getShopperContext(), liveAssistance(id, db)]);
  // a token whose session was revoked (sign-out elsewhere) shows nothing
  return ctx.shopper && !ctx.impersonation && ctx.shopper.id === id ? live : null;
});

/** The signed-in shopper, or null (also null once their Login as Customer session ended). */
export const getShopper = cache(async (): Promise<Shopper | null> => (await getShopperContext()).shopper);

async function loadShopper(id: number): Promise<(Shopper & { sessionVersion: number }) | null> {
  // a plain statement (the same text on SQLite and PostgreSQL): every signed-in page reads it, and a typed read costs several times it
  const [row] = await db.$queryRaw<(Shopper & { sessionVersion: number })[]>`
    SELECT "id", "firstName", "lastName", "email", "groupId", "websiteId", "storeViewId", "assistanceAllowed", "assistanceAllowedUntil",
      "newsletterSubscribed", "sessionVersion"
    FROM "Customer" WHERE "id" = ${id}`;
  return row ?? null;
}

export async function requireShopper(): Promise<Shopper> {
  const ctx = await getShopperContext();
  if (!ctx.shopper) redirect(SHOP_REALM.signInPage);
  return ctx.shopper;
}
