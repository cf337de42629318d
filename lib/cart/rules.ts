// Pure cart arithmetic and rules (no database): quantities, stock, coupons, totals. Money in cents.
export const MAX_QTY = 10_000;
export const FLAT_RATE_PER_ITEM = 500;

export const CART_MESSAGES = {
  badQty: "Please enter a quantity greater than 0.",
  tooMany: `The maximum you may purchase is ${MAX_QTY}.`,
  outOfStock: "This product is out of stock.",
  notEnough: (name: string, available: number) => `The requested qty of "${name}" is not available (only ${available} left).`,
  notFound: "The product that was requested doesn't exist. Verify the product and try again.",
  couponInvalid: (code: string) => `The coupon code "${code}" is not valid.`,
  couponApplied: (code: string) => `You used coupon code "${code}".`,
  couponRemoved: "You canceled the coupon code.",
  emptyCart: "You have no items in your shopping cart.",
  itemGone: "The cart item no longer exists.",
  cartChanged: "Your shopping cart changed meanwhile. Please try again.",
} as const;

/** null when the quantity is acceptable, the message otherwise. */
export function qtyError(qty: number): string | null {
  if (!Number.isInteger(qty) || qty < 1) return CART_MESSAGES.badQty;
  if (qty > MAX_QTY) return CART_MESSAGES.tooMany;
  return null;
}

/** null when `requested` units can be sold from `stock`, the message otherwise. */
export function stockError(name: string, requested: number, stock: number): string | null {
  if (stock <= 0) return CART_MESSAGES.outOfStock;
  if (requested > stock) return CART_MESSAGES.notEnough(name, stock);
  return null;
}

export type CouponRule = { code: string; discountType: string; amount: number; isActive: boolean };

/** The discount in cents a coupon gives on a subtotal, never more than the subtotal. */
export function couponDiscount(coupon: CouponRule | null | undefined, subtotal: number): number {
  if (!coupon || !coupon.isActive || subtotal <= 0) return 0;
  const raw = coupon.discountType === "percent" ? Math.round((subtotal * coupon.amount) / 100) : coupon.discountType === "fixed" ? coupon.amount : 0;
  return Math.max(0, Math.min(raw, subtotal));
}

export type TotalsLine = { unitPrice: number; qty: number };
export type Totals = { itemCount: number; subtotal: number; discount: number; shipping: number; grandTotal: number };

export function cartTotals(lines: TotalsLine[], coupon?: CouponRule | null, withShipping = false): Totals {
  const itemCount = lines.reduce((s, l) => s + l.qty, 0);
  const subtotal = lines.reduce((s, l) => s + l.unitPrice * l.qty, 0);
  const discount = couponDiscount(coupon, subtotal);
  const shipping = withShipping ? itemCount * FLAT_RATE_PER_ITEM : 0;
  return { itemCount, subtotal, discount, shipping, grandTotal: subtotal - discount + shipping };
}

/** Merging two carts: quantities of the same product add up, capped at the stock when stock is known. */
export function mergeQty(a: number, b: number, stock?: number): number {
  const sum = Math.min(a + b, MAX_QTY);
  return stock === undefined ? sum : Math.max(0, Math.min(sum, stock));
}

export function formatIncrementId(value: number): string {
  return String(value).padStart(9, "0");
}
