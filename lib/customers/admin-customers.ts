// The admin's changes to a customer that need more than one table: a new account
// placed on its website's default store view, and the address book with a record
// of what changed.
import "server-only";
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import type { Db } from "@/lib/db-client";
import type { Audit } from "@/lib/action-log/audit";
import { describeChanges, onlyChanged } from "@/lib/action-log/diff";
import { LAC } from "@/lib/login-as-customer/messages";
import type { adminAddressSchema, adminNewCustomerSchema, customerAddressRefSchema } from "@/lib/validation/admin-customer";
import { ADDRESS_FIELDS, deleteAddress, saveAddress } from "./addresses";
import { createCustomer } from "./create";
import { CUSTOMER_NOT_FOUND } from "./mutations";

type Refusal = { ok: false; error: string; field?: string };

/** A new customer from Customers › Add New Customer; the customer sets a password through Reset Password or Forgot Your Password?. */
export async function createCustomerByAdmin(
  db: Db,
  input: z.output<typeof adminNewCustomerSchema>,
  rights: { canConsent: boolean },
  audit: Audit,
): Promise<{ ok: true; id: number } | Refusal> {
  const website = await db.website.findUnique({
    where: { id: input.websiteId },
    select: { stores: { select: { id: true, defaultStoreViewId: true } }, defaultStoreId: true },
  });
  const store = website?.stores.find((s) => s.id === website.defaultStoreId) ?? website?.stores[0];
  if (!store?.defaultStoreViewId) return { ok: false, error: "Choose a website.", field: "websiteId" };
  // as on save: an unknown group is a field message, not a foreign key error (a 500)
  if (!(await db.customerGroup.findUnique({ where: { id: input.groupId }, select: { id: true } })))
    return { ok: false, error: "Choose a customer group.", field: "groupId" };
  if (input.assistanceAllowed && !rights.canConsent) return { ok: false, error: LAC.noPermissionOptIn, field: "assistanceAllowed" };
  const created = await createCustomer(
    {
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email,
      // nobody knows this password: the customer chooses their own
      password: randomBytes(24).toString("base64url"),
      websiteId: input.websiteId,
      storeViewId: store.defaultStoreViewId,
      groupId: input.groupId,
      newsletter: input.newsletter,
      assistanceAllowed: input.assistanceAllowed,
      assistanceDuration: input.assistanceDuration,
    },
    audit,
  );
  return "error" in created ? { ok: false, error: created.error, field: created.field } : { ok: true, id: created.id };
}

/** Customer edit › Addresses: adds or edits one address, recording the fields that changed. */
export async function saveCustomerAddressByAdmin(db: Db, input: z.output<typeof adminAddressSchema>, audit: Audit): Promise<{ ok: true } | Refusal> {
  const { customerId, addressId, ...address } = input;
  if (!(await db.customer.findUnique({ where: { id: customerId }, select: { id: true } }))) return { ok: false, error: CUSTOMER_NOT_FOUND };
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
  return r.ok ? { ok: true } : r;
}

/** Customer edit › Addresses › Delete, with what the address held. */
export async function deleteCustomerAddressByAdmin(db: Db, input: z.output<typeof customerAddressRefSchema>, audit: Audit): Promise<{ ok: true } | Refusal> {
  const { customerId, addressId } = input;
  const before = await db.customerAddress.findFirst({ where: { id: addressId, customerId }, select: ADDRESS_FIELDS });
  const r = await deleteAddress(db, { customerId, addressId }, (tx) =>
    audit(tx, { customerId, details: `Deleted address #${addressId} of customer #${customerId}: ${before?.street ?? ""}, ${before?.city ?? ""}`, before }),
  );
  return r.ok ? { ok: true } : r;
}
