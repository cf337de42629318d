import { describe, expect, it } from "vitest";
import { CART_MESSAGES, FLAT_RATE_PER_ITEM, MAX_QTY, cartTotals, couponDiscount, formatIncrementId, mergeQty, qtyError, stockError } from "@/lib/cart/rules";
import { finalPrice } from "@/lib/catalog/pricing";

const percent10 = { code: "WELCOME10", discountType: "percent", amount: 10, isActive: true };
const fixed5 = { code: "H20", discountType: "fixed", amount: 500, isActive: true };

describe("pricing", () => {
  const bag = { price: 3400, groupPrices: [{ groupId: 2, price: 3000 }] };
  it("gives the Wholesale group its price and everyone else the regular price", () => {
    expect(finalPrice(bag, 2)).toBe(3000);
    expect(finalPrice(bag, 1)).toBe(3400);
    expect(finalPrice(bag, null)).toBe(3400);
  });
  it("never charges a group more than the regular price", () => {
    expect(finalPrice({ price: 1000, groupPrices: [{ groupId: 3, price: 1500 }] }, 3)).toBe(1000);
  });
});

describe("quantities and stock", () => {
  it("refuses zero, negative, fractional and huge quantities", () => {
    expect(qtyError(0)).toBe(CART_MESSAGES.badQty);
    expect(qtyError(-2)).toBe(CART_MESSAGES.badQty);
    expect(qtyError(1.5)).toBe(CART_MESSAGES.badQty);
    expect(qtyError(MAX_QTY + 1)).toBe(CART_MESSAGES.tooMany);
    expect(qtyError(3)).toBeNull();
  });
  it("refuses out-of-stock products and more than the stock", () => {
    expect(stockError("Band", 1, 0)).toBe(CART_MESSAGES.outOfStock);
    expect(stockError("Bag", 5, 4)).toBe(CART_MESSAGES.notEnough("Bag", 4));
    expect(stockError("Bag", 4, 4)).toBeNull();
  });
  it("adds merged quantities, capped at the stock", () => {
    expect(mergeQty(2, 3)).toBe(5);
    expect(mergeQty(2, 3, 4)).toBe(4);
    expect(mergeQty(1, 1, 0)).toBe(0);
  });
});

describe("coupons and totals", () => {
  it("computes percent and fixed discounts, never above the subtotal", () => {
    expect(couponDiscount(percent10, 3400)).toBe(340);
    expect(couponDiscount(fixed5, 3400)).toBe(500);
    expect(couponDiscount(fixed5, 300)).toBe(300);
    expect(couponDiscount({ ...fixed5, isActive: false }, 3400)).toBe(0);
    expect(couponDiscount(null, 3400)).toBe(0);
  });
  it("rounds percent discounts to the cent", () => {
    expect(couponDiscount(percent10, 1005)).toBe(101);
  });
  it("totals the cart with flat-rate shipping per item", () => {
    const t = cartTotals(
      [
        { unitPrice: 3400, qty: 2 },
        { unitPrice: 700, qty: 1 },
      ],
      percent10,
      true,
    );
    expect(t).toEqual({ itemCount: 3, subtotal: 7500, discount: 750, shipping: 3 * FLAT_RATE_PER_ITEM, grandTotal: 7500 - 750 + 1500 });
    expect(cartTotals([{ unitPrice: 3400, qty: 2 }]).shipping).toBe(0);
  });
  it("formats order increment ids with nine digits", () => {
    expect(formatIncrementId(203)).toBe("000000203");
  });
});
