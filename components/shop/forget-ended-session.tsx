"use client";

import { useEffect } from "react";
import { signOutOf } from "@/lib/auth/client";
import { SHOP_REALM } from "@/lib/auth/realms";

/**
 * On the sign-in page after a Login as Customer session ended: the browser still holds
 * that session's (now useless) cookie. It is dropped with a POST to the realm's sign-out,
 * never by a GET that any link could trigger.
 */
export function ForgetEndedSession() {
  useEffect(() => {
    void signOutOf(SHOP_REALM.authBasePath).catch(() => {});
  }, []);
  return null;
}
