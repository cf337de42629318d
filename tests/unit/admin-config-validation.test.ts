import { describe, expect, it } from "vitest";
import { validateConfig } from "@/lib/config/save";

const P = {
  enabled: "login_as_customer/general/enabled",
  cache: "login_as_customer/general/disable_page_cache",
  store: "login_as_customer/general/store_view_manual_choice",
  title: "login_as_customer/general/opt_in_title",
  tooltip: "login_as_customer/general/opt_in_tooltip",
  expiration: "login_as_customer/general/authentication_expiration_time",
  share: "customer/account_share/scope",
};

describe("configuration validation", () => {
  it("accepts every valid value", () => {
    const r = validateConfig({
      [P.enabled]: "1",
      [P.cache]: "0",
      [P.store]: "1",
      [P.title]: " Help me ",
      [P.tooltip]: "tip",
      [P.expiration]: "3600",
      [P.share]: "0",
    });
    expect(r.fieldErrors).toEqual({});
    expect(r.values[P.title as keyof typeof r.values]).toBe("Help me");
  });

  it.each([
    ["5", "Enter a number from 10 to 3600."],
    ["9", "Enter a number from 10 to 3600."],
    ["3601", "Enter a number from 10 to 3600."],
    ["abc", "Enter a whole number of seconds."],
    ["10.5", "Enter a whole number of seconds."],
    ["-20", "Enter a whole number of seconds."],
  ])("refuses the expiration time %s", (value, message) => {
    const r = validateConfig({ [P.expiration]: value });
    expect(r.fieldErrors[P.expiration]).toBe(message);
    expect(r.values).toEqual({});
  });

  it("accepts the bounds 10 and 3600", () => {
    expect(validateConfig({ [P.expiration]: "10" }).fieldErrors).toEqual({});
    expect(validateConfig({ [P.expiration]: "3600" }).fieldErrors).toEqual({});
  });

  it("refuses values outside the Yes/No and Global/Per Website choices, and an empty title", () => {
    const r = validateConfig({ [P.enabled]: "yes", [P.share]: "2", [P.title]: "   ", [P.store]: "auto" });
    expect(Object.keys(r.fieldErrors).sort()).toEqual([P.enabled, P.store, P.title, P.share].sort());
    expect(r.fieldErrors[P.title]).toBe("This is a required field.");
  });

  it("ignores unknown paths and validates only what was submitted", () => {
    const r = validateConfig({ "evil/path": "1", [P.enabled]: "0" });
    expect(r.values).toEqual({ [P.enabled]: "0" });
  });
});
