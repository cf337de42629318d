"use client";

import { useState } from "react";
import { signOutOf } from "@/lib/auth/client";

export function ShopSignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="hover:underline"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await signOutOf("/api/shop-auth");
        window.location.assign("/shop");
      }}
    >
      Sign Out
    </button>
  );
}
