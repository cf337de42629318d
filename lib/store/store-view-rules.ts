// Which store views a shopper may be on: pure rules, shared by the page (current store
// view), the store switcher and its list.

type View = { id: number; code: string; websiteId: number };

/** What the rules need to know of a signed-in customer. */
export type StoreViewCustomer = { websiteId: number; storeViewId: number };

/** A customer whose account belongs to one website (accounts shared per website) may use only that website's store views; guests and global accounts, any. */
export function storeViewAllowed(view: { websiteId: number }, customer: StoreViewCustomer | null, accountsPerWebsite: boolean): boolean {
  return !customer || !accountsPerWebsite || view.websiteId === customer.websiteId;
}

/**
 * The store view of a request: the one the code names (the first, the default website's
 * default, when it names none), unless the customer may not use it; then the customer's
 * own store view, or another of their website's.
 */
export function pickStoreView<V extends View>(views: V[], code: string | null | undefined, customer: StoreViewCustomer | null, accountsPerWebsite: boolean): V {
  const asked = views.find((v) => v.code === code) ?? views[0];
  if (!customer || storeViewAllowed(asked, customer, accountsPerWebsite)) return asked;
  const ownWebsite = views.filter((v) => v.websiteId === customer.websiteId);
  // a website without an active store view leaves nothing to fall back to
  return ownWebsite.find((v) => v.id === customer.storeViewId) ?? ownWebsite[0] ?? asked;
}
