// What a shopper pays: the lower of the regular price and their group's price.
export type PricedProduct = { price: number; groupPrices: { groupId: number; price: number }[] };

export function finalPrice(product: PricedProduct, groupId: number | null | undefined): number {
  const special = product.groupPrices.find((g) => g.groupId === groupId)?.price;
  return special !== undefined && special < product.price ? special : product.price;
}
