"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { adminAction } from "@/lib/actions/admin-action";
import type { ActionState } from "@/lib/actions/state";
import { can } from "@/lib/acl/can";
import { getConfig } from "@/lib/config";
import { ADMIN_RESET_SENT, sendPasswordResetByAdmin } from "@/lib/customers/password-reset";
import { env } from "@/lib/env";
import { ACTION_GROUPS } from "@/lib/action-log/record";
import { createCustomerByAdmin, deleteCustomerAddressByAdmin, saveCustomerAddressByAdmin } from "@/lib/customers/admin-customers";
import { deleteCustomerByAdmin, updateCustomerByAdmin } from "@/lib/customers/mutations";
import { adminAddressSchema, adminCustomerSchema, adminNewCustomerSchema, customerAddressRefSchema, customerIdSchema } from "@/lib/validation/admin-customer";

/** A refusal from the domain, next to its field when it names one. */
const refused = (r: { error: string; field?: string }): ActionState => ({ error: r.error, fieldErrors: r.field ? { [r.field]: r.error } : undefined });

const logAs = (action: string, fullActionName: string) => ({ log: { group: ACTION_GROUPS.customers, action, fullActionName } });

export const saveCustomer = adminAction(
  "customers.edit",
  adminCustomerSchema,
  async (input, { admin, audit, db }) => {
    const config = await getConfig();
    // The toggle's intent: with the editable marker, the checkbox decides; without it
    // (toggle disabled or hidden) only a forced "on" counts, and is then checked below.
    const assistanceAllowed = input.assistanceEditable ? input.assistanceAllowed : input.assistanceAllowed ? true : undefined;
    const result = await updateCustomerByAdmin(
      {
        customerId: input.customerId,
        canChangeAssistance: config.loginAsCustomerEnabled && can(admin, "customers.assistance"),
        shareAccountsPerWebsite: config.shareAccountsPerWebsite,
        defaultConsentDuration: config.defaultConsentDuration,
      },
      { ...input, assistanceAllowed },
      db,
      audit,
    );
    if (!result.ok) return refused(result);
    revalidatePath(`/admin/customers/${input.customerId}`);
    return { success: "You saved the customer." };
  },
  logAs("save", "customer_index_save"),
);

export const createCustomerAction = adminAction(
  "customers.edit",
  adminNewCustomerSchema,
  async (input, { admin, audit, db }) => {
    const config = await getConfig();
    const canConsent = config.loginAsCustomerEnabled && can(admin, "customers.assistance");
    const created = await createCustomerByAdmin(db, input, { canConsent }, audit);
    if (!created.ok) return refused(created);
    redirect(`/admin/customers/${created.id}?saved=1`);
  },
  logAs("create", "customer_index_new"),
);

export const deleteCustomer = adminAction(
  "customers.delete",
  customerIdSchema,
  async (input, { audit, db }) => {
    const result = await deleteCustomerByAdmin(input.customerId, db, audit);
    if (!result.ok) return { error: result.error };
    revalidatePath("/admin/customers");
    redirect("/admin/customers?deleted=1");
  },
  logAs("delete", "customer_index_delete"),
);

export const resetPassword = adminAction(
  "customers.edit",
  customerIdSchema,
  async (input, { audit, db }) => {
    const sent = await sendPasswordResetByAdmin(db, { customerId: input.customerId, appUrl: env().APP_URL }, audit);
    return sent ? { success: ADMIN_RESET_SENT } : { error: "This customer no longer exists." };
  },
  logAs("reset_password", "customer_index_resetPassword"),
);

/** Customer edit › Addresses: add or edit an address (defaults included) for the customer. */
export const saveCustomerAddress = adminAction(
  "customers.edit",
  adminAddressSchema,
  async (input, { audit, db }) => {
    const r = await saveCustomerAddressByAdmin(db, input, audit);
    if (!r.ok) return refused(r);
    revalidatePath(`/admin/customers/${input.customerId}`);
    return { success: "You saved the address." };
  },
  logAs("save_address", "customer_address_save"),
);

export const deleteCustomerAddress = adminAction(
  "customers.edit",
  customerAddressRefSchema,
  async (input, { audit, db }) => {
    const r = await deleteCustomerAddressByAdmin(db, input, audit);
    if (!r.ok) return refused(r);
    revalidatePath(`/admin/customers/${input.customerId}`);
    return { success: "You deleted the address." };
  },
  logAs("delete_address", "customer_address_delete"),
);
