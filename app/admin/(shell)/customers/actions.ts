"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { adminAction } from "@/lib/actions/admin-action";
import type { ActionState } from "@/lib/actions/state";
import { can } from "@/lib/acl/can";
import { getConfig } from "@/lib/config";
import { db } from "@/lib/db";
import { createCustomer } from "@/lib/customers/create";
import { deleteCustomerByAdmin, updateCustomerByAdmin } from "@/lib/customers/mutations";
import { ADMIN_RESET_SENT, sendPasswordResetByAdmin } from "@/lib/customers/password-reset";
import { env } from "@/lib/env";
import { adminCustomerSchema, adminNewCustomerSchema, customerIdSchema } from "@/lib/validation/admin-customer";
import { randomBytes } from "node:crypto";
import { LAC } from "@/lib/login-as-customer/messages";
import { ACTION_GROUPS } from "@/lib/action-log/record";
import { describeChanges, onlyChanged } from "@/lib/action-log/diff";
import { ADDRESS_FIELDS, deleteAddress, saveAddress } from "@/lib/customers/addresses";
import { CUSTOMER_NOT_FOUND } from "@/lib/customers/mutations";
import { adminAddressSchema, customerAddressRefSchema } from "@/lib/validation/admin-customer";

const logAs = (action: string, fullActionName: string) => ({ log: { group: ACTION_GROUPS.customers, action, fullActionName } });

export const saveCustomer = adminAction(
  "customers.edit",
  adminCustomerSchema,
  async (input, { admin, audit }) => {
    const config = await getConfig();
    // The toggle's intent: with the editable marker, the checkbox decides; without it
    // (toggle disabled or hidden) only a forced "on" counts, and is then checked below.
    const assistanceAllowed = input.assistanceEditable ? input.assistanceAllowed : input.assistanceAllowed ? true : undefined;
    const result = await updateCustomerByAdmin(
      {
        customerId: input.customerId,
        canChangeAssistance: config.loginAsCustomerEnabled && can(admin, "customers.assistance"),
        shareAccountsPerWebsite: config.shareAccountsPerWebsite,
      },
      { ...input, assistanceAllowed },
      db,
      audit,
    );
    if (!result.ok) return { error: result.error, fieldErrors: result.field ? { [result.field]: result.error } : undefined };
    revalidatePath(`/admin/customers/${input.customerId}`);
    return { success: "You saved the customer." };
  },
  logAs("save", "customer_index_save"),
);

export const createCustomerByAdmin = adminAction(
  "customers.edit",
  adminNewCustomerSchema,
  async (input, { admin, audit }): Promise<ActionState> => {
    const config = await getConfig();
    const website = await db.website.findUnique({
      where: { id: input.websiteId },
      select: { stores: { select: { id: true, defaultStoreViewId: true } }, defaultStoreId: true },
    });
    const store = website?.stores.find((s) => s.id === website.defaultStoreId) ?? website?.stores[0];
    if (!store?.defaultStoreViewId) return { error: "Choose a website.", fieldErrors: { websiteId: "Choose a website." } };
    // as on save: an unknown group is a field message, not a foreign key error (a 500)
    if (!(await db.customerGroup.findUnique({ where: { id: input.groupId }, select: { id: true } })))
      return { error: "Choose a customer group.", fieldErrors: { groupId: "Choose a customer group." } };
    const canConsent = config.loginAsCustomerEnabled && can(admin, "customers.assistance");
    if (input.assistanceAllowed && !canConsent) return { error: LAC.noPermissionOptIn, fieldErrors: { assistanceAllowed: LAC.noPermissionOptIn } };
    const created = await createCustomer(
      {
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        // the customer sets their own password with "Forgot Your Password?" or the admin's Reset Password
        password: randomBytes(24).toString("base64url"),
        websiteId: input.websiteId,
        storeViewId: store.defaultStoreViewId,
        groupId: input.groupId,
        newsletter: input.newsletter,
        assistanceAllowed: input.assistanceAllowed,
      },
      audit,
    );
    if ("error" in created) return { error: created.error, fieldErrors: { [created.field]: created.error } };
    redirect(`/admin/customers/${created.id}?saved=1`);
  },
  logAs("create", "customer_index_new"),
);

export const deleteCustomer = adminAction(
  "customers.delete",
  customerIdSchema,
  async (input, { audit }) => {
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
  async (input, { audit }) => {
    const sent = await sendPasswordResetByAdmin(db, { customerId: input.customerId, appUrl: env().APP_URL }, audit);
    return sent ? { success: ADMIN_RESET_SENT } : { error: "This customer no longer exists." };
  },
  logAs("reset_password", "customer_index_resetPassword"),
);

/** Customer edit › Addresses: add or edit an address (defaults included) for the customer. */
export const saveCustomerAddress = adminAction(
  "customers.edit",
  adminAddressSchema,
  async (input, { audit }) => {
    const { customerId, addressId, ...address } = input;
    if (!(await db.customer.findUnique({ where: { id: customerId }, select: { id: true } }))) return { error: CUSTOMER_NOT_FOUND };
    const before = addressId ? await db.customerAddress.findFirst({ where: { id: addressId, customerId }, select: ADDRESS_FIELDS }) : null;
    const { defaultBilling: _b, defaultShipping: _s, ...fields } = address;
    void _b;
    void _s;
    const after = { ...fields, company: fields.company || null, region: fields.region || null };
    const r = await saveAddress(db, { customerId, addressId, address }, (tx) =>
      audit(tx, {
        customerId,
        details: before
          ? `Address #${addressId} of customer #${customerId}: ${describeChanges(before, after)}`
          : `New address for customer #${customerId}: ${fields.street}, ${fields.city}`,
        ...(before ? onlyChanged(before, after) : { before: null, after }),
      }),
    );
    if (!r.ok) return { error: r.error };
    revalidatePath(`/admin/customers/${customerId}`);
    return { success: "You saved the address." };
  },
  logAs("save_address", "customer_address_save"),
);

export const deleteCustomerAddress = adminAction(
  "customers.edit",
  customerAddressRefSchema,
  async ({ customerId, addressId }, { audit }) => {
    const before = await db.customerAddress.findFirst({ where: { id: addressId, customerId }, select: ADDRESS_FIELDS });
    const r = await deleteAddress(db, { customerId, addressId }, (tx) =>
      audit(tx, { customerId, details: `Deleted address #${addressId} of customer #${customerId}: ${before?.street ?? ""}, ${before?.city ?? ""}`, before }),
    );
    if (!r.ok) return { error: r.error };
    revalidatePath(`/admin/customers/${customerId}`);
    return { success: "You deleted the address." };
  },
  logAs("delete_address", "customer_address_delete"),
);
