// The modules the input fuzzing replaces, as factories for vi.mock in each part's test file
// (vi.mock is hoisted in the file that calls it, so each part calls it, and these build the modules).
import { vi } from "vitest";
import { fuzzState as state } from "./state";

type ImportOriginal = <T>() => Promise<T>;

export const nextCache = () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() });

export const nextHeaders = () => ({
  headers: async () => new Headers({ "x-lac-client-ip": "203.0.113.9" }),
  cookies: async () => ({
    get: (name: string) => (state.cookies.has(name) ? { name, value: state.cookies.get(name)! } : undefined),
    getAll: () => [...state.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => state.cookies.has(name),
    set: (name: string, value: string) => void state.cookies.set(name, value),
    delete: (name: string) => void state.cookies.delete(name),
  }),
});

export const adminSession = async (importOriginal: ImportOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/admin-session")>()),
  getAdmin: async () => state.admin,
  requireAdmin: async () => state.admin,
});

export const shopSession = async (importOriginal: ImportOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/shop-session")>()),
  getShopper: async () => state.shopper,
  getImpersonation: async () => state.impersonation,
  getShopperContext: async () => ({ shopper: state.shopper, impersonation: state.impersonation }),
  requireShopper: async () => state.shopper,
});

/** other test files toggle the feature on the shared database: pinned on, so the Login as Customer code paths run */
export const pinnedConfig = async (importOriginal: ImportOriginal) => {
  const orig = await importOriginal<typeof import("@/lib/config")>();
  const pinned = async () => ({ ...(await orig.loadConfig()), loginAsCustomerEnabled: true });
  return { ...orig, loadConfig: pinned, getConfig: pinned };
};
