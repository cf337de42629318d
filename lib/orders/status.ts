// What an order's status is called on screen: "holded" is the stored value, "On Hold" what people read.
import type { ORDER_STATUSES } from "./queries";

export const ORDER_STATUS_LABELS = {
  pending: "Pending",
  processing: "Processing",
  complete: "Complete",
  canceled: "Canceled",
  closed: "Closed",
  holded: "On Hold",
} as const satisfies Record<(typeof ORDER_STATUSES)[number], string>;

export function orderStatusLabel(status: string): string {
  return (ORDER_STATUS_LABELS as Record<string, string>)[status] ?? status;
}
