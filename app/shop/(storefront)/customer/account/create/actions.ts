"use server";

import { createAccountSchema, fieldErrors, formToObject, type FieldErrors } from "@/lib/validation/customer";
import { createCustomer } from "@/lib/customers/create";
import { getCurrentStoreView } from "@/lib/store/store-view";
import { getShopper } from "@/lib/auth/shop-session";

export type CreateAccountState = { errors?: FieldErrors; created?: boolean; values?: Record<string, string> };

export async function createAccountAction(_prev: CreateAccountState, form: FormData): Promise<CreateAccountState> {
  if (await getShopper()) return { errors: { form: "You are already signed in. Sign out to create another account." } };
  const parsed = createAccountSchema.safeParse(
    formToObject(form, ["firstName", "lastName", "email", "password", "passwordConfirmation", "newsletter", "assistanceAllowed"]),
  );
  const values = {
    firstName: String(form.get("firstName") ?? ""),
    lastName: String(form.get("lastName") ?? ""),
    email: String(form.get("email") ?? ""),
    newsletter: form.get("newsletter") ? "on" : "",
    assistanceAllowed: form.get("assistanceAllowed") ? "on" : "",
  };
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const storeView = await getCurrentStoreView();
  const result = await createCustomer({
    ...parsed.data,
    websiteId: storeView.websiteId,
    storeViewId: storeView.id,
  });
  if ("error" in result) return { errors: { [result.field]: result.error }, values };
  return { created: true };
}
