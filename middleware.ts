// Edge middleware: cheap, stateless work only, never the database (SPEC 2).
// - /admin/**: a valid admin-realm JWT, or a redirect to the admin sign-in page.
// - /shop/**: the store view for this request (the shopper's cookie, passed on as
//   the x-store-view header; a client-sent x-store-view is never trusted).
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { ADMIN_SESSION_COOKIE, STORE_VIEW_COOKIE, adminAuthSecret } from "@/lib/auth/cookies";

const ADMIN_LOGIN = "/admin/login";

async function hasAdminToken(req: NextRequest): Promise<boolean> {
  const secret = adminAuthSecret();
  if (!secret || !req.cookies.get(ADMIN_SESSION_COOKIE)) return false;
  const token = await getToken({ req, secret, cookieName: ADMIN_SESSION_COOKIE }).catch(() => null);
  return Boolean(token && token.realm === "admin" && token.sub);
}

export async function middleware(req: NextRequest) {
  const { pathname, search } = req.nextUrl;

  if (pathname === "/admin" || pathname.startsWith("/admin/")) {
    const signedIn = await hasAdminToken(req);
    if (pathname === ADMIN_LOGIN) {
      return signedIn ? NextResponse.redirect(new URL("/admin", req.url)) : NextResponse.next();
    }
    if (!signedIn) {
      const login = new URL(ADMIN_LOGIN, req.url);
      if (pathname !== "/admin") login.searchParams.set("return", pathname + search);
      return NextResponse.redirect(login);
    }
    return NextResponse.next();
  }

  // storefront
  const headers = new Headers(req.headers);
  headers.set("x-store-view", req.cookies.get(STORE_VIEW_COOKIE)?.value ?? "");
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/admin", "/admin/:path*", "/shop", "/shop/:path*"],
};
