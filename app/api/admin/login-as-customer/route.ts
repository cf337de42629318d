// Headless Login as Customer: POST with an admin API token and
// { customerId | customerEmail, storeViewCode?, mode?: "url" | "token" }.
// Same checks and logging as the admin button; JSON errors with 4xx codes.
import { z } from "zod";
import { loadConfig } from "@/lib/config";
import { apiTokenRoute, jsonResponse as json } from "@/lib/http/api-token-route";
import type { StartErrorCode } from "@/lib/login-as-customer/start";
import { resolveApiTarget, startForAdmin } from "@/lib/login-as-customer/admin-start";
import { redeemForHeadlessClient } from "@/lib/login-as-customer/headless";
import { LAC } from "@/lib/login-as-customer/messages";

const body = z
  .object({
    customerId: z.number().int().positive().optional(),
    customerEmail: z.string().trim().toLowerCase().email().max(254).optional(),
    // store view codes are identifiers; other text (a lone surrogate from JSON) would crash the query
    storeViewCode: z
      .string()
      .trim()
      .regex(/^[\w-]{1,64}$/, "Unknown store view code.")
      .optional(),
    mode: z.enum(["url", "token"]).default("url"),
    // checked by the start itself (required unless Require a Reason is No; at most 500 characters)
    reason: z.string().max(2000, LAC.reasonTooLong).optional(),
    access: z.enum(["view", "assist"], { message: 'Give access as "view" or "assist".' }).optional(),
  })
  .refine((b) => b.customerId !== undefined || b.customerEmail !== undefined, { message: "Give customerId or customerEmail." });

const STATUS: Record<StartErrorCode, number> = {
  feature_disabled: 403,
  forbidden: 403,
  customer_not_found: 404,
  no_consent: 403,
  store_view_required: 422,
  invalid_store_view: 422,
  reason_required: 422,
  reason_too_long: 422,
  access_forbidden: 403,
};

/** The configuration, or the answer when Login as Customer is switched off. */
async function enabledConfig() {
  const config = await loadConfig();
  return config.loginAsCustomerEnabled ? config : json(403, { error: LAC.featureDisabled });
}

export const POST = apiTokenRoute({ body, prepare: enabledConfig }, async ({ req, admin, body, ip, db, prepared: config }) => {
  const target = await resolveApiTarget(db, body);
  if (!target.ok) return json(target.status, { error: target.error });
  const { customerId, storeViewId } = target;
  const { reason, access } = body;
  const started = await startForAdmin(db, config, { admin, customerId, storeViewId, reason, access, ip, fullActionName: "api_loginascustomer_start" });
  if (!started.ok) return json(STATUS[started.code], { error: started.error, code: started.code });
  if (body.mode === "url") {
    return json(200, { url: new URL(started.url, req.nextUrl.origin).toString(), expiresAt: started.expiresAt.toISOString() });
  }
  const session = await redeemForHeadlessClient(db, config, { secret: started.secret, ip });
  return session ? json(200, session) : json(409, { error: LAC.loginFailed });
});
