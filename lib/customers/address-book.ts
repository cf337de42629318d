// The address book as the shopper reads it: only the customer's own addresses, each with
// whether it is their default billing or shipping address. Another customer's address is
// never returned (its page is a 404).
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db as appDb, type Db } from "@/lib/db";
import type { PostalAddress } from "@/lib/validation/address";
import { ADDRESS_FIELDS } from "./addresses";

export type AddressBookEntry = PostalAddress & { id: number; isDefaultBilling: boolean; isDefaultShipping: boolean };

const ENTRY_FIELDS = { id: true, ...ADDRESS_FIELDS } as const;
const ADDRESS_COLUMNS = Object.keys(ADDRESS_FIELDS).map((f) => Prisma.raw(`a."${f}"`));

async function defaultIds(customerId: number, client: Db) {
  return client.customer.findUniqueOrThrow({ where: { id: customerId }, select: { defaultBillingId: true, defaultShippingId: true } });
}

/** Every address of the customer, oldest first. */
export async function addressBook(customerId: number, client: Db = appDb): Promise<AddressBookEntry[]> {
  const [defaults, rows] = await Promise.all([
    defaultIds(customerId, client),
    client.customerAddress.findMany({ where: { customerId }, orderBy: { id: "asc" }, select: ENTRY_FIELDS }),
  ]);
  return rows.map((a) => ({ ...a, isDefaultBilling: a.id === defaults.defaultBillingId, isDefaultShipping: a.id === defaults.defaultShippingId }));
}

/** One address of the customer, to edit; null when it is not theirs (or gone). */
export async function addressForEdit(customerId: number, addressId: number, client: Db = appDb): Promise<AddressBookEntry | null> {
  const [defaults, address] = await Promise.all([
    defaultIds(customerId, client),
    client.customerAddress.findFirst({ where: { id: addressId, customerId }, select: ENTRY_FIELDS }),
  ]);
  if (!address) return null;
  return { ...address, isDefaultBilling: address.id === defaults.defaultBillingId, isDefaultShipping: address.id === defaults.defaultShippingId };
}

/** The customer's default billing address, for the account dashboard; null when none is set. */
export async function defaultBillingAddress(customerId: number, client: Db = appDb): Promise<PostalAddress | null> {
  // one plain statement (the same text on SQLite and PostgreSQL) for the customer's default and the address:
  // the dashboard reads it on every visit, and two typed reads cost several times it
  const [address] = await client.$queryRaw<PostalAddress[]>`
    SELECT ${Prisma.join(ADDRESS_COLUMNS)} FROM "Customer" c JOIN "CustomerAddress" a ON a."id" = c."defaultBillingId" AND a."customerId" = c."id"
    WHERE c."id" = ${customerId}`;
  return address ?? null;
}

/** The addresses offered at checkout, and the one chosen at first: the default shipping address, else the oldest. */
export async function checkoutAddresses(customerId: number, client: Db = appDb): Promise<{ addresses: AddressBookEntry[]; preselectedId: number | null }> {
  const addresses = await addressBook(customerId, client);
  const preselected = addresses.find((a) => a.isDefaultShipping) ?? addresses[0];
  return { addresses, preselectedId: preselected?.id ?? null };
}
