import { beforeAll, describe, expect, it } from "vitest";
import { testDb, provider } from "../helpers/db";
import { parseReportParams, queryActionReport } from "@/lib/action-log/report";
import { ACTION_GROUPS, recordAction } from "@/lib/action-log/record";

const db = testDb();
const tag = `rep-${provider()}-${Date.now()}`;

describe(`Actions Report query (${provider()})`, () => {
  beforeAll(async () => {
    const base = new Date("2026-05-01T10:00:00Z").getTime();
    for (let i = 0; i < 30; i++) {
      await recordAction(db, {
        group: i % 3 === 0 ? ACTION_GROUPS.configuration : ACTION_GROUPS.loginAsCustomer,
        action: i % 2 ? "add_to_cart" : "update_qty",
        fullActionName: "checkout_cart_add",
        result: i % 5 === 0 ? "failure" : "success",
        username: i % 4 === 0 ? `${tag}-a` : `${tag}-b`,
        ip: `198.51.100.${i}`,
        details: `${tag} item ${i}`,
        at: new Date(base + i * 3_600_000),
      });
    }
  });

  it("filters by group, user and date range, newest first", async () => {
    const p = parseReportParams({ f_group: "Login As Customer", f_username: `${tag}-b`, f_from: "2026-05-01T12:00:00Z", f_to: "2026-05-02T00:00:00Z" });
    const { rows, total } = await queryActionReport(db, p);
    expect(rows.length).toBe(total);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.actionGroup).toBe("Login As Customer");
      expect(r.username).toBe(`${tag}-b`);
      expect(r.createdAt.getTime()).toBeGreaterThanOrEqual(new Date("2026-05-01T12:00:00Z").getTime());
    }
    const times = rows.map((r) => r.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("filters by result, details text, and pages", async () => {
    const failures = await queryActionReport(db, parseReportParams({ f_details: tag, f_result: "failure" }));
    expect(failures.total).toBe(6);
    const page2 = await queryActionReport(db, parseReportParams({ f_details: tag, size: "20", page: "2" }));
    expect(page2.rows).toHaveLength(10);
    expect(page2.total).toBe(30);
  });

  it("treats injection-looking and malformed parameters as plain values or defaults", async () => {
    const p = parseReportParams({
      f_username: "' OR '1'='1",
      f_details: "%' --",
      size: "9999",
      page: "-3",
      sort: "id; DROP TABLE",
      dir: "sideways",
      f_from: "not a date",
    });
    expect([p.pageSize, p.page, p.sort, p.desc, p.filters.from]).toEqual([50, 1, "createdAt", true, undefined]);
    const r = await queryActionReport(db, p);
    expect(r.rows).toEqual([]);
    expect(await db.actionLog.count({ where: { details: { contains: tag } } })).toBe(30);
  });
});
