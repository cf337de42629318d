import { describe, expect, it } from "vitest";
import { parseCustomerGridParams } from "@/lib/customers/queries";
import { parseOrderGridParams } from "@/lib/orders/queries";
import { prefixUpperBound } from "@/lib/grid/params";

describe("grid params (customers)", () => {
  it("defaults: page 1, 20 per page, newest id first, no filters", () => {
    expect(parseCustomerGridParams({})).toEqual({ page: 1, pageSize: 20, sort: "id", desc: true, q: "", filters: {}, values: {}, hidden: [] });
  });

  it("reads valid state", () => {
    const p = parseCustomerGridParams({
      page: "3",
      size: "50",
      sort: "email",
      dir: "asc",
      q: "Veronica",
      f_idFrom: "10",
      f_idTo: "20",
      f_group: "2",
      f_sinceFrom: "2026-01-01",
      f_assistance: "0",
      hide: "website,group,bogus",
    });
    expect(p).toMatchObject({ page: 3, pageSize: 50, sort: "email", desc: false, q: "veronica", hidden: ["website", "group"] });
    expect(p.filters).toEqual({ idFrom: 10, idTo: 20, group: 2, sinceFrom: new Date("2026-01-01T00:00:00Z"), assistance: false });
    // the URL text of each valid filter, for the form fields
    expect(p.values).toEqual({ idFrom: "10", idTo: "20", group: "2", sinceFrom: "2026-01-01", assistance: "0" });
  });

  it("falls back to defaults on bad values instead of failing", () => {
    const p = parseCustomerGridParams({
      page: "-4",
      size: "1000",
      sort: "passwordHash",
      dir: "sideways",
      f_idFrom: "1e9",
      f_group: "abc",
      f_sinceTo: "2026-13-45",
      f_assistance: "maybe",
    });
    expect(p).toMatchObject({ page: 1, pageSize: 20, sort: "id", desc: true });
    expect(p.filters).toEqual({});
  });

  it("treats SQL-injection-looking values as plain data or drops them", () => {
    const p = parseCustomerGridParams({
      sort: "id; DROP TABLE Customer;--",
      dir: "asc; DELETE FROM AdminUser",
      f_idFrom: "1 OR 1=1",
      f_group: "1) OR (1=1",
      f_name: "' OR '1'='1",
      f_email: "x%' UNION SELECT passwordHash FROM AdminUser --",
      q: "'; DROP TABLE Customer; --",
      page: "1;--",
    });
    expect(p.sort).toBe("id");
    expect(p.desc).toBe(true);
    expect(p.page).toBe(1);
    expect(p.filters.idFrom).toBeUndefined();
    expect(p.filters.group).toBeUndefined();
    // text filters stay plain strings (bound as parameters by Prisma)
    expect(p.filters.name).toBe("' OR '1'='1");
    expect(p.filters.email).toBe("x%' UNION SELECT passwordHash FROM AdminUser --");
    expect(p.q).toBe("'; drop table customer; --");
  });

  it("takes the first of repeated params and caps long values", () => {
    const p = parseCustomerGridParams({ sort: ["name", "email"], q: "a".repeat(5000) });
    expect(p.sort).toBe("name");
    expect(p.q).toHaveLength(200);
  });
});

describe("grid params (orders)", () => {
  it("parses money and status filters and rejects unknown statuses", () => {
    const p = parseOrderGridParams({ f_totalFrom: "10.5", f_totalTo: "abc", f_status: "complete", sort: "grandTotal" });
    expect(p.filters).toEqual({ totalFrom: 1050, status: "complete" });
    expect(p.sort).toBe("grandTotal");
    expect(parseOrderGridParams({ f_status: "complete' OR 1=1" }).filters).toEqual({});
    expect(parseOrderGridParams({}).sort).toBe("createdAt");
  });
});

describe("prefixUpperBound", () => {
  it("is the smallest string greater than every string with the prefix", () => {
    expect(prefixUpperBound("abc")).toBe("abd");
    expect(prefixUpperBound("rob")).toBe("roc");
    expect("robert" < prefixUpperBound("rob")).toBe(true);
    expect("roc" >= prefixUpperBound("rob")).toBe(true);
  });
});

describe("admin customer form schema", () => {
  it("reads an unticked checkbox (absent from the FormData) as false and a ticked one as true", async () => {
    const { adminCustomerSchema } = await import("@/lib/validation/admin-customer");
    const base = { customerId: "2", groupId: "2", firstName: "John", lastName: "Smith", email: "John.Smith@Example.com", dob: "", gender: "" };
    const r = adminCustomerSchema.parse({ ...base, assistanceAllowed: "on" });
    expect(r).toMatchObject({ newsletter: false, assistanceAllowed: true, email: "john.smith@example.com", customerId: 2 });
    expect(adminCustomerSchema.safeParse({ ...base, customerId: "2 OR 1=1" }).success).toBe(false);
  });
});
