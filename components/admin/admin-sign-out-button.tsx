"use client";

import { useState } from "react";
import { signOutOf } from "@/lib/auth/client";
import { ADMIN_REALM } from "@/lib/auth/realms";
import { useHydrated } from "@/components/ui/use-hydrated";

export function AdminSignOutButton() {
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      className="rounded px-3 py-2 text-left text-white hover:bg-white/10"
      disabled={pending || !hydrated}
      onClick={async () => {
        setPending(true);
        await signOutOf(ADMIN_REALM.authBasePath);
        window.location.assign("/admin/login");
      }}
    >
      Sign Out
    </button>
  );
}
