// The demo accounts the e2e database is seeded with (README "Demo accounts"),
// plus agent1…agent6, extra Support agents seeded for the end-to-end tests only.

export type AdminAccount = { username: string; password: string };
export type ShopperAccount = { email: string; password: string; name: string };

/** One admin user of each demo role. */
export const ADMINS = {
  /** role Administrators: every resource */
  admin: { username: "admin", password: "Admin123!" },
  /** role Support: customers, orders, Login as Customer and its log */
  support: { username: "support", password: "Support123!" },
  /** role Viewer: customers and orders, read-only */
  viewer: { username: "viewer", password: "Viewer123!" },
} as const satisfies Record<string, AdminAccount>;

/**
 * Support agent n (1 to 6). A Login as Customer session is one per admin and
 * signing out ends every session of that admin, so tests that run in parallel
 * and start or end sessions each take their own agent.
 */
export const agent = (n: number): AdminAccount => ({ username: `agent${n}`, password: "Agent123!" });

/** Every seeded shopper's password; createAccount() uses it too. */
export const SHOPPER_PASSWORD = "Shopper123!";

export const SHOPPERS = {
  /** Main Website, group General, consent yes, an address, a cart item, two orders */
  roni: { email: "roni_cost@example.com", password: SHOPPER_PASSWORD, name: "Veronica Costello" },
  /** Main Website, group Wholesale, consent no */
  john: { email: "john.smith@example.com", password: SHOPPER_PASSWORD, name: "John Smith" },
  /** French Store View, consent yes */
  marie: { email: "marie.dubois@example.com", password: SHOPPER_PASSWORD, name: "Marie Dubois" },
  /** Second Website, consent yes */
  sam: { email: "sam.second@example.com", password: SHOPPER_PASSWORD, name: "Sam Second" },
} as const satisfies Record<string, ShopperAccount>;
