// Customers › Login as Customer Log: the filter form's fields, in the order shown.
import { selectFilter, type FilterDef } from "@/lib/grid/spec";
import type { LogFilter } from "@/lib/login-as-customer/log-queries";

export const LOG_FILTERS: FilterDef<LogFilter>[] = [
  { name: "customerId", label: "Customer ID", type: "numeric" },
  { name: "customerEmail", label: "Customer Email" },
  { name: "adminUserId", label: "Admin ID", type: "numeric" },
  { name: "adminName", label: "Admin Name" },
  { name: "from", label: "Logged In from", type: "date" },
  { name: "to", label: "Logged In to", type: "date" },
  { name: "storeView", label: "Store View" },
  { name: "endReason", label: "End Reason" },
  { name: "reason", label: "Reason" },
  selectFilter(
    "access",
    "Access",
    [
      ["view", "View only"],
      ["assist", "Assist"],
    ],
    "Any",
  ),
  selectFilter(
    "status",
    "Status",
    [
      ["active", "Active"],
      ["ended", "Ended"],
    ],
    "Any",
  ),
];
