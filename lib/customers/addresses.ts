// Address book: create/update/delete an address and the default billing/shipping pointers, in one transaction each.
import type { Db } from "@/lib/db-client";
import type { Audit } from "@/lib/action-log/audit";
import type { AddressInput } from "@/lib/validation/address";

export const ADDRESS_GONE = "This address no longer exists.";

/** The fields of an address as people read them (for logs and snapshots). */
export const ADDRESS_FIELDS = {
  firstName: true,
  lastName: true,
  company: true,
  street: true,
  city: true,
  region: true,
  postcode: true,
  countryId: true,
  telephone: true,
} as const;

export async function saveAddress(
  db: Db,
  input: { customerId: number; addressId?: number; address: AddressInput },
  onCommit?: Audit,
): Promise<{ ok: true; id: number } | { ok: false; error: string }> {
  const { defaultBilling, defaultShipping, ...fields } = input.address;
  return db.$transaction(async (tx) => {
    let id: number;
    if (input.addressId) {
      const r = await tx.customerAddress.updateMany({ where: { id: input.addressId, customerId: input.customerId }, data: fields });
      if (r.count !== 1) return { ok: false as const, error: ADDRESS_GONE };
      id = input.addressId;
    } else {
      id = (await tx.customerAddress.create({ data: { ...fields, customerId: input.customerId }, select: { id: true } })).id;
    }
    const customer = await tx.customer.findUniqueOrThrow({ where: { id: input.customerId }, select: { defaultBillingId: true, defaultShippingId: true } });
    // the first address becomes the default of both kinds
    const first = customer.defaultBillingId === null && customer.defaultShippingId === null;
    const data: { defaultBillingId?: number | null; defaultShippingId?: number | null } = {};
    if (defaultBilling || first) data.defaultBillingId = id;
    else if (customer.defaultBillingId === id) data.defaultBillingId = null;
    if (defaultShipping || first) data.defaultShippingId = id;
    else if (customer.defaultShippingId === id) data.defaultShippingId = null;
    if (Object.keys(data).length) await tx.customer.update({ where: { id: input.customerId }, data });
    await onCommit?.(tx);
    return { ok: true as const, id };
  });
}

export async function deleteAddress(
  db: Db,
  input: { customerId: number; addressId: number },
  onCommit?: Audit,
): Promise<{ ok: true } | { ok: false; error: string }> {
  return db.$transaction(async (tx) => {
    const r = await tx.customerAddress.deleteMany({ where: { id: input.addressId, customerId: input.customerId } });
    if (r.count !== 1) return { ok: false as const, error: ADDRESS_GONE };
    await tx.customer.updateMany({ where: { id: input.customerId, defaultBillingId: input.addressId }, data: { defaultBillingId: null } });
    await tx.customer.updateMany({ where: { id: input.customerId, defaultShippingId: input.addressId }, data: { defaultShippingId: null } });
    await onCommit?.(tx);
    return { ok: true as const };
  });
}
