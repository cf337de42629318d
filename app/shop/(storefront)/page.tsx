import type { Metadata } from "next";
import { getShopper } from "@/lib/auth/shop-session";
import { getCurrentStoreView } from "@/lib/store/store-view";
import { listWebsiteProducts } from "@/lib/catalog/queries";
import { formatMoney } from "@/lib/money";

export const metadata: Metadata = { title: "Home" };

export default async function ShopHome() {
  const [shopper, storeView] = await Promise.all([getShopper(), getCurrentStoreView()]);
  const products = await listWebsiteProducts(storeView.websiteId, shopper?.groupId ?? null);
  return (
    <section>
      <h1 className="mb-6 text-3xl font-semibold">Home Page</h1>
      <ul className="grid grid-cols-2 gap-6 md:grid-cols-4" aria-label="Products">
        {products.map((p) => (
          <li key={p.id} className="rounded border p-4">
            <h2 className="font-medium">{p.name}</h2>
            <p className="text-sm text-gray-600">SKU {p.sku}</p>
            <p className="mt-2 text-lg font-semibold">{formatMoney(p.finalPrice)}</p>
            {p.finalPrice < p.price ? <p className="text-sm text-gray-500 line-through">{formatMoney(p.price)}</p> : null}
            {!p.inStock ? <p className="text-sm text-red-700">Out of stock</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
