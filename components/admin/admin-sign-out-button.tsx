"use client";

import { useState } from "react";
import { signOutOf } from "@/lib/auth/client";

export function AdminSignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="rounded px-3 py-2 text-left text-white hover:bg-white/10"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await signOutOf("/api/admin-auth");
        window.location.assign("/admin/login");
      }}
    >
      Sign Out
    </button>
  );
}
