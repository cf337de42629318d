"use client";

import { useState, type FormEvent } from "react";
import { safeReturnPath, signInWith } from "@/lib/auth/client";
import type { AuthBasePath } from "@/lib/auth/realms";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { useHydrated } from "@/components/ui/use-hydrated";

type Field = { name: string; label: string; type: "text" | "email" | "password"; autoComplete: string };

/** The sign-in form of a next-auth credentials realm (admin or shopper). */
export function CredentialsSignInForm(props: {
  basePath: AuthBasePath;
  providerId: string;
  formLabel: string;
  fields: [Field, Field];
  submitLabel: string;
  emptyMessage: string;
  returnTo?: string;
  /** after sign-in, a return path is followed only under this prefix (else the prefix itself) */
  returnPrefix: string;
  wide?: boolean;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = Object.fromEntries(props.fields.map((f) => [f.name, String(form.get(f.name) ?? "")]));
    if (props.fields.some((f) => !values[f.name].trim())) {
      setError(props.emptyMessage);
      return;
    }
    setPending(true);
    setError(null);
    const failure = await signInWith(props.basePath, props.providerId, values);
    if (failure) {
      setError(failure);
      setPending(false);
      return;
    }
    window.location.assign(safeReturnPath(props.returnTo, props.returnPrefix));
  }

  return (
    <form onSubmit={onSubmit} method="post" noValidate aria-label={props.formLabel}>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {props.fields.map((f, i) => (
        <FormField key={f.name} label={f.label} name={f.name} type={f.type} autoComplete={f.autoComplete} required autoFocus={props.wide && i === 0} />
      ))}
      <Button type="submit" disabled={pending || !hydrated} className={props.wide ? "w-full" : ""}>
        {pending && props.wide ? "Signing in…" : props.submitLabel}
      </Button>
    </form>
  );
}
