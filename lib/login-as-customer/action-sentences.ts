// The actions of a Login as Customer session in plain words, for the customer
// (Assistance History, SPEC 10.2, and the summary email, 10.4): one sentence per
// action kind of SPEC 5.6, written from the action log entry's before/after
// snapshots (action-record-specs.ts). A refused action says it was refused and why.
// The login and logout entries are the session itself, not actions: they read as null.

export type LoggedAction = {
  action: string;
  result: string;
  errorMessage: string | null;
  details: string;
  beforeJson: string | null;
  afterJson: string | null;
};

type Snap = Record<string, unknown>;
type Phrase = { done: string; tried: string };

const FIELD_NAMES: Record<string, string> = {
  firstName: "first name",
  lastName: "last name",
  email: "email",
  company: "company",
  street: "street address",
  city: "city",
  region: "state/province",
  postcode: "zip/postal code",
  countryId: "country",
  telephone: "phone number",
  newsletterSubscribed: "newsletter subscription",
  assistanceAllowed: "remote shopping assistance",
};

function parse(json: string | null): Snap | null {
  if (!json) return null;
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Snap) : null;
  } catch {
    return null;
  }
}

const text = (v: unknown) =>
  v === null || v === undefined ? "" : typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : "";

/** "Joust Duffle Bag (24-MB01)", or the SKU alone when the entry has no name. */
function product(s: Snap | null): string {
  const sku = text(s?.sku);
  const name = text(s?.name);
  if (name && sku) return `${name} (${sku})`;
  return name || sku || "a product";
}

function changedFieldNames(before: Snap | null, after: Snap | null): string {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter(
    (k) => JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k]),
  );
  return keys.map((k) => FIELD_NAMES[k] ?? k).join(", ");
}

const place = (s: Snap | null) => [text(s?.street), text(s?.city)].filter(Boolean).join(", ");

function phrase(entry: LoggedAction): Phrase | null {
  const before = parse(entry.beforeJson);
  const after = parse(entry.afterJson) ?? before;
  switch (entry.action) {
    case "add_to_cart":
      return {
        done: `Added ${product(before)} to the cart, quantity ${text(before?.qty) || "0"} → ${text(after?.qty) || "0"}.`,
        tried: `add ${product(before)} to the cart`,
      };
    case "update_qty":
      return {
        done: `Changed the quantity of ${product(before)} in the cart, ${text(before?.qty) || "0"} → ${text(after?.qty) || "0"}.`,
        tried: `change the quantity of ${product(before)} in the cart`,
      };
    case "remove_cart_item":
      return { done: `Removed ${product(before)} from the cart.`, tried: `remove ${product(before)} from the cart` };
    case "apply_coupon_code": {
      const code = entry.details.replace(/^Coupon code:\s*/, "");
      return { done: `Applied the coupon code ${code}.`, tried: `apply the coupon code ${code}` };
    }
    case "remove_coupon_code": {
      const code = text(before?.couponCode);
      return { done: code ? `Removed the coupon code ${code}.` : "Removed the coupon code.", tried: "remove the coupon code" };
    }
    case "add_to_wishlist":
      return { done: `Added ${product(before)} to your wish list.`, tried: `add ${product(before)} to your wish list` };
    case "remove_from_wishlist":
      return { done: `Removed ${product(before)} from your wish list.`, tried: `remove ${product(before)} from your wish list` };
    case "place_order":
      return { done: after?.order ? `Placed order ${text(after.order)}.` : "Placed an order.", tried: "place an order" };
    case "reorder":
      return { done: `Reordered order ${text(before?.order)}.`, tried: `reorder order ${text(before?.order)}` };
    case "save": {
      const fields = changedFieldNames(before, after);
      return {
        done: fields ? `Changed your account information: ${fields}.` : "Saved your account information without changes.",
        tried: "change your account information",
      };
    }
    case "save_address": {
      const where = place(after);
      if (!before) return { done: where ? `Added the address ${where}.` : "Added an address.", tried: "add an address" };
      const fields = changedFieldNames(before, after);
      return { done: `Changed the address ${place(before)}${fields ? `: ${fields}` : ""}.`, tried: `change the address ${place(before)}` };
    }
    case "delete_address":
      return { done: before ? `Deleted the address ${place(before)}.` : "Deleted an address.", tried: "delete an address" };
    case "newsletter_subscription":
      return after?.subscribed
        ? { done: "Subscribed you to the newsletter.", tried: "change your newsletter subscription" }
        : { done: "Unsubscribed you from the newsletter.", tried: "change your newsletter subscription" };
    case "login":
    case "logout":
      return null;
    default:
      return { done: `${entry.action.replace(/_/g, " ")}.`, tried: entry.action.replace(/_/g, " ") };
  }
}

/** The entry as the customer reads it, or null for the session's own login/logout entries. */
export function describeAction(entry: LoggedAction): string | null {
  const p = phrase(entry);
  if (!p) return null;
  if (entry.result === "success") return p.done;
  const why = entry.errorMessage?.trim();
  return `Tried to ${p.tried}; this was refused${why ? `: ${why.replace(/\.$/, "")}` : ""}.`;
}

/** Every action of one session, in order, as sentences. */
export function describeActions(entries: LoggedAction[]): string[] {
  return entries.map(describeAction).filter((s): s is string => s !== null);
}
