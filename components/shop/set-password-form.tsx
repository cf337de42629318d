"use client";

import { useSyncExternalStore } from "react";
import type { FormAction } from "@/lib/actions/state";
import { ActionField, ActionForm, SubmitButton } from "@/components/ui/action-form";

const onHashChange = (notify: () => void) => {
  window.addEventListener("hashchange", notify);
  return () => window.removeEventListener("hashchange", notify);
};
const tokenInFragment = () => new URLSearchParams(window.location.hash.slice(1)).get("token") ?? "";

/** Set a New Password: the link's token comes from the URL fragment, which no server ever saw. */
export function SetPasswordForm({ action }: { action: FormAction }) {
  const token = useSyncExternalStore(onHashChange, tokenInFragment, () => "");
  return (
    <ActionForm action={action} label="Set a New Password">
      <input type="hidden" name="token" value={token} readOnly />
      <ActionField label="New Password" name="password" type="password" autoComplete="new-password" keepValue={false} required />
      <ActionField label="Confirm New Password" name="passwordConfirmation" type="password" autoComplete="new-password" keepValue={false} required />
      <SubmitButton>Set a New Password</SubmitButton>
    </ActionForm>
  );
}
