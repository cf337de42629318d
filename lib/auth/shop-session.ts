// The signed-in shopper for this request: JWT from the shop cookie, then the database.
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { decode, type JWT } from "next-auth/jwt";
import { db } from "@/lib/db";
import { SHOP_SESSION_COOKIE, shopAuthSecret } from "./cookies";

export type Shopper = {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  groupId: number;
  websiteId: number;
  storeViewId: number;
  assistanceAllowed: boolean;
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

/** The signed-in shopper, or null. */
export const getShopper = cache(async (): Promise<Shopper | null> => {
  const token = await getShopToken();
  const id = Number(token?.sub);
  if (!token || !Number.isInteger(id)) return null;
  return db.customer.findUnique({
    where: { id },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      groupId: true,
      websiteId: true,
      storeViewId: true,
      assistanceAllowed: true,
      newsletterSubscribed: true,
    },
  });
});

export async function requireShopper(): Promise<Shopper> {
  const shopper = await getShopper();
  if (!shopper) redirect("/shop/customer/account/login");
  return shopper;
}
