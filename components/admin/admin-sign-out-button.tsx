"use client";

import { useState } from "react";
import { signOutOf } from "@/lib/auth/client";
import { ADMIN_REALM } from "@/lib/auth/realms";
import { ADMIN_SIGN_OUT_FAILED } from "@/lib/auth/admin-messages";
import { useHydrated } from "@/components/ui/use-hydrated";

/** Sign Out: the server ends the admin's sessions before clearing the cookie; when it cannot, the admin stays signed in and sees why. */
export function AdminSignOutButton() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hydrated = useHydrated();
  return (
    <div>
      <button
        type="button"
        className="rounded px-3 py-2 text-left text-white hover:bg-white/10"
        disabled={pending || !hydrated}
        onClick={async () => {
          setPending(true);
          setError(null);
          const refused = await signOutOf(ADMIN_REALM.authBasePath).catch(() => ADMIN_SIGN_OUT_FAILED);
          if (refused) {
            setError(refused);
            setPending(false);
            return;
          }
          window.location.assign(ADMIN_REALM.signInPage);
        }}
      >
        Sign Out
      </button>
      {error ? (
        <p role="alert" className="mt-2 rounded bg-red-50 px-3 py-2 text-sm text-red-900">
          {error}
        </p>
      ) : null}
    </div>
  );
}
