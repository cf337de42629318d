// next-auth options of the shopper realm (/shop): email + password, JWT session
// in its own cookie. With "Share Customer Accounts" per website, a customer can
// only sign in on the website of the store view they are on.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { getConfig } from "@/lib/config";
import { resolveStoreView } from "@/lib/store/store-view";
import { realmCookies, shopAuthSecret, STORE_VIEW_COOKIE } from "./cookies";
import { SIGN_IN_FAILED, SIGN_IN_LOCKED, SIGN_IN_REQUIRED_FIELDS, shopperOtherWebsite } from "./messages";
import { clearAccountFailures, recordSignInFailure, signInLockedBy } from "./throttle";
import { dummyPasswordHash, verifyPassword } from "./password";
import { loadConfig } from "@/lib/config";
import { LAC, REDEEM_FAILURE_REASONS } from "@/lib/login-as-customer/messages";
import { redeemLoginAsCustomerSecret, type RedeemedSession } from "@/lib/login-as-customer/redeem";
import { recordLoginAsCustomerRedeem } from "@/lib/login-as-customer/session-log";
import { clientIp } from "@/lib/http/client-ip";
import { SHOP_REALM } from "./realms";

export const SHOP_SESSION_MAX_AGE = 30 * 24 * 60 * 60;

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return undefined;
}

export const shopAuthOptions: NextAuthOptions = {
  secret: shopAuthSecret(),
  session: { strategy: "jwt", maxAge: SHOP_SESSION_MAX_AGE },
  jwt: { maxAge: SHOP_SESSION_MAX_AGE },
  cookies: realmCookies("lac_shop"),
  pages: { signIn: SHOP_REALM.signInPage, error: SHOP_REALM.signInPage },
  providers: [
    CredentialsProvider({
      id: "shop-credentials",
      name: "Shopper",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const email = String(credentials?.email ?? "")
          .trim()
          .toLowerCase();
        const password = String(credentials?.password ?? "");
        if (!email || !password || email.length > 255 || password.length > 1024) throw new Error(SIGN_IN_REQUIRED_FIELDS);
        const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
        const ip = clientIp(headers);
        // locked: refused before the password is even checked, right or wrong
        if (await signInLockedBy(db, "shop", email, ip)) throw new Error(SIGN_IN_LOCKED);
        const storeView = await resolveStoreView(cookieValue(headers.cookie, STORE_VIEW_COOKIE));
        const config = await getConfig();
        const candidates = await db.customer.findMany({
          where: { email },
          select: { id: true, firstName: true, lastName: true, passwordHash: true, websiteId: true, website: { select: { name: true } } },
          orderBy: { id: "asc" },
          take: 10,
        });
        const customer = config.shareAccountsPerWebsite ? candidates.find((c) => c.websiteId === storeView.websiteId) : candidates[0];
        const ok = await verifyPassword(password, customer?.passwordHash ?? (await dummyPasswordHash()));
        if (!customer && config.shareAccountsPerWebsite && candidates.length > 0) {
          // the account exists, but on another website: say where, only if the password is right
          const other = candidates[0];
          if (await verifyPassword(password, other.passwordHash)) throw new Error(shopperOtherWebsite(other.website.name));
        }
        if (!customer || !ok) {
          const lockedNow = await recordSignInFailure(db, "shop", email, ip);
          throw new Error(lockedNow ? SIGN_IN_LOCKED : SIGN_IN_FAILED);
        }
        await clearAccountFailures(db, "shop", email);
        return { id: String(customer.id), name: `${customer.firstName} ${customer.lastName}`, storeView: storeView.code };
      },
    }),
    // Login as Customer: the one-time secret from the admin is the credential. The
    // resulting JWT names the customer as subject and the admin as actor (RFC 8693 "act").
    CredentialsProvider({
      id: "login-as-customer",
      name: "Login as Customer",
      credentials: { secret: { label: "Secret", type: "text" } },
      async authorize(credentials, req) {
        const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
        const ip = clientIp(headers);
        const result = await redeemLoginAsCustomerSecret({ db, config: await loadConfig() }, { secret: credentials?.secret, ip });
        await recordLoginAsCustomerRedeem(db, result, ip);
        if (!result.ok) throw new Error(`${LAC.loginFailed} ${REDEEM_FAILURE_REASONS[result.reason]}`);
        const s = result.session;
        return { id: String(s.customerId), name: s.customerName, storeView: s.storeViewCode, lac: s };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; storeView?: string; lac?: RedeemedSession };
        token.sub = u.id;
        token.realm = "shop";
        token.sv = u.storeView;
        delete token.act;
        delete token.lac;
        delete token.nc;
        if (u.lac) {
          token.act = { sub: String(u.lac.adminUserId), username: u.lac.adminUsername };
          token.lac = u.lac.sessionId;
          token.nc = u.lac.disablePageCache;
        }
      }
      return token;
    },
    async session({ session, token }) {
      session.user = { ...session.user, name: token.name ?? null };
      return session;
    },
    async redirect({ url, baseUrl }) {
      return url.startsWith("/") ? `${baseUrl}${url}` : url.startsWith(baseUrl) ? url : `${baseUrl}/shop`;
    },
  },
};
