"use client";

import { CredentialsSignInForm } from "@/components/auth/credentials-sign-in-form";

export function ShopSignInForm({ returnTo }: { returnTo?: string }) {
  return (
    <CredentialsSignInForm
      basePath="/api/shop-auth"
      providerId="shop-credentials"
      formLabel="Customer Login"
      fields={[
        { name: "email", label: "Email", type: "email", autoComplete: "email" },
        { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
      ]}
      submitLabel="Sign In"
      emptyMessage="Enter your email and password."
      returnTo={returnTo}
      returnPrefix="/shop/customer/account"
    />
  );
}
