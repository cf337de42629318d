import { describe, expect, it } from "vitest";
import { cappedCount, cappedTotal, countLimit, COUNT_CAP } from "@/lib/grid/count";
import { searchParamsOf, searchStringOf } from "@/lib/grid/params";
import { parseReportParams } from "@/lib/action-log/report";

describe("capped counts (every grid)", () => {
  it("counts one row past the cap after the page, and says '+' only past it", async () => {
    expect(countLimit(0)).toBe(COUNT_CAP + 1);
    expect(countLimit(40, 10)).toBe(51);
    expect(cappedTotal(COUNT_CAP, 0)).toEqual({ total: COUNT_CAP, totalCapped: false });
    expect(cappedTotal(COUNT_CAP + 1, 0)).toEqual({ total: COUNT_CAP, totalCapped: true });
    expect(cappedTotal(7, 20, 10)).toEqual({ total: 7, totalCapped: false });
    let asked = 0;
    expect(await cappedCount(async (limit) => ((asked = limit), 999_999), 100, 10)).toEqual({ total: 110, totalCapped: true });
    expect(asked).toBe(111);
  });
});

describe("the Actions Report speaks the grid protocol", () => {
  it("reads f_ filters, dir and size from a page's searchParams and from a request's query alike", () => {
    const qs = "f_group=Login+As+Customer&f_username=agent4&f_result=failure&f_from=2026-05-01T12%3A00&dir=asc&size=20&page=2";
    const fromRequest = parseReportParams(new URLSearchParams(qs));
    const fromPage = parseReportParams(searchParamsOf(new URLSearchParams(qs)));
    expect(fromRequest).toEqual(fromPage);
    expect(fromRequest).toMatchObject({ page: 2, pageSize: 20, sort: "createdAt", desc: false });
    expect(fromRequest.filters).toMatchObject({ group: "Login As Customer", username: "agent4", result: "failure" });
    expect(fromRequest.filters.from).toBeInstanceOf(Date);
  });

  it("ignores the old parameter names and bad values: newest first, 50 per page", () => {
    const p = parseReportParams({ group: "Sales", sort: "asc", limit: "20", f_result: "maybe", f_to: "+275760-09-13" });
    expect(p).toMatchObject({ page: 1, pageSize: 50, sort: "createdAt", desc: true, filters: {}, values: {} });
  });
});

describe("grid query strings", () => {
  it("keep repeated keys and drop the ones asked for", () => {
    const sp = searchParamsOf(new URLSearchParams("f_group=Sales&page=3&hide=ip&hide=action"));
    expect(sp).toEqual({ f_group: "Sales", page: "3", hide: ["ip", "action"] });
    expect(searchStringOf(sp, ["page"])).toBe("f_group=Sales&hide=ip&hide=action");
  });
});
