// Checkout: the shipping address chosen (one of the customer's own, or a new one, saved in
// the address book only once the order exists), who placed the order, then the order itself.
import type { Db } from "@/lib/db-client";
import { noAudit, type Audit } from "@/lib/action-log/audit";
import { ADDRESS_FIELDS, ADDRESS_GONE, saveAddress } from "@/lib/customers/addresses";
import { LAC } from "@/lib/login-as-customer/messages";
import type { AddressInput } from "@/lib/validation/address";
import { placeOrder, type OrderAddressInput, type PlacedBy } from "./place-order";

export type ShippingChoice = { kind: "book"; addressId: number } | { kind: "new"; address: AddressInput & { saveInAddressBook: boolean } };

export type CheckoutInput = {
  customerId: number;
  storeViewId: number;
  shipping: ShippingChoice;
  /** the administrator logged in as the customer, when one is */
  impersonation: { adminUserId: number; sessionId: string } | null;
};

export type CheckoutResult = { ok: true; incrementId: string } | { ok: false; error: string; field?: "addressId" };

/** Places the order of the customer's cart; the log entry is written in the order's transaction. */
export async function checkout(db: Db, input: CheckoutInput, audit: Audit = noAudit): Promise<CheckoutResult> {
  let shippingAddress: OrderAddressInput;
  let saveNew: AddressInput | null = null;
  if (input.shipping.kind === "new") {
    const { saveInAddressBook, defaultBilling: _b, defaultShipping: _s, ...address } = input.shipping.address;
    void _b;
    void _s;
    shippingAddress = address;
    // a checkout address never replaces the customer's defaults
    if (saveInAddressBook) saveNew = { ...address, defaultBilling: false, defaultShipping: false };
  } else {
    // only an address of this customer's own book
    const found = await db.customerAddress.findFirst({ where: { id: input.shipping.addressId, customerId: input.customerId }, select: ADDRESS_FIELDS });
    if (!found) return { ok: false, error: ADDRESS_GONE, field: "addressId" };
    shippingAddress = found;
  }
  let placedBy: PlacedBy | undefined;
  if (input.impersonation) {
    const { adminUserId, sessionId } = input.impersonation;
    const admin = await db.adminUser.findUnique({ where: { id: adminUserId }, select: { firstName: true, lastName: true } });
    if (!admin) return { ok: false, error: LAC.loginFailed };
    placedBy = { adminUserId, firstName: admin.firstName, lastName: admin.lastName, lacSessionId: sessionId };
  }
  const r = await placeOrder(db, { customerId: input.customerId, storeViewId: input.storeViewId, shippingAddress, placedBy, onCommit: audit });
  if (!r.ok) return r;
  // only once the order exists, so a refused order leaves the address book as it was
  if (saveNew) await saveAddress(db, { customerId: input.customerId, address: saveNew });
  return { ok: true, incrementId: r.incrementId };
}
