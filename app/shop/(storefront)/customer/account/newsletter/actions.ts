"use server";

import { revalidatePath } from "next/cache";
import { shopperAction } from "@/lib/actions/shop-action";
import { setNewsletterSubscription } from "@/lib/customers/newsletter";
import { newsletterSchema } from "@/lib/validation/shop";

export const saveNewsletterAction = shopperAction(
  newsletterSchema,
  async ({ newsletter }, { shopper, audit, db }) => {
    const message = await setNewsletterSubscription(db, { customerId: shopper.id, subscribed: newsletter }, audit);
    revalidatePath("/shop", "layout");
    return { success: message };
  },
  { log: "newsletter_subscription" },
);
