import type { Metadata } from "next";
import { getShopper } from "@/lib/auth/shop-session";
import { getCurrentStoreView } from "@/lib/store/store-view";
import { listWebsiteProducts } from "@/lib/catalog/queries";
import { ProductCardList } from "@/components/shop/product-card-list";

export const metadata: Metadata = { title: "Home" };

export default async function ShopHome() {
  const [shopper, storeView] = await Promise.all([getShopper(), getCurrentStoreView()]);
  const products = await listWebsiteProducts(storeView.websiteId, shopper?.groupId ?? null);
  return (
    <section>
      <h1 className="mb-6 text-3xl font-semibold">Our Products</h1>
      <ProductCardList products={products} />
    </section>
  );
}
