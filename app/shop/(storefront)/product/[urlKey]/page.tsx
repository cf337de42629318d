import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getShopper } from "@/lib/auth/shop-session";
import { getCurrentStoreView } from "@/lib/store/store-view";
import { getProductByUrlKey } from "@/lib/catalog/queries";
import { formatMoney } from "@/lib/format";
import { ActionButton, ActionField, ActionForm, SubmitButton } from "@/components/ui/action-form";
import { addToCartAction } from "../../checkout/cart/actions";
import { addToWishlistAction } from "../../customer/account/wishlist/actions";

type Params = { params: Promise<{ urlKey: string }> };

/** The product of this request, read once for the page and its title (null: not sold here, a 404). */
const productOf = cache(async (urlKey: string) => {
  const [shopper, storeView] = await Promise.all([getShopper(), getCurrentStoreView()]);
  // a stray "%" left after Next's own decoding is a 404, not a URIError (500)
  const key = (() => {
    try {
      return decodeURIComponent(urlKey);
    } catch {
      return null;
    }
  })();
  return key === null ? null : getProductByUrlKey(key, storeView.websiteId, shopper?.groupId ?? null);
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const product = await productOf((await params).urlKey);
  return product ? { title: product.name } : {};
}

export default async function ProductPage({ params }: Params) {
  const [shopper, product] = await Promise.all([getShopper(), productOf((await params).urlKey)]);
  if (!product) notFound();
  return (
    <article className="grid gap-8 md:grid-cols-2">
      <div className="flex aspect-square items-center justify-center rounded bg-gray-100 text-gray-500" aria-hidden="true">
        {product.name}
      </div>
      <div>
        <h1 className="mb-2 text-3xl font-semibold">{product.name}</h1>
        <p className="mb-4 text-sm text-gray-600">SKU {product.sku}</p>
        <p className="mb-1 text-2xl font-semibold">{formatMoney(product.finalPrice)}</p>
        {product.finalPrice < product.price ? <p className="mb-2 text-gray-500 line-through">Regular Price {formatMoney(product.price)}</p> : null}
        <p className={`mb-4 font-medium ${product.inStock ? "text-green-800" : "text-red-700"}`}>{product.inStock ? "In stock" : "Out of stock"}</p>
        {product.description ? <p className="mb-4">{product.description}</p> : null}
        <ActionForm action={addToCartAction} label="Add to Cart" className="mb-4">
          <input type="hidden" name="productId" value={product.id} />
          <ActionField label="Qty" name="qty" type="number" inputMode="numeric" min={1} defaultValue="1" className="max-w-32" />
          <SubmitButton>Add to Cart</SubmitButton>
        </ActionForm>
        {shopper ? (
          <ActionButton action={addToWishlistAction} label="Add to Wish List" values={{ productId: product.id }} variant="secondary">
            Add to Wish List
          </ActionButton>
        ) : null}
      </div>
    </article>
  );
}
