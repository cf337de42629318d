// The customer grid as data: what it sorts by, which filters the URL may carry, the
// row it shows. Shared by the page, the JSON route and the grid query.
import { dateFilter, idFilter, parseGridParams, textFilter, yesNoFilter, type GridParams, type RawSearchParams } from "@/lib/grid/params";

export const CUSTOMER_SORTS = ["id", "name", "email", "group", "website", "createdAt", "assistance"] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

export const CUSTOMER_GRID_SPEC = {
  sortColumns: CUSTOMER_SORTS,
  defaultSort: { id: "id" as CustomerSort, desc: true },
  filters: {
    idFrom: idFilter,
    idTo: idFilter,
    name: textFilter,
    email: textFilter,
    group: idFilter,
    website: idFilter,
    sinceFrom: dateFilter,
    sinceTo: dateFilter,
    assistance: yesNoFilter,
  },
  hideableColumns: ["id", "name", "email", "group", "website", "createdAt", "assistance"],
};

export type CustomerFilter = keyof typeof CUSTOMER_GRID_SPEC.filters;
export type CustomerGridParams = GridParams<CustomerSort, typeof CUSTOMER_GRID_SPEC.filters>;

export function parseCustomerGridParams(sp: RawSearchParams): CustomerGridParams {
  return parseGridParams(sp, CUSTOMER_GRID_SPEC);
}

export type CustomerGridRow = {
  id: number;
  name: string;
  email: string;
  group: string;
  website: string;
  createdAt: string;
  assistance: boolean;
};

export type Lookup = { id: number; name: string }[];
export type CustomerGridResult = { rows: CustomerGridRow[]; total: number; totalCapped: boolean; hasNext: boolean; groups: Lookup; websites: Lookup };
