"use client";

import { useState, type FormEvent } from "react";
import { safeReturnPath, signInWith } from "@/lib/auth/client";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { useHydrated } from "@/components/ui/use-hydrated";

export function AdminSignInForm({ returnTo }: { returnTo?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "");
    const password = String(form.get("password") ?? "");
    if (!username.trim() || !password) {
      setError("Enter your username and password.");
      return;
    }
    setPending(true);
    setError(null);
    const failure = await signInWith("/api/admin-auth", "admin-credentials", { username, password });
    if (failure) {
      setError(failure);
      setPending(false);
      return;
    }
    window.location.assign(safeReturnPath(returnTo, "/admin"));
  }

  return (
    <form onSubmit={onSubmit} method="post" noValidate aria-label="Admin sign in">
      {error ? <Alert kind="error">{error}</Alert> : null}
      <FormField label="Username" name="username" autoComplete="username" required autoFocus />
      <FormField label="Password" name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" disabled={pending || !hydrated} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
