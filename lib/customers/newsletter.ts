// Newsletter Subscriptions: the customer subscribes to, or leaves, the general newsletter.
import type { Db } from "@/lib/db-client";
import { noAudit, type Audit } from "@/lib/action-log/audit";

export const NEWSLETTER_SUBSCRIBED = "We have saved your subscription.";
export const NEWSLETTER_UNSUBSCRIBED = "We have removed your newsletter subscription.";

/** Saves the choice with its log entry in one transaction; returns the message for the shopper. */
export async function setNewsletterSubscription(db: Db, input: { customerId: number; subscribed: boolean }, audit: Audit = noAudit): Promise<string> {
  await db.$transaction(async (tx) => {
    await tx.customer.update({ where: { id: input.customerId }, data: { newsletterSubscribed: input.subscribed } });
    await audit(tx);
  });
  return input.subscribed ? NEWSLETTER_SUBSCRIBED : NEWSLETTER_UNSUBSCRIBED;
}
