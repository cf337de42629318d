"use client";

import { useState, type FormEvent } from "react";
import { safeReturnPath, signInWith } from "@/lib/auth/client";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { useHydrated } from "@/components/ui/use-hydrated";

export function ShopSignInForm({ returnTo }: { returnTo?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    if (!email.trim() || !password) {
      setError("Enter your email and password.");
      return;
    }
    setPending(true);
    setError(null);
    const failure = await signInWith("/api/shop-auth", "shop-credentials", { email, password });
    if (failure) {
      setError(failure);
      setPending(false);
      return;
    }
    window.location.assign(safeReturnPath(returnTo, "/shop/customer/account"));
  }

  return (
    <form onSubmit={onSubmit} method="post" noValidate aria-label="Customer Login">
      {error ? <Alert kind="error">{error}</Alert> : null}
      <FormField label="Email" name="email" type="email" autoComplete="email" required />
      <FormField label="Password" name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" disabled={pending || !hydrated}>
        Sign In
      </Button>
    </form>
  );
}
