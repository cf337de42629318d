"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { shopperAction } from "@/lib/actions/shop-action";
import { newsletterSchema } from "@/lib/validation/shop";

export const saveNewsletterAction = shopperAction(
  newsletterSchema,
  async ({ newsletter }, { shopper, audit }) => {
    await db.$transaction(async (tx) => {
      await tx.customer.update({ where: { id: shopper.id }, data: { newsletterSubscribed: newsletter } });
      await audit(tx);
    });
    revalidatePath("/shop", "layout");
    return { success: newsletter ? "We have saved your subscription." : "We have removed your newsletter subscription." };
  },
  { log: "newsletter_subscription" },
);
