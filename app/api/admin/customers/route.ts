// JSON of one customer grid page (same parameters as /admin/customers). 401/403 JSON without access.
import { NextResponse } from "next/server";
import { adminRoute } from "@/lib/http/admin-route";
import { parseCustomerGridParams, queryCustomerGrid } from "@/lib/customers/queries";

export const dynamic = "force-dynamic";

export const GET = adminRoute("customers.all", async (req) => {
  const sp = Object.fromEntries(new URL(req.url).searchParams);
  const { rows, total, totalCapped, hasNext } = await queryCustomerGrid(parseCustomerGridParams(sp));
  return NextResponse.json({ rows, total, totalCapped, hasNext });
});
