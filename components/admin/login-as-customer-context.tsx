"use client";
// The admin shell provides, once, whether this admin may see Login as Customer
// buttons (feature on + "Allow Login as Customer"; the server re-checks on use)
// and the two server actions every button calls, so buttons anywhere in a page
// (grid cells, headers) need no import from the routes.
import { createContext, useContext } from "react";
import type { ActionState } from "@/lib/actions/state";
import type { LoginAsCustomerButtonData, StartData } from "@/lib/login-as-customer/button-data";

export type LoginAsCustomerActions = {
  buttonInfo: (customerId: unknown) => Promise<ActionState<LoginAsCustomerButtonData>>;
  start: (input: { customerId: number; storeViewId: string | null; reason: string; access: "view" | "assist" }) => Promise<ActionState<StartData>>;
};

type Value = { enabled: boolean; actions: LoginAsCustomerActions | null };
const LoginAsCustomerContext = createContext<Value>({ enabled: false, actions: null });

export function LoginAsCustomerProvider({ enabled, actions, children }: Value & { children: React.ReactNode }) {
  return <LoginAsCustomerContext.Provider value={{ enabled, actions }}>{children}</LoginAsCustomerContext.Provider>;
}

export function useLoginAsCustomer(): Value {
  return useContext(LoginAsCustomerContext);
}
