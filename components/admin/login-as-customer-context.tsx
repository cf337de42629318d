"use client";

import { createContext, useContext } from "react";

/** Whether this admin may see Login as Customer buttons (feature on + "Allow Login as Customer"); the server re-checks on use. */
const LoginAsCustomerContext = createContext<{ enabled: boolean }>({ enabled: false });

export function LoginAsCustomerProvider({ enabled, children }: { enabled: boolean; children: React.ReactNode }) {
  return <LoginAsCustomerContext.Provider value={{ enabled }}>{children}</LoginAsCustomerContext.Provider>;
}

export function useLoginAsCustomerEnabled(): boolean {
  return useContext(LoginAsCustomerContext).enabled;
}
