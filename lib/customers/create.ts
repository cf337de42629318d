import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { getConfig } from "@/lib/config";
import { noAudit, type Audit } from "@/lib/action-log/audit";
import { consentData, describeConsent, type ConsentDuration } from "./consent";

export function customerSearchText(firstName: string, lastName: string, email: string): string {
  return `${firstName} ${lastName} ${email}`.toLowerCase();
}

export type CreateCustomerInput = {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  websiteId: number;
  storeViewId: number;
  groupId?: number;
  newsletter: boolean;
  assistanceAllowed: boolean;
  /** the "Allow for" choice; absent: Configuration › Default Consent Duration */
  assistanceDuration?: ConsentDuration;
};

export const CUSTOMER_EMAIL_TAKEN = "A customer with the same email address already exists in an associated website.";

/** Creates a customer; the email must be free on the website (or anywhere, with global account sharing). */
export async function createCustomer(
  input: CreateCustomerInput,
  audit: Audit = noAudit,
  now: Date = new Date(),
): Promise<{ id: number } | { error: string; field: string }> {
  const config = await getConfig();
  // ticked: a grant from now for the chosen duration (SPEC 10.1)
  const consent = consentData(input.assistanceAllowed, input.assistanceDuration ?? config.defaultConsentDuration, now);
  const email = input.email.toLowerCase();
  const clash = await db.customer.findFirst({
    where: config.shareAccountsPerWebsite ? { email, websiteId: input.websiteId } : { email },
    select: { id: true },
  });
  if (clash) return { error: CUSTOMER_EMAIL_TAKEN, field: "email" };
  const general = input.groupId ?? (await db.customerGroup.findUniqueOrThrow({ where: { code: "general" } })).id;
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const customer = await tx.customer.create({
        data: {
          firstName: input.firstName,
          lastName: input.lastName,
          email,
          passwordHash,
          websiteId: input.websiteId,
          storeViewId: input.storeViewId,
          groupId: general,
          newsletterSubscribed: input.newsletter,
          ...consent,
          searchText: customerSearchText(input.firstName, input.lastName, email),
        },
        select: { id: true },
      });
      await audit(tx, {
        customerId: customer.id,
        details: `Created customer #${customer.id}: ${input.firstName} ${input.lastName}, ${email}; Allow remote shopping assistance: ${describeConsent(consent, now)}`,
        after: {
          firstName: input.firstName,
          lastName: input.lastName,
          email,
          websiteId: input.websiteId,
          groupId: general,
          newsletterSubscribed: input.newsletter,
          assistanceAllowed: consent.assistanceAllowed,
          assistanceAllowedUntil: consent.assistanceAllowedUntil?.toISOString() ?? null,
        },
      });
      return customer;
    });
  } catch (e) {
    // a concurrent sign-up with the same email lost the race on the unique index
    if ((e as { code?: string }).code === "P2002") return { error: CUSTOMER_EMAIL_TAKEN, field: "email" };
    throw e;
  }
}
