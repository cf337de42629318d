// Where a tab whose Login as Customer session has ended is sent: the dead
// shopper cookie is cleared and the visitor lands on the sign-in page.
import { NextResponse, type NextRequest } from "next/server";
import { SHOP_SESSION_COOKIE } from "@/lib/auth/cookies";

export function GET(req: NextRequest) {
  const res = NextResponse.redirect(new URL("/shop/customer/account/login?session=ended", req.url), 303);
  res.cookies.set(SHOP_SESSION_COOKIE, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax" });
  res.headers.set("Cache-Control", "private, no-store");
  return res;
}
