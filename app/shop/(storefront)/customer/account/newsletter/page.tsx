import type { Metadata } from "next";
import { requireShopper } from "@/lib/auth/shop-session";
import { AccountShell } from "@/components/shop/account-nav";
import { ActionCheckbox, ActionForm, SubmitButton } from "@/components/ui/action-form";
import { saveNewsletterAction } from "./actions";

export const metadata: Metadata = { title: "Newsletter Subscription" };

export default async function NewsletterPage() {
  const shopper = await requireShopper();
  return (
    <AccountShell current="/shop/customer/account/newsletter">
      <h1 className="mb-6 text-3xl font-semibold">Newsletter Subscription</h1>
      <ActionForm action={saveNewsletterAction} label="Newsletter Subscriptions">
        <fieldset className="mb-4">
          <legend className="mb-2 font-semibold">Subscription option</legend>
          <ActionCheckbox name="newsletter" label="General Subscription" defaultChecked={shopper.newsletterSubscribed} />
        </fieldset>
        <SubmitButton>Save</SubmitButton>
      </ActionForm>
    </AccountShell>
  );
}
