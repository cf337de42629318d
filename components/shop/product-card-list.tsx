import Link from "next/link";
import type { ProductCard } from "@/lib/catalog/queries";
import { formatMoney } from "@/lib/format";

export function ProductCardList({ products, label = "Products" }: { products: ProductCard[]; label?: string }) {
  if (products.length === 0) return <p>We can&apos;t find products matching the selection.</p>;
  return (
    <ul className="grid grid-cols-2 gap-6 md:grid-cols-4" aria-label={label}>
      {products.map((p) => (
        <li key={p.id} className="rounded border p-4">
          <h2 className="font-medium">
            <Link href={`/shop/product/${p.urlKey}`} className="hover:underline focus-visible:outline-2">
              {p.name}
            </Link>
          </h2>
          <p className="text-sm text-gray-600">SKU {p.sku}</p>
          <p className="mt-2 text-lg font-semibold">{formatMoney(p.finalPrice)}</p>
          {p.finalPrice < p.price ? <p className="text-sm text-gray-500 line-through">{formatMoney(p.price)}</p> : null}
          {!p.inStock ? <p className="text-sm text-red-700">Out of stock</p> : null}
        </li>
      ))}
    </ul>
  );
}
