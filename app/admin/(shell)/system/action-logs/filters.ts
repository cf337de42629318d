// System › Action Logs › Report: the filter form's fields, in the order shown.
import { ACTION_GROUP_NAMES, type ReportFilter } from "@/lib/action-log/report";
import type { FilterDef } from "@/lib/grid/spec";

const choices = (list: readonly string[]) => list.map((v) => ({ value: v, label: v }));

export function reportFilters(usernames: readonly string[]): FilterDef<ReportFilter>[] {
  return [
    { name: "from", label: "Time from", type: "datetime" },
    { name: "to", label: "Time to", type: "datetime" },
    { name: "group", label: "Action Group", type: "select", all: "All Groups", options: choices(ACTION_GROUP_NAMES) },
    { name: "username", label: "Username", type: "select", all: "All Users", options: choices(usernames) },
    {
      name: "result",
      label: "Result",
      type: "select",
      options: [
        { value: "success", label: "Success" },
        { value: "failure", label: "Failure" },
      ],
    },
    { name: "action", label: "Action" },
    { name: "ip", label: "IP Address" },
    { name: "fullActionName", label: "Full Action Name" },
    { name: "details", label: "Details" },
  ];
}
