// Cart domain functions: plain arguments in, plain data out, the database client
// (or a transaction) passed in, so the storefront and the tests call the same code.
import type { DbTx } from "@/lib/db-client";
import { CART_MESSAGES, mergeQty, qtyError, stockError } from "./rules";

export type CartOwner = { customerId: number } | { guestToken: string };
export type CartResult = { ok: true; message?: string } | { ok: false; error: string; field?: string };

const ownerWhere = (owner: CartOwner) =>
  "customerId" in owner ? { customerId: owner.customerId, isActive: true } : { guestToken: owner.guestToken, isActive: true };

export async function findActiveCart(db: DbTx, owner: CartOwner) {
  return db.cart.findFirst({ where: ownerWhere(owner), select: { id: true, couponCode: true, storeViewId: true, customerId: true } });
}

/** The owner's active cart, created when missing (one active cart per customer: a lost race re-reads). */
export async function getOrCreateCart(db: DbTx, owner: CartOwner, storeViewId: number) {
  const found = await findActiveCart(db, owner);
  if (found) return found;
  try {
    return await db.cart.create({
      data: { ...("customerId" in owner ? { customerId: owner.customerId } : { guestToken: owner.guestToken }), storeViewId },
      select: { id: true, couponCode: true, storeViewId: true, customerId: true },
    });
  } catch (e) {
    if ((e as { code?: string }).code !== "P2002") throw e;
    const again = await findActiveCart(db, owner);
    if (!again) throw e;
    return again;
  }
}

/**
 * Locks the cart row while it is open (false when it was closed, e.g. ordered). A checkout closes
 * the cart first, so a cart change inside a transaction either lands before the checkout reads
 * the lines or sees the cart ordered: never lost on a closed cart.
 */
async function lockOpenCart(db: DbTx, cartId: number): Promise<boolean> {
  return (await db.cart.updateMany({ where: { id: cartId, isActive: true }, data: { updatedAt: new Date() } })).count === 1;
}

type Sellable = { id: number; name: string; qty: number; isActive: boolean; websites: { websiteId: number }[] };

async function sellableProduct(db: DbTx, productId: number, websiteId: number): Promise<Sellable | null> {
  const p = await db.product.findUnique({
    where: { id: productId },
    select: { id: true, name: true, qty: true, isActive: true, websites: { where: { websiteId }, select: { websiteId: true } } },
  });
  return p && p.isActive && p.websites.length > 0 ? p : null;
}

/** Adds qty of a product to the owner's cart; refuses bad quantities, unknown products and missing stock. */
export async function addToCart(
  db: DbTx,
  input: { owner: CartOwner; storeViewId: number; websiteId: number; productId: number; qty: number },
): Promise<CartResult & { cartId?: number }> {
  const bad = qtyError(input.qty);
  if (bad) return { ok: false, error: bad, field: "qty" };
  const product = await sellableProduct(db, input.productId, input.websiteId);
  if (!product) return { ok: false, error: CART_MESSAGES.notFound };
  let cart = await getOrCreateCart(db, input.owner, input.storeViewId);
  // a checkout closed this cart meanwhile: the add goes to the owner's new cart, never to the ordered one
  if (!(await lockOpenCart(db, cart.id))) {
    cart = await getOrCreateCart(db, input.owner, input.storeViewId);
    if (!(await lockOpenCart(db, cart.id))) return { ok: false, error: CART_MESSAGES.cartChanged };
  }
  const existing = await db.cartItem.findUnique({ where: { cartId_productId: { cartId: cart.id, productId: product.id } }, select: { id: true, qty: true } });
  const wanted = (existing?.qty ?? 0) + input.qty;
  const noStock = stockError(product.name, wanted, product.qty) ?? qtyError(wanted);
  if (noStock) return { ok: false, error: noStock, field: "qty" };
  // Parallel adds of one product: an atomic upsert + increment (never read-then-write, which
  // loses updates; never a plain insert, whose unique violation aborts a PostgreSQL transaction),
  // then the stock rule on the result, undone when broken.
  const key = { cartId_productId: { cartId: cart.id, productId: product.id } };
  const item = await db.cartItem.upsert({
    where: key,
    create: { cartId: cart.id, productId: product.id, qty: input.qty },
    update: { qty: { increment: input.qty } },
    select: { id: true, qty: true },
  });
  const tooMany = stockError(product.name, item.qty, product.qty) ?? qtyError(item.qty);
  if (tooMany) {
    if (item.qty === input.qty) await db.cartItem.delete({ where: { id: item.id } });
    else await db.cartItem.update({ where: { id: item.id }, data: { qty: { decrement: input.qty } } });
    return { ok: false, error: tooMany, field: "qty" };
  }
  return { ok: true, cartId: cart.id, message: `You added ${product.name} to your shopping cart.` };
}

/** Sets an item's quantity (item must belong to the cart, which must be open). Run inside a transaction. */
export async function updateCartItemQty(db: DbTx, input: { cartId: number; itemId: number; qty: number }): Promise<CartResult> {
  const bad = qtyError(input.qty);
  if (bad) return { ok: false, error: bad, field: "qty" };
  // never "updated" on a cart that was already ordered
  if (!(await lockOpenCart(db, input.cartId))) return { ok: false, error: CART_MESSAGES.itemGone };
  const item = await db.cartItem.findFirst({
    where: { id: input.itemId, cartId: input.cartId },
    select: { id: true, product: { select: { name: true, qty: true, isActive: true } } },
  });
  if (!item) return { ok: false, error: CART_MESSAGES.itemGone };
  const noStock = stockError(item.product.name, input.qty, item.product.isActive ? item.product.qty : 0);
  if (noStock) return { ok: false, error: noStock, field: "qty" };
  await db.cartItem.update({ where: { id: item.id }, data: { qty: input.qty } });
  return { ok: true };
}

export async function removeCartItem(db: DbTx, input: { cartId: number; itemId: number }): Promise<CartResult> {
  const r = await db.cartItem.deleteMany({ where: { id: input.itemId, cartId: input.cartId } });
  return r.count ? { ok: true, message: "The item was removed from your shopping cart." } : { ok: false, error: CART_MESSAGES.itemGone };
}

export async function applyCoupon(db: DbTx, input: { cartId: number; code: string }): Promise<CartResult> {
  const code = input.code.trim();
  const coupon = code ? await db.coupon.findFirst({ where: { code: code.toUpperCase(), isActive: true } }) : null;
  if (!coupon) return { ok: false, error: CART_MESSAGES.couponInvalid(code), field: "couponCode" };
  await db.cart.update({ where: { id: input.cartId }, data: { couponCode: coupon.code } });
  return { ok: true, message: CART_MESSAGES.couponApplied(coupon.code) };
}

export async function removeCoupon(db: DbTx, input: { cartId: number }): Promise<CartResult> {
  await db.cart.update({ where: { id: input.cartId }, data: { couponCode: null } });
  return { ok: true, message: CART_MESSAGES.couponRemoved };
}

/**
 * Moves a guest cart into the customer's active cart (quantities add up, capped at stock)
 * and closes the guest cart. Run inside a transaction.
 */
export async function mergeGuestCart(db: DbTx, input: { guestToken: string; customerId: number; storeViewId: number }): Promise<number> {
  const guest = await db.cart.findFirst({
    where: { guestToken: input.guestToken, isActive: true, customerId: null },
    select: { id: true, couponCode: true, items: { select: { productId: true, qty: true, product: { select: { qty: true } } } } },
  });
  if (!guest) return 0;
  // close the guest cart first, conditionally: of two concurrent merges only one goes on
  const closed = await db.cart.updateMany({ where: { id: guest.id, isActive: true }, data: { isActive: false } });
  if (closed.count !== 1) return 0;
  const target = await getOrCreateCart(db, { customerId: input.customerId }, input.storeViewId);
  let moved = 0;
  for (const item of guest.items) {
    const existing = await db.cartItem.findUnique({ where: { cartId_productId: { cartId: target.id, productId: item.productId } } });
    const qty = mergeQty(existing?.qty ?? 0, item.qty, item.product.qty);
    if (qty <= 0) continue;
    if (existing) await db.cartItem.update({ where: { id: existing.id }, data: { qty } });
    else await db.cartItem.create({ data: { cartId: target.id, productId: item.productId, qty } });
    moved += 1;
  }
  if (guest.couponCode && !target.couponCode) await db.cart.update({ where: { id: target.id }, data: { couponCode: guest.couponCode } });
  return moved;
}
