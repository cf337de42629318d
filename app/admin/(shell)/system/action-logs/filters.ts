// System › Action Logs › Report: the filter form's fields, in the order shown.
import { ACTION_GROUP_NAMES, type ReportFilter } from "@/lib/action-log/report";
import { selectFilter, type FilterDef } from "@/lib/grid/spec";

export function reportFilters(usernames: readonly string[]): FilterDef<ReportFilter>[] {
  return [
    { name: "from", label: "Time from", type: "datetime" },
    { name: "to", label: "Time to", type: "datetime" },
    selectFilter("group", "Action Group", ACTION_GROUP_NAMES, "All Groups"),
    selectFilter("username", "Username", usernames, "All Users"),
    selectFilter("result", "Result", [
      ["success", "Success"],
      ["failure", "Failure"],
    ]),
    { name: "action", label: "Action" },
    { name: "ip", label: "IP Address" },
    { name: "fullActionName", label: "Full Action Name" },
    { name: "details", label: "Details" },
  ];
}
