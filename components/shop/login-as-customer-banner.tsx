"use client";

import { useState } from "react";
import { LAC } from "@/lib/login-as-customer/messages";
import { signOutOf } from "@/lib/auth/client";
import { useHydrated } from "@/components/ui/use-hydrated";
import { SHOP_REALM } from "@/lib/auth/realms";
import { SessionCountdown } from "./session-countdown";

/**
 * Sticky banner on every storefront page while an admin is logged in as the customer, with Close Session
 * (`closeSession` ends the session on the server: the layout passes its server action).
 */
export function LoginAsCustomerBanner({
  customerName,
  websiteName,
  viewOnly,
  endsInMs,
  closeSession,
}: {
  customerName: string;
  websiteName: string;
  viewOnly: boolean;
  /** time left in the session's lifetime, measured on the server */
  endsInMs: number;
  closeSession: () => Promise<unknown>;
}) {
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  return (
    <section
      aria-label="Login as Customer"
      className="sticky top-0 z-50 flex flex-wrap items-center justify-center gap-4 bg-amber-300 px-4 py-2 text-gray-900 shadow"
    >
      <p className="font-medium">
        {LAC.banner(customerName, websiteName)}
        {viewOnly ? LAC.bannerViewOnly : ""}
      </p>
      <SessionCountdown endsInMs={endsInMs} />
      <button
        type="button"
        disabled={pending || !hydrated}
        className="rounded border border-gray-900 bg-white px-3 py-1 font-medium hover:bg-gray-100"
        onClick={async () => {
          setPending(true);
          await closeSession();
          await signOutOf(SHOP_REALM.authBasePath);
          window.location.assign("/shop/customer/account/login");
        }}
      >
        {LAC.closeSession}
      </button>
    </section>
  );
}
