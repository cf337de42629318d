// Customers › All Customers: the filter form's fields, in the order shown.
import type { CustomerFilter, Lookup } from "@/lib/customers/grid-spec";
import type { FilterDef } from "@/lib/grid/spec";

const options = (list: Lookup) => list.map((x) => ({ value: String(x.id), label: x.name }));

export function customerFilters(lookups: { groups: Lookup; websites: Lookup }): FilterDef<CustomerFilter>[] {
  return [
    { name: "idFrom", label: "ID from", type: "numeric" },
    { name: "idTo", label: "ID to", type: "numeric" },
    { name: "name", label: "Name" },
    { name: "email", label: "Email" },
    { name: "group", label: "Group", type: "select", options: options(lookups.groups) },
    { name: "website", label: "Website", type: "select", options: options(lookups.websites) },
    { name: "sinceFrom", label: "Customer Since from", type: "date" },
    { name: "sinceTo", label: "Customer Since to", type: "date" },
    {
      name: "assistance",
      label: "Allow Remote Shopping Assistance",
      type: "select",
      options: [
        { value: "1", label: "Yes" },
        { value: "0", label: "No" },
      ],
    },
  ];
}
