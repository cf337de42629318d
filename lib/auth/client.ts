// Browser side of the two next-auth realms: the realm's endpoints are called
// directly (next-auth/react keeps one global basePath, and we have two realms).
"use client";

import type { AuthBasePath } from "./realms";
type Realm = AuthBasePath;

async function csrfToken(basePath: Realm): Promise<string> {
  const res = await fetch(`${basePath}/csrf`, { credentials: "same-origin", cache: "no-store" });
  const body = (await res.json()) as { csrfToken: string };
  return body.csrfToken;
}

/** Signs in with a credentials provider; resolves to an error message, or null on success. */
export async function signInWith(basePath: Realm, providerId: string, credentials: Record<string, string>): Promise<string | null> {
  try {
    const body = new URLSearchParams({ ...credentials, csrfToken: await csrfToken(basePath), json: "true", callbackUrl: "/" });
    const res = await fetch(`${basePath}/callback/${providerId}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
      body,
      credentials: "same-origin",
    });
    const data = (await res.json().catch(() => ({}))) as { url?: string };
    const error = data.url ? new URL(data.url, window.location.origin).searchParams.get("error") : "Sign-in failed.";
    if (!res.ok && !error) return "Sign-in failed. Please try again.";
    return error ? (error === "CredentialsSignin" ? "Sign-in failed." : error) : null;
  } catch {
    return "Sign-in failed: the server could not be reached. Please try again.";
  }
}

/** Signs out of a realm; resolves to the server's message when it refused (the cookie then stays), or null. */
export async function signOutOf(basePath: Realm): Promise<string | null> {
  const body = new URLSearchParams({ csrfToken: await csrfToken(basePath), json: "true", callbackUrl: "/" });
  const res = await fetch(`${basePath}/signout`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body,
    credentials: "same-origin",
  });
  if (res.ok) return null;
  const data = (await res.json().catch(() => ({}))) as { error?: unknown };
  return typeof data.error === "string" ? data.error : "Sign-out failed. Please try again.";
}

/** Only same-site paths under the given prefix are followed after sign-in (lib/auth/redirects.ts). */
export { safeReturnPath } from "./redirects";
