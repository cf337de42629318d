"use client";

import { CredentialsSignInForm } from "@/components/auth/credentials-sign-in-form";
import { ADMIN_REALM } from "@/lib/auth/realms";

export function AdminSignInForm({ returnTo }: { returnTo?: string }) {
  return (
    <CredentialsSignInForm
      basePath={ADMIN_REALM.authBasePath}
      providerId="admin-credentials"
      formLabel="Admin sign in"
      fields={[
        { name: "username", label: "Username", type: "text", autoComplete: "username" },
        { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
      ]}
      submitLabel="Sign in"
      emptyMessage="Enter your username and password."
      returnTo={returnTo}
      returnPrefix="/admin"
      wide
    />
  );
}
