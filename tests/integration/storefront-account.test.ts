import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { provider, testDb } from "../helpers/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { updateAccountInfo, CUSTOMER_WRONG_CURRENT_PASSWORD } from "@/lib/customers/account";
import { deleteAddress, saveAddress } from "@/lib/customers/addresses";
import { LAC } from "@/lib/login-as-customer/messages";
import { END_REASONS } from "@/lib/login-as-customer/end-session";
import { ADDRESS, makeCustomer } from "../helpers/storefront-fixtures";

const db = testDb();
const base = { impersonating: false, consentShown: true, shareAccountsPerWebsite: true };
const names = { firstName: "Ida", lastName: "Test", changeEmail: false, changePassword: false };

async function openSession(customerId: number) {
  const admin = await db.adminUser.findUniqueOrThrow({ where: { username: "admin" } });
  await db.loginAsCustomerSession.updateMany({ where: { adminUserId: admin.id, endedAt: null }, data: { endedAt: new Date(), endReason: "test" } });
  const c = await db.customer.findUniqueOrThrow({ where: { id: customerId } });
  return db.loginAsCustomerSession.create({
    data: {
      id: crypto.randomUUID(),
      adminUserId: admin.id,
      adminName: "Admin",
      adminUsername: "admin",
      customerId,
      customerEmail: c.email,
      customerName: "Ida Test",
      storeViewId: c.storeViewId,
      storeViewName: "Default Store View",
      websiteName: "Main Website",
    },
  });
}

describe(`storefront account (${provider()})`, () => {
  it("saves consent, and withdrawing it ends the open Login as Customer session in the same save", async () => {
    const customer = await makeCustomer(db);
    expect(await updateAccountInfo(db, { ...base, customerId: customer.id, input: { ...names, assistanceAllowed: true } })).toMatchObject({ ok: true });
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).assistanceAllowed).toBe(true);
    const session = await openSession(customer.id);
    expect(await updateAccountInfo(db, { ...base, customerId: customer.id, input: { ...names, assistanceAllowed: false } })).toMatchObject({ ok: true });
    const ended = await db.loginAsCustomerSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(ended.endedAt).not.toBeNull();
    expect(ended.endReason).toBe(END_REASONS.consentWithdrawn);
  });

  it("refuses consent, email and password changes while impersonating and saves nothing", async () => {
    const customer = await makeCustomer(db);
    await db.customer.update({ where: { id: customer.id }, data: { assistanceAllowed: true, passwordHash: await hashPassword("Shopper123!") } });
    const args = { ...base, impersonating: true, customerId: customer.id };
    const refused = { ok: false, error: LAC.actionNotAllowed };
    expect(await updateAccountInfo(db, { ...args, input: { ...names, firstName: "Changed", assistanceAllowed: false } })).toEqual(refused);
    expect(
      await updateAccountInfo(db, {
        ...args,
        input: { ...names, firstName: "Changed", changeEmail: true, email: "x@example.com", currentPassword: "Shopper123!", assistanceAllowed: true },
      }),
    ).toEqual(refused);
    expect(
      await updateAccountInfo(db, {
        ...args,
        input: { ...names, firstName: "Changed", changePassword: true, password: "Other123!", currentPassword: "Shopper123!", assistanceAllowed: true },
      }),
    ).toEqual(refused);
    const after = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(after).toMatchObject({ firstName: "Ida", email: customer.email, assistanceAllowed: true });
    // names alone may be changed by the assisting admin
    expect(await updateAccountInfo(db, { ...args, input: { ...names, firstName: "Helped", assistanceAllowed: true } })).toMatchObject({ ok: true });
  });

  it("changes email and password only with the right current password", async () => {
    const customer = await makeCustomer(db);
    await db.customer.update({ where: { id: customer.id }, data: { passwordHash: await hashPassword("Shopper123!") } });
    const args = { ...base, customerId: customer.id };
    const newEmail = `changed.${customer.id}@example.com`;
    expect(
      await updateAccountInfo(db, { ...args, input: { ...names, changeEmail: true, email: newEmail, currentPassword: "wrong", assistanceAllowed: false } }),
    ).toEqual({
      ok: false,
      fieldErrors: { currentPassword: CUSTOMER_WRONG_CURRENT_PASSWORD },
    });
    expect(
      await updateAccountInfo(db, {
        ...args,
        input: {
          ...names,
          changeEmail: true,
          changePassword: true,
          email: newEmail,
          password: "Newpass123!",
          currentPassword: "Shopper123!",
          assistanceAllowed: false,
        },
      }),
    ).toMatchObject({ ok: true });
    const after = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(after.email).toBe(newEmail);
    expect(await verifyPassword("Newpass123!", after.passwordHash)).toBe(true);
    // an email taken on the website is refused
    expect(
      await updateAccountInfo(db, {
        ...args,
        input: { ...names, changeEmail: true, email: "roni_cost@example.com", currentPassword: "Newpass123!", assistanceAllowed: false },
      }),
    ).toMatchObject({ ok: false, fieldErrors: { email: expect.any(String) } });
  });

  it("keeps the address book and its defaults consistent", async () => {
    const customer = await makeCustomer(db);
    const first = await saveAddress(db, {
      customerId: customer.id,
      address: { ...ADDRESS, company: null, region: null, defaultBilling: false, defaultShipping: false },
    });
    if (!first.ok) throw new Error(first.error);
    let c = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect([c.defaultBillingId, c.defaultShippingId]).toEqual([first.id, first.id]);
    const second = await saveAddress(db, {
      customerId: customer.id,
      address: { ...ADDRESS, street: "2 Side St", company: null, region: null, defaultBilling: false, defaultShipping: true },
    });
    if (!second.ok) throw new Error(second.error);
    c = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect([c.defaultBillingId, c.defaultShippingId]).toEqual([first.id, second.id]);
    const other = await makeCustomer(db);
    expect(await deleteAddress(db, { customerId: other.id, addressId: second.id })).toMatchObject({ ok: false });
    expect(
      await saveAddress(db, {
        customerId: other.id,
        addressId: first.id,
        address: { ...ADDRESS, company: null, region: null, defaultBilling: false, defaultShipping: false },
      }),
    ).toMatchObject({ ok: false });
    expect(await deleteAddress(db, { customerId: customer.id, addressId: second.id })).toEqual({ ok: true });
    c = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(c.defaultShippingId).toBeNull();
    expect(await db.customerAddress.count({ where: { customerId: customer.id } })).toBe(1);
  });
});
