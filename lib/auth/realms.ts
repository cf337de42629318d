// Where each sign-in realm lives: next-auth's base path and the sign-in page. Edge-safe
// (middleware.ts uses it), and the one place these paths are typed out.
export const ADMIN_REALM = { authBasePath: "/api/admin-auth", signInPage: "/admin/login" } as const;
export const SHOP_REALM = { authBasePath: "/api/shop-auth", signInPage: "/shop/customer/account/login" } as const;

export type AuthBasePath = typeof ADMIN_REALM.authBasePath | typeof SHOP_REALM.authBasePath;
