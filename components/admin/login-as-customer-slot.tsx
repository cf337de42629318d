"use client";

// The customer grid's Action cell, the customer edit header and the order view
// header (orders with a customerId only) render this: the Login as Customer
// button, shown only when the feature is on and the role allows it.
import { useLoginAsCustomer } from "./login-as-customer-context";
import { LoginAsCustomerButton } from "./login-as-customer-button";

export type LoginAsCustomerSlotProps = { customerId: number; customerName: string; placement: "grid" | "customer" | "order" };

export function LoginAsCustomerSlot({ customerId, customerName, placement }: LoginAsCustomerSlotProps) {
  const { enabled, actions } = useLoginAsCustomer();
  if (!enabled || !actions) return null;
  return <LoginAsCustomerButton actions={actions} customerId={customerId} customerName={customerName} compact={placement === "grid"} />;
}
