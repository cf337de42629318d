// LOGIN-AS-CUSTOMER SLOT. The customer grid's Action cell, the customer edit
// header and the order view header (orders with a customerId only) render this;
// the Login as Customer issue replaces the body with its button and dialogs.
// Keep it importable from both server and client components.
export type LoginAsCustomerSlotProps = { customerId: number; customerName: string; placement: "grid" | "customer" | "order" };

export function LoginAsCustomerSlot(props: LoginAsCustomerSlotProps): React.ReactNode {
  void props;
  return null;
}
