// Which store view a shopper is on: a signed-in customer with per-website accounts never
// leaves their website; guests and global accounts go where they choose.
import { describe, expect, it } from "vitest";
import { pickStoreView, storeViewAllowed } from "@/lib/store/store-view-rules";

const MAIN = 1;
const SECOND = 2;
const views = [
  { id: 10, code: "default", websiteId: MAIN },
  { id: 11, code: "fr", websiteId: MAIN },
  { id: 20, code: "second", websiteId: SECOND },
  { id: 21, code: "second_de", websiteId: SECOND },
];
const mainCustomer = { websiteId: MAIN, storeViewId: 11 };
const secondCustomer = { websiteId: SECOND, storeViewId: 21 };

describe("pickStoreView", () => {
  it("per website: another website's store view falls back to the customer's own store view", () => {
    expect(pickStoreView(views, "second", mainCustomer, true).code).toBe("fr");
    expect(pickStoreView(views, "default", secondCustomer, true).code).toBe("second_de");
    // no choice at all means the default website's default, which may not be theirs either
    expect(pickStoreView(views, undefined, secondCustomer, true).code).toBe("second_de");
    expect(pickStoreView(views, "no-such-view", secondCustomer, true).code).toBe("second_de");
  });

  it("per website: the customer's own store view gone, another of their website's", () => {
    expect(pickStoreView(views, "default", { websiteId: SECOND, storeViewId: 99 }, true).code).toBe("second");
  });

  it("per website: any store view of the customer's website is theirs to choose", () => {
    expect(pickStoreView(views, "default", mainCustomer, true).code).toBe("default");
    expect(pickStoreView(views, "second", secondCustomer, true).code).toBe("second");
  });

  it("global accounts, and guests: the store view asked for, the default when none", () => {
    expect(pickStoreView(views, "second", mainCustomer, false).code).toBe("second");
    expect(pickStoreView(views, "second", null, true).code).toBe("second");
    expect(pickStoreView(views, null, null, true).code).toBe("default");
  });
});

describe("storeViewAllowed (the store switcher)", () => {
  it("refuses another website only to a signed-in customer with per-website accounts", () => {
    expect(storeViewAllowed({ websiteId: SECOND }, mainCustomer, true)).toBe(false);
    expect(storeViewAllowed({ websiteId: MAIN }, mainCustomer, true)).toBe(true);
    expect(storeViewAllowed({ websiteId: SECOND }, mainCustomer, false)).toBe(true);
    expect(storeViewAllowed({ websiteId: SECOND }, null, true)).toBe(true);
  });
});
