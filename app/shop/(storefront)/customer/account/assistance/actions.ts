"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { shopperAction } from "@/lib/actions/shop-action";
import { ASSISTANCE } from "@/lib/login-as-customer/assistance-texts";
import { endAssistanceByCustomer } from "@/lib/login-as-customer/end-assistance";

/** End assistance in the live notice: ends every session open on the signed-in customer's account. */
export const endAssistanceAction = shopperAction(z.object({}), async (_data, { shopper, impersonation, db }) => {
  const r = await endAssistanceByCustomer(db, { customerId: shopper.id, impersonating: Boolean(impersonation) });
  if (!r.ok) return { error: r.error };
  // every page's layout reads the notice: render them again without it
  revalidatePath("/shop", "layout");
  return { success: r.ended > 0 ? ASSISTANCE.ended : ASSISTANCE.alreadyEnded };
});
