import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireShopper } from "@/lib/auth/shop-session";
import { customerOrderByNumber } from "@/lib/orders/customer-orders";

export const metadata: Metadata = { title: "Thank You for Your Purchase" };

export default async function OrderSuccessPage({ searchParams }: { searchParams: Promise<{ order?: string }> }) {
  const shopper = await requireShopper();
  const { order: incrementId } = await searchParams;
  const order = incrementId ? await customerOrderByNumber(shopper.id, incrementId) : null;
  if (!order) notFound();
  return (
    <section>
      <h1 className="mb-6 text-3xl font-semibold">Thank you for your purchase!</h1>
      <p className="mb-2">
        Your order number is:{" "}
        <Link href={`/shop/customer/account/orders/${order.id}`} className="font-semibold text-brand underline">
          {order.incrementId}
        </Link>
        .
      </p>
      <p className="mb-6">We&apos;ll email you an order confirmation with details and tracking info.</p>
      <Link href="/shop" className="rounded bg-brand px-4 py-2 font-medium text-white">
        Continue Shopping
      </Link>
    </section>
  );
}
