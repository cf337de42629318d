// The cart changes a shopper makes, each in one transaction with its log entry: the entry
// (during Login as Customer) is written only when the change succeeded, and with it.
import type { Db, DbTx } from "@/lib/db-client";
import { noAudit, type Audit } from "@/lib/action-log/audit";
import { addToCart, applyCoupon, getOrCreateCart, removeCartItem, removeCoupon, updateCartItemQty, type CartOwner, type CartResult } from "./cart";

async function recorded<R extends CartResult>(db: Db, audit: Audit, change: (tx: DbTx) => Promise<R>): Promise<R> {
  return db.$transaction(async (tx) => {
    const r = await change(tx);
    if (r.ok) await audit(tx);
    return r;
  });
}

export async function addProductToCart(
  db: Db,
  input: { owner: CartOwner; storeViewId: number; websiteId: number; productId: number; qty: number },
  audit: Audit = noAudit,
): Promise<CartResult> {
  // the cart row first, outside the transaction: a lost creation race (unique index) would abort a PostgreSQL transaction
  await getOrCreateCart(db, input.owner, input.storeViewId);
  return recorded(db, audit, (tx) => addToCart(tx, input));
}

export const changeCartItemQty = (db: Db, input: { cartId: number; itemId: number; qty: number }, audit: Audit = noAudit) =>
  recorded(db, audit, (tx) => updateCartItemQty(tx, input));

export const removeItemFromCart = (db: Db, input: { cartId: number; itemId: number }, audit: Audit = noAudit) =>
  recorded(db, audit, (tx) => removeCartItem(tx, input));

export const applyCartCoupon = (db: Db, input: { cartId: number; code: string }, audit: Audit = noAudit) => recorded(db, audit, (tx) => applyCoupon(tx, input));

export const cancelCartCoupon = (db: Db, input: { cartId: number }, audit: Audit = noAudit) => recorded(db, audit, (tx) => removeCoupon(tx, input));
