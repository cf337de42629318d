import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getShopper } from "@/lib/auth/shop-session";
import { getCurrentStoreView } from "@/lib/store/store-view";
import { getCategoryPage } from "@/lib/catalog/queries";
import { ProductCardList } from "@/components/shop/product-card-list";

export const metadata: Metadata = { title: "Category" };

export default async function CategoryPage({ params }: { params: Promise<{ urlKey: string }> }) {
  const { urlKey } = await params;
  const [shopper, storeView] = await Promise.all([getShopper(), getCurrentStoreView()]);
  const page = await getCategoryPage(urlKey, storeView.websiteId, shopper?.groupId ?? null);
  if (!page) notFound();
  return (
    <section>
      <h1 className="mb-6 text-3xl font-semibold">{page.name}</h1>
      <ProductCardList products={page.products} />
    </section>
  );
}
