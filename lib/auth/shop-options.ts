// next-auth options of the shopper realm (/shop): email + password, JWT session
// in its own cookie. With "Share Customer Accounts" per website, a customer can
// only sign in on the website of the store view they are on.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import { encode } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { getConfig } from "@/lib/config";
import { resolveStoreView } from "@/lib/store/store-view";
import { realmCookies, shopAuthSecret, STORE_VIEW_COOKIE } from "./cookies";
import { sameOriginRedirect } from "./redirects";
import { env } from "@/lib/env";
import { SIGN_IN_FAILED, SIGN_IN_LOCKED, SIGN_IN_REQUIRED_FIELDS, shopperOtherWebsite } from "./messages";
import { storableText } from "@/lib/validation/fields";
import { beginSignInAttempt } from "./throttle";
import { dummyPasswordHash, verifyPassword } from "./password";
import { loadConfig } from "@/lib/config";
import { LAC, REDEEM_FAILURE_REASONS } from "@/lib/login-as-customer/messages";
import { redeemLoginAsCustomerSecret, type RedeemedSession } from "@/lib/login-as-customer/redeem";
import { recordLoginAsCustomerRedeem } from "@/lib/login-as-customer/session-log";
import { clientIp } from "@/lib/http/client-ip";
import { SHOP_REALM } from "./realms";
import { END_REASONS } from "@/lib/login-as-customer/end-session";
import { endOwnLoginAsCustomerSession } from "@/lib/login-as-customer/close-session";
import { cappedMaxAge, SHOP_SESSION_MAX_AGE } from "./shop-session-version";

export { SHOP_SESSION_MAX_AGE };

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k !== name) continue;
    // a broken percent-encoding (any browser can send one) names no store view, not a crash
    try {
      return decodeURIComponent(v.join("="));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export const shopAuthOptions: NextAuthOptions = {
  secret: shopAuthSecret(),
  session: { strategy: "jwt", maxAge: SHOP_SESSION_MAX_AGE },
  // a Login as Customer token expires no later than its session (SPEC 10.7): its "lexp" caps the lifetime
  jwt: { maxAge: SHOP_SESSION_MAX_AGE, encode: (params) => encode({ ...params, maxAge: cappedMaxAge(params.token, params.maxAge) }) },
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
        // no account has such an email, and the database would refuse to compare it
        if (!storableText(email)) throw new Error(SIGN_IN_FAILED);
        const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
        const ip = clientIp(headers);
        // counted first; locked (or over the limit in a burst): refused before the password is even checked
        const attempt = await beginSignInAttempt(db, "shop", email, ip);
        if (attempt.lockedBy) throw new Error(SIGN_IN_LOCKED);
        const storeView = await resolveStoreView(cookieValue(headers.cookie, STORE_VIEW_COOKIE));
        const config = await getConfig();
        const candidates = await db.customer.findMany({
          where: { email },
          select: { id: true, firstName: true, lastName: true, passwordHash: true, sessionVersion: true, websiteId: true, website: { select: { name: true } } },
          orderBy: { id: "asc" },
          take: 10,
        });
        const customer = config.shareAccountsPerWebsite ? candidates.find((c) => c.websiteId === storeView.websiteId) : candidates[0];
        // exactly one hash per attempt whatever the account's state, so timing tells nothing
        const checked = customer ?? candidates[0];
        const ok = await verifyPassword(password, checked?.passwordHash ?? (await dummyPasswordHash()));
        if (!customer && checked && ok) {
          // the account exists, but on another website: say where, only because the password is right
          await attempt.finish(true);
          throw new Error(shopperOtherWebsite(checked.website.name));
        }
        if (!customer || !ok) {
          const lockedNow = await attempt.finish(false);
          throw new Error(lockedNow ? SIGN_IN_LOCKED : SIGN_IN_FAILED);
        }
        await attempt.finish(true);
        return {
          id: String(customer.id),
          name: `${customer.firstName} ${customer.lastName}`,
          storeView: storeView.code,
          sessionVersion: customer.sessionVersion,
        };
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
        const u = user as { id: string; storeView?: string; lac?: RedeemedSession; sessionVersion?: number };
        token.sub = u.id;
        token.realm = "shop";
        token.sv = u.storeView;
        delete token.act;
        delete token.lac;
        delete token.nc;
        delete token.ver;
        delete token.lexp;
        if (typeof u.sessionVersion === "number") token.ver = u.sessionVersion;
        if (u.lac) {
          token.act = { sub: String(u.lac.adminUserId), username: u.lac.adminUsername };
          token.lac = u.lac.sessionId;
          token.nc = u.lac.disablePageCache;
          token.lexp = Math.floor(new Date(u.lac.expiresAt).getTime() / 1000);
        }
      }
      return token;
    },
    async session({ session, token }) {
      session.user = { ...session.user, name: token.name ?? null };
      return session;
    },
    // only to the store's own origin (APP_URL; next-auth's baseUrl may come from the request)
    async redirect({ url }) {
      return sameOriginRedirect(url, env().APP_URL, "/shop");
    },
  },
  events: {
    // Sign Out: during Login as Customer it ends the session like Close Session; otherwise
    // it ends every session of the customer, on every device
    async signOut({ token }) {
      const customerId = Number(token?.sub);
      if (!token || !Number.isInteger(customerId)) return;
      const act = token.act as { sub?: string } | undefined;
      if (typeof token.lac === "string") {
        if (act?.sub)
          await endOwnLoginAsCustomerSession({ sessionId: token.lac, adminUserId: Number(act.sub), customerId: token.sub! }, END_REASONS.signedOutOnStorefront);
        return;
      }
      await db.customer.updateMany({ where: { id: customerId }, data: { sessionVersion: { increment: 1 } } });
    },
  },
};
