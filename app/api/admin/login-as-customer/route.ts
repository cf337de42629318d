// Headless Login as Customer: POST with an admin API token and
// { customerId | customerEmail, storeViewCode?, mode?: "url" | "token" }.
// Same checks and logging as the admin button; JSON errors with 4xx codes.
import { NextResponse, type NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { z } from "zod";
import { db } from "@/lib/db";
import { loadConfig } from "@/lib/config";
import { adminFromApiToken } from "@/lib/auth/api-tokens";
import { startLoginAsCustomer, type StartErrorCode } from "@/lib/login-as-customer/start";
import { redeemLoginAsCustomerSecret } from "@/lib/login-as-customer/redeem";
import { recordLoginAsCustomerRedeem } from "@/lib/login-as-customer/session-log";
import { ACTION_GROUPS, recordAction } from "@/lib/action-log/record";
import { clientIp } from "@/lib/http/client-ip";
import { SHOP_SESSION_COOKIE, shopAuthSecret } from "@/lib/auth/cookies";
import { LAC } from "@/lib/login-as-customer/messages";
import { withDbUnavailable } from "@/lib/http/db-unavailable";

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
  })
  .refine((b) => b.customerId !== undefined || b.customerEmail !== undefined, { message: "Give customerId or customerEmail." });

const STATUS: Record<StartErrorCode, number> = {
  feature_disabled: 403,
  forbidden: 403,
  customer_not_found: 404,
  no_consent: 403,
  store_view_required: 422,
  invalid_store_view: 422,
};

const json = (status: number, data: unknown) => NextResponse.json(data, { status, headers: { "Cache-Control": "no-store" } });

export const POST = withDbUnavailable(async (req: NextRequest) => {
  const config = await loadConfig();
  if (!config.loginAsCustomerEnabled) return json(403, { error: LAC.featureDisabled });
  const admin = await adminFromApiToken(db, req.headers.get("authorization"));
  if (!admin) return json(401, { error: "A valid admin API token is required (Authorization: Bearer …)." });
  let raw: unknown;
  try {
    raw = await req.json();
  } catch {
    return json(400, { error: "The request body must be JSON." });
  }
  const parsed = body.safeParse(raw);
  if (!parsed.success) return json(400, { error: parsed.error.issues[0]?.message ?? "Invalid request." });
  const ip = clientIp(req.headers);

  const storeView = parsed.data.storeViewCode
    ? await db.storeView.findUnique({ where: { code: parsed.data.storeViewCode }, select: { id: true, websiteId: true } })
    : null;
  if (parsed.data.storeViewCode && !storeView) return json(422, { error: LAC.invalidStoreView });

  let customerId = parsed.data.customerId;
  if (customerId === undefined) {
    const matches = await db.customer.findMany({ where: { email: parsed.data.customerEmail! }, select: { id: true, websiteId: true }, take: 10 });
    const pick = storeView ? matches.filter((m) => m.websiteId === storeView.websiteId) : matches;
    if (pick.length === 0) return json(404, { error: LAC.customerGone });
    if (pick.length > 1) return json(409, { error: "Several customers have this email; give storeViewCode or customerId." });
    customerId = pick[0].id;
  }

  const started = await startLoginAsCustomer({ db, config }, { admin, customerId, storeViewId: storeView?.id ?? null });
  if (!started.ok) {
    await recordAction(db, {
      group: ACTION_GROUPS.loginAsCustomer,
      action: "start",
      fullActionName: "api_loginascustomer_start",
      result: "failure",
      errorMessage: started.error,
      adminUserId: admin.id,
      username: admin.username,
      customerId,
      ip,
      details: `Login as customer refused: ${customerId}`,
    });
    return json(STATUS[started.code], { error: started.error, code: started.code });
  }
  if (parsed.data.mode === "url") {
    return json(200, { url: new URL(started.url, req.nextUrl.origin).toString(), expiresAt: started.expiresAt.toISOString() });
  }

  // mode "token": redeem now and hand the headless client a shopper session token
  const redeemed = await redeemLoginAsCustomerSecret({ db, config }, { secret: started.secret, ip });
  await recordLoginAsCustomerRedeem(db, redeemed, ip);
  if (!redeemed.ok) return json(409, { error: LAC.loginFailed });
  const s = redeemed.session;
  const maxAge = 60 * 60;
  const accessToken = await encode({
    secret: shopAuthSecret()!,
    maxAge,
    token: {
      sub: String(s.customerId),
      name: s.customerName,
      realm: "shop",
      sv: s.storeViewCode,
      act: { sub: String(s.adminUserId), username: s.adminUsername },
      lac: s.sessionId,
      nc: s.disablePageCache,
    },
  });
  return json(200, { accessToken, tokenType: "cookie", cookieName: SHOP_SESSION_COOKIE, expiresIn: maxAge, sessionId: s.sessionId });
});
