import { afterEach, describe, expect, it } from "vitest";
import { testDb, provider } from "../helpers/db";
import { shopAuthOptions } from "@/lib/auth/shop-options";
import { adminAuthOptions } from "@/lib/auth/admin-options";
import { SIGN_IN_FAILED, shopperOtherWebsite } from "@/lib/auth/messages";

type Authorize = (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string } | null>;
const authorizeOf = (options: typeof shopAuthOptions) => (options.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

const shopSignIn = (email: string, password: string, storeView = "default") =>
  authorizeOf(shopAuthOptions)({ email, password }, { headers: { cookie: `lac_store=${storeView}` } });
const adminSignIn = (username: string, password: string) => authorizeOf(adminAuthOptions)({ username, password }, { headers: {} });

const db = testDb();

describe(`sign-in realms (${provider()})`, () => {
  afterEach(async () => {
    await db.configValue.deleteMany({ where: { path: "customer/account_share/scope" } });
  });

  it("signs an admin in with the right password only, recording each attempt once", async () => {
    const since = new Date(Date.now() - 1000);
    const user = await adminSignIn("admin", "Admin123!");
    expect(user?.id).toBeDefined();
    await expect(adminSignIn("admin", "wrong")).rejects.toThrow(SIGN_IN_FAILED);
    await expect(adminSignIn("nobody", "Admin123!")).rejects.toThrow(SIGN_IN_FAILED);
    const entries = await db.actionLog.findMany({
      where: { actionGroup: "Admin Sign In", createdAt: { gte: since }, username: { in: ["admin", "nobody"] } },
      orderBy: { id: "asc" },
    });
    expect(entries.map((e) => [e.username, e.result, e.errorMessage])).toEqual([
      ["admin", "success", null],
      ["admin", "failure", "Wrong password"],
      ["nobody", "failure", "Unknown username"],
    ]);
  });

  it("refuses a deactivated admin", async () => {
    await db.adminUser.update({ where: { username: "viewer" }, data: { isActive: false } });
    try {
      await expect(adminSignIn("viewer", "Viewer123!")).rejects.toThrow(SIGN_IN_FAILED);
    } finally {
      await db.adminUser.update({ where: { username: "viewer" }, data: { isActive: true } });
    }
  });

  it("signs a shopper in on their website, case-insensitive email", async () => {
    const user = await shopSignIn("Roni_Cost@Example.com", "Shopper123!");
    const roni = await db.customer.findFirstOrThrow({ where: { email: "roni_cost@example.com" } });
    expect(user?.id).toBe(String(roni.id));
    await expect(shopSignIn("roni_cost@example.com", "nope")).rejects.toThrow(SIGN_IN_FAILED);
  });

  it("keeps a Second Website shopper off the Main Website when accounts are shared per website", async () => {
    await expect(shopSignIn("sam.second@example.com", "Shopper123!", "default")).rejects.toThrow(shopperOtherWebsite("Second Website"));
    expect(await shopSignIn("sam.second@example.com", "Shopper123!", "second")).toBeTruthy();
    await db.configValue.create({ data: { path: "customer/account_share/scope", value: "0" } });
    expect(await shopSignIn("sam.second@example.com", "Shopper123!", "default")).toBeTruthy();
  });
});
