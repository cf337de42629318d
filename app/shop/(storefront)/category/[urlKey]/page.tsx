import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getShopper } from "@/lib/auth/shop-session";
import { getCurrentStoreView } from "@/lib/store/store-view";
import { getCategoryPage } from "@/lib/catalog/queries";
import { ProductCardList } from "@/components/shop/product-card-list";

type Params = { params: Promise<{ urlKey: string }> };

/** The category of this request with its products, read once for the page and its title. */
const categoryOf = cache(async (urlKey: string) => {
  const [shopper, storeView] = await Promise.all([getShopper(), getCurrentStoreView()]);
  return getCategoryPage(urlKey, storeView.websiteId, shopper?.groupId ?? null);
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const page = await categoryOf((await params).urlKey);
  return page ? { title: page.name } : {};
}

export default async function CategoryPage({ params }: Params) {
  const page = await categoryOf((await params).urlKey);
  if (!page) notFound();
  return (
    <section>
      <h1 className="mb-6 text-3xl font-semibold">{page.name}</h1>
      <ProductCardList products={page.products} />
    </section>
  );
}
