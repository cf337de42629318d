"use client";

import { useState } from "react";
import { signOutOf } from "@/lib/auth/client";
import { useHydrated } from "@/components/ui/use-hydrated";
import { SHOP_REALM } from "@/lib/auth/realms";

export function ShopSignOutButton() {
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      className="hover:underline"
      disabled={pending || !hydrated}
      onClick={async () => {
        setPending(true);
        await signOutOf(SHOP_REALM.authBasePath);
        window.location.assign("/shop");
      }}
    >
      Sign Out
    </button>
  );
}
