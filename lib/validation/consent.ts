// The "Allow for" select next to the consent checkbox (SPEC 10.1): one of the four grant durations.
import { z } from "zod";
import { CONSENT_DURATIONS } from "@/lib/customers/consent";

export const CONSENT_DURATION_MESSAGE = "Choose 24 hours, 7 days, 30 days or Until I turn it off.";

/** Absent: the caller uses the configured Default Consent Duration; anything but the four values is refused next to the field. */
export const consentDurationField = z
  .enum(CONSENT_DURATIONS, { message: CONSENT_DURATION_MESSAGE })
  .nullish()
  .transform((v) => v ?? undefined);
