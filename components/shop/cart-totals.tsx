import type { Totals } from "@/lib/cart/rules";
import { formatMoney } from "@/lib/format";

/** A cart's totals: subtotal, the discount when there is one, shipping (at checkout) and the order total. */
export function CartTotals({
  totals,
  subtotalLabel = "Subtotal",
  shippingLabel,
  className = "",
}: {
  totals: Totals;
  subtotalLabel?: string;
  /** the shipping row's label; no row when absent (shipping is added at checkout) */
  shippingLabel?: string;
  className?: string;
}) {
  return (
    <dl className={`grid grid-cols-2 gap-1 ${className}`}>
      <dt>{subtotalLabel}</dt>
      <dd className="text-right">{formatMoney(totals.subtotal)}</dd>
      {totals.discount > 0 ? (
        <>
          <dt>Discount</dt>
          <dd className="text-right">-{formatMoney(totals.discount)}</dd>
        </>
      ) : null}
      {shippingLabel ? (
        <>
          <dt>{shippingLabel}</dt>
          <dd className="text-right">{formatMoney(totals.shipping)}</dd>
        </>
      ) : null}
      <dt className="font-semibold">Order Total</dt>
      <dd className="text-right font-semibold">{formatMoney(totals.grandTotal)}</dd>
    </dl>
  );
}
