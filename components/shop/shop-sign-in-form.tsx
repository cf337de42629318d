"use client";

import { CredentialsSignInForm } from "@/components/auth/credentials-sign-in-form";
import { SHOP_REALM } from "@/lib/auth/realms";

export function ShopSignInForm({ returnTo }: { returnTo?: string }) {
  return (
    <CredentialsSignInForm
      basePath={SHOP_REALM.authBasePath}
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
