"use client";

import { useEffect, useRef, useState } from "react";
import { signInWith } from "@/lib/auth/client";
import { LAC } from "@/lib/login-as-customer/messages";
import { SHOP_REALM } from "@/lib/auth/realms";

export function RedeemLoginAsCustomer() {
  const [state, setState] = useState<"working" | "failed">("working");
  const [reason, setReason] = useState<string>("");
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    // the secret travels in the fragment (#secret=…), which never reaches a server
    const secret = new URLSearchParams(window.location.hash.slice(1)).get("secret") ?? "";
    // remove the secret from the address bar and the history before anything else
    window.history.replaceState(null, "", window.location.pathname);
    void signInWith(SHOP_REALM.authBasePath, "login-as-customer", { secret }).then((error) => {
      if (error) {
        setReason(error.startsWith(LAC.loginFailed) ? error.slice(LAC.loginFailed.length).trim() : error);
        setState("failed");
        return;
      }
      window.location.replace("/shop/customer/account?lac=1");
    });
  }, []);

  if (state === "working") {
    return (
      <p role="status" className="text-lg">
        Logging in…
      </p>
    );
  }
  return (
    <div role="alert">
      <h1 className="mb-3 text-2xl font-semibold">{LAC.loginFailed}</h1>
      {reason ? <p className="text-gray-700">{reason}</p> : null}
      <p className="mt-4 text-gray-700">Close this tab and start Login as Customer again from the admin.</p>
    </div>
  );
}
