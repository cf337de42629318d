// next-auth options of the admin realm (/admin): username + password, JWT session
// in its own cookie. The JWT only says who; permissions are read from the
// database on every request (admin-session.ts).
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { adminAuthSecret, realmCookies } from "./cookies";
import { sameOriginRedirect } from "./redirects";
import { env } from "@/lib/env";
import { SIGN_IN_FAILED, SIGN_IN_LOCKED, SIGN_IN_REQUIRED_FIELDS } from "./messages";
import { storableText } from "@/lib/validation/fields";
import { beginSignInAttempt, LOCK_REASONS } from "./throttle";
import { dummyPasswordHash, verifyPassword } from "./password";
import { ADMIN_SESSION_MAX_AGE } from "./admin-session-version";
import { ACTION_GROUPS, recordAction } from "@/lib/action-log/record";
import { clientIp } from "@/lib/http/client-ip";
import { ADMIN_REALM } from "./realms";

export { ADMIN_SESSION_MAX_AGE };

export const adminAuthOptions: NextAuthOptions = {
  secret: adminAuthSecret(),
  session: { strategy: "jwt", maxAge: ADMIN_SESSION_MAX_AGE },
  jwt: { maxAge: ADMIN_SESSION_MAX_AGE },
  cookies: realmCookies("lac_admin"),
  pages: { signIn: ADMIN_REALM.signInPage, error: ADMIN_REALM.signInPage },
  providers: [
    CredentialsProvider({
      id: "admin-credentials",
      name: "Admin",
      credentials: { username: { label: "Username", type: "text" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const username = String(credentials?.username ?? "").trim();
        const password = String(credentials?.password ?? "");
        if (!username || !password || username.length > 255 || password.length > 1024) {
          throw new Error(SIGN_IN_REQUIRED_FIELDS);
        }
        // no account has such a name, and the database would refuse to compare it
        if (!storableText(username)) throw new Error(SIGN_IN_FAILED);
        const ip = clientIp((req?.headers ?? {}) as Record<string, string | undefined>);
        const entry = { group: ACTION_GROUPS.adminSignIn, action: "login", fullActionName: "adminhtml_auth_login", username, ip };
        // counted first; locked (or over the limit in a burst): refused before the password is even checked
        const attempt = await beginSignInAttempt(db, "admin", username, ip);
        if (attempt.lockedBy) {
          const why = `Locked out: too many failed sign-in attempts (${LOCK_REASONS[attempt.lockedBy]})`;
          await recordAction(db, { ...entry, result: "failure", errorMessage: why, details: `Admin sign-in refused: ${why}` });
          throw new Error(SIGN_IN_LOCKED);
        }
        const admin = await db.adminUser.findUnique({
          where: { username },
          select: { id: true, username: true, firstName: true, lastName: true, passwordHash: true, isActive: true, sessionVersion: true },
        });
        const ok = await verifyPassword(password, admin?.passwordHash ?? (await dummyPasswordHash()));
        if (!admin || !ok || !admin.isActive) {
          const why = !admin ? "Unknown username" : !ok ? "Wrong password" : "Inactive account";
          await recordAction(db, { ...entry, result: "failure", errorMessage: why, adminUserId: admin?.id ?? null, details: `Admin sign-in failed: ${why}` });
          const lockedNow = await attempt.finish(false);
          throw new Error(lockedNow ? SIGN_IN_LOCKED : SIGN_IN_FAILED);
        }
        await attempt.finish(true);
        await db.$transaction(async (tx) => {
          await tx.adminUser.update({ where: { id: admin.id }, data: { lastLoginAt: new Date() } });
          await recordAction(tx, { ...entry, result: "success", adminUserId: admin.id, details: `Admin signed in: ${admin.username}` });
        });
        return {
          id: String(admin.id),
          name: `${admin.firstName} ${admin.lastName}`,
          username: admin.username,
          sessionVersion: admin.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; username?: string; sessionVersion?: number };
        token.sub = u.id;
        token.realm = "admin";
        token.username = u.username;
        token.sv = u.sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      session.user = { ...session.user, name: token.name ?? null };
      return session;
    },
    // only to the store's own origin (APP_URL; next-auth's baseUrl may come from the request)
    async redirect({ url }) {
      return sameOriginRedirect(url, env().APP_URL, "/admin");
    },
  },
  // Sign-out ends the admin's sessions before this handler runs (signOutFailsClosed in
  // admin-events.ts, wrapped around POST): next-auth's signOut event would clear the
  // cookie even when ending them failed.
};
