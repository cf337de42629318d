// Configuration paths, defaults and validation (the Login as Customer settings and Share Customer Accounts). Global scope only.
import { z } from "zod";
import { noNul, NUL_MESSAGE } from "@/lib/validation/fields";
import type { ConsentDuration } from "@/lib/customers/consent";

const minutes = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, "Enter a whole number of minutes.")
    .refine((v) => Number(v) >= min && Number(v) <= max, `Enter a number from ${min} to ${max}.`);

export const DEFAULT_TOOLTIP = 'This allows merchants to "see what you see" and take actions on your behalf in order to provide better assistance.';

export const CONFIG_FIELDS = {
  "login_as_customer/general/enabled": {
    label: "Enable Login as Customer",
    default: "0",
    schema: z.enum(["0", "1"], { message: "Choose Yes or No." }),
  },
  "login_as_customer/general/disable_page_cache": {
    label: "Disable Page Cache For Admin User",
    default: "1",
    schema: z.enum(["0", "1"], { message: "Choose Yes or No." }),
  },
  "login_as_customer/general/store_view_manual_choice": {
    label: "Store View To Login To",
    default: "0",
    schema: z.enum(["0", "1"], { message: "Choose Auto-Detection or Manual Selection." }),
  },
  "login_as_customer/general/opt_in_title": {
    label: "Title for Login as Customer opt-in checkbox",
    default: "Allow remote shopping assistance",
    schema: z.string().trim().min(1, "This is a required field.").max(255, "Use 255 characters or fewer.").refine(noNul, NUL_MESSAGE),
  },
  "login_as_customer/general/opt_in_tooltip": {
    label: "Login as Customer checkbox tooltip",
    default: DEFAULT_TOOLTIP,
    schema: z.string().trim().min(1, "This is a required field.").max(1000, "Use 1000 characters or fewer.").refine(noNul, NUL_MESSAGE),
  },
  "login_as_customer/general/authentication_expiration_time": {
    label: "Authentication Data Expiration Time (seconds)",
    default: "60",
    schema: z
      .string()
      .trim()
      .regex(/^\d+$/, "Enter a whole number of seconds.")
      .refine((v) => Number(v) >= 10 && Number(v) <= 3600, "Enter a number from 10 to 3600."),
  },
  "login_as_customer/general/default_consent_duration": {
    label: "Default Consent Duration",
    default: "24h",
    schema: z.enum(["24h", "7d", "30d", "unlimited"], { message: "Choose 24 hours, 7 days, 30 days or Until I turn it off." }),
  },
  "login_as_customer/general/notify_customer": {
    label: "Notify Customer by Email",
    default: "start_end",
    schema: z.enum(["start_end", "end", "none"], { message: "Choose At start and end, At end only or No." }),
  },
  "login_as_customer/general/require_reason": {
    label: "Require a Reason",
    default: "1",
    schema: z.enum(["0", "1"], { message: "Choose Yes or No." }),
  },
  "login_as_customer/general/default_access": {
    label: "Default Access",
    default: "view",
    schema: z.enum(["view", "assist"], { message: "Choose View only or Assist." }),
  },
  "login_as_customer/general/session_lifetime": {
    label: "Session Lifetime (minutes)",
    default: "60",
    schema: minutes(5, 480),
  },
  "login_as_customer/general/idle_timeout": {
    label: "Idle Timeout (minutes)",
    default: "15",
    schema: minutes(1, 120),
  },
  "customer/account_share/scope": {
    label: "Share Customer Accounts",
    default: "1",
    // 1 = Per Website, 0 = Global (Magento's values)
    schema: z.enum(["0", "1"], { message: "Choose Global or Per Website." }),
  },
} as const;

export type ConfigPath = keyof typeof CONFIG_FIELDS;
export const CONFIG_PATHS = Object.keys(CONFIG_FIELDS) as ConfigPath[];

export type AppConfig = {
  loginAsCustomerEnabled: boolean;
  disablePageCache: boolean;
  storeViewManualChoice: boolean;
  optInTitle: string;
  optInTooltip: string;
  authenticationExpirationSeconds: number;
  shareAccountsPerWebsite: boolean;
  defaultConsentDuration: ConsentDuration;
  notifyCustomerAtStart: boolean;
  notifyCustomerAtEnd: boolean;
  requireReason: boolean;
  defaultAccess: "view" | "assist";
  sessionLifetimeMinutes: number;
  idleTimeoutMinutes: number;
};

export function toAppConfig(values: Partial<Record<string, string>>): AppConfig {
  const get = (path: ConfigPath) => values[path] ?? CONFIG_FIELDS[path].default;
  return {
    loginAsCustomerEnabled: get("login_as_customer/general/enabled") === "1",
    disablePageCache: get("login_as_customer/general/disable_page_cache") === "1",
    storeViewManualChoice: get("login_as_customer/general/store_view_manual_choice") === "1",
    optInTitle: get("login_as_customer/general/opt_in_title"),
    optInTooltip: get("login_as_customer/general/opt_in_tooltip"),
    authenticationExpirationSeconds: Number(get("login_as_customer/general/authentication_expiration_time")),
    shareAccountsPerWebsite: get("customer/account_share/scope") === "1",
    defaultConsentDuration: get("login_as_customer/general/default_consent_duration") as ConsentDuration,
    notifyCustomerAtStart: get("login_as_customer/general/notify_customer") === "start_end",
    notifyCustomerAtEnd: get("login_as_customer/general/notify_customer") !== "none",
    requireReason: get("login_as_customer/general/require_reason") === "1",
    defaultAccess: get("login_as_customer/general/default_access") === "assist" ? "assist" : "view",
    sessionLifetimeMinutes: Number(get("login_as_customer/general/session_lifetime")),
    idleTimeoutMinutes: Number(get("login_as_customer/general/idle_timeout")),
  };
}
