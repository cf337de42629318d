// What the Login as Customer button needs to render, computed on the server:
// whether to show it at all, and the Manual Selection store view list.
import "server-only";
import { can, type AdminPrincipal } from "@/lib/acl/can";
import type { AppConfig } from "@/lib/config/schema";
import { listStoreViews } from "@/lib/store/store-view";

export function showLoginAsCustomerButton(admin: AdminPrincipal, config: AppConfig): boolean {
  return config.loginAsCustomerEnabled && can(admin, "customers.lac.login");
}

export type StoreViewGroup = { websiteName: string; views: { id: number; name: string; disabled: boolean }[] };

/** What starting answers the button: the storefront URL to open, or why not (the code picks the dialog). */
export type StartData = { url?: string; code?: string };

/** What the button's dialogs need when clicked. */
export type LoginAsCustomerButtonData = {
  hasConsent: boolean;
  manualSelection: boolean;
  storeViewGroups: StoreViewGroup[];
  defaultStoreViewId: number | null;
  /** Require a Reason (SPEC 10.5) */
  requireReason: boolean;
  /** the role has "Make changes as the customer": else only View only (SPEC 10.6) */
  canAssist: boolean;
  defaultAccess: "view" | "assist";
};

export async function storeViewGroupsFor(customer: { websiteId: number }, config: AppConfig): Promise<StoreViewGroup[]> {
  const views = await listStoreViews();
  const groups = new Map<string, StoreViewGroup>();
  for (const v of views) {
    const g = groups.get(v.website.name) ?? { websiteName: v.website.name, views: [] };
    g.views.push({ id: v.id, name: v.name, disabled: config.shareAccountsPerWebsite && v.websiteId !== customer.websiteId });
    groups.set(v.website.name, g);
  }
  return [...groups.values()];
}
