// The API's "token" mode: the secret is redeemed at once and the headless client gets
// a shopper session token (the storefront cookie's value) instead of a URL to open.
import "server-only";
import { encode } from "next-auth/jwt";
import type { AppConfig } from "@/lib/config/schema";
import type { Db } from "@/lib/db-client";
import { SHOP_SESSION_COOKIE, shopAuthSecret } from "@/lib/auth/cookies";
import { redeemLoginAsCustomerSecret } from "./redeem";
import { recordLoginAsCustomerRedeem } from "./session-log";

const TOKEN_LIFETIME_SECONDS = 60 * 60;

export type HeadlessSession = { accessToken: string; tokenType: "cookie"; cookieName: string; expiresIn: number; sessionId: string };

export async function redeemForHeadlessClient(db: Db, config: AppConfig, input: { secret: string; ip: string }): Promise<HeadlessSession | null> {
  const redeemed = await redeemLoginAsCustomerSecret({ db, config }, input);
  await recordLoginAsCustomerRedeem(db, redeemed, input.ip);
  if (!redeemed.ok) return null;
  const s = redeemed.session;
  const lexp = Math.floor(s.expiresAt.getTime() / 1000);
  // never longer than the session itself (SPEC 10.7)
  const expiresIn = Math.max(1, Math.min(TOKEN_LIFETIME_SECONDS, lexp - Math.floor(Date.now() / 1000)));
  const accessToken = await encode({
    secret: shopAuthSecret()!,
    maxAge: expiresIn,
    token: {
      lexp,
      sub: String(s.customerId),
      name: s.customerName,
      realm: "shop",
      sv: s.storeViewCode,
      act: { sub: String(s.adminUserId), username: s.adminUsername },
      lac: s.sessionId,
      nc: s.disablePageCache,
    },
  });
  return { accessToken, tokenType: "cookie", cookieName: SHOP_SESSION_COOKIE, expiresIn, sessionId: s.sessionId };
}
