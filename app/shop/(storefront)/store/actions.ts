"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { shopperAction } from "@/lib/actions/shop-action";
import { STORE_VIEW_COOKIE, secureCookiesEnabled } from "@/lib/auth/cookies";
import { safeReturnPath } from "@/lib/auth/redirects";
import { getConfig } from "@/lib/config";
import { listStoreViews } from "@/lib/store/store-view";
import { storeViewAllowed } from "@/lib/store/store-view-rules";
import { storeViewSchema } from "@/lib/validation/shop";

export const switchStoreViewAction = shopperAction(
  storeViewSchema,
  async ({ storeView, returnTo }, { shopper }) => {
    const views = await listStoreViews();
    const view = views.find((v) => v.code === storeView);
    if (!view) return { fieldErrors: { storeView: "The requested store cannot be found." } };
    // a customer of a website with per-website accounts stays on that website (the page
    // ignores a store cookie naming another website's store view for them, too)
    if (!storeViewAllowed(view, shopper, (await getConfig()).shareAccountsPerWebsite))
      return { fieldErrors: { storeView: `Your account belongs to another website; ${view.name} is not available.` } };
    (await cookies()).set(STORE_VIEW_COOKIE, view.code, {
      httpOnly: true,
      sameSite: "lax",
      secure: secureCookiesEnabled(),
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
    });
    // a fresh request, so the middleware passes the new store view on to every server component
    redirect(safeReturnPath(returnTo, "/shop"));
  },
  // which store view the pages show is the browser's choice, not a change to the customer's account
  { allowGuests: true, allowInViewOnly: true },
);
