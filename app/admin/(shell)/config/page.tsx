import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { requireAdmin } from "@/lib/auth/admin-session";
import { can } from "@/lib/acl/can";
import { storedConfigValues } from "@/lib/config";
import { CONFIG_FIELDS, type ConfigPath } from "@/lib/config/schema";
import { CONFIG_SECTIONS } from "@/lib/config/save";
import { CONSENT_DURATION_LABELS, CONSENT_DURATIONS } from "@/lib/customers/consent";
import { ConfigForm, type ConfigFieldView, type ConfigSectionView } from "@/components/admin/config-form";
import { saveConfigAction } from "./actions";

export const metadata: Metadata = { title: "Configuration" };

const YES_NO: [string, string][] = [
  ["1", "Yes"],
  ["0", "No"],
];

const VIEW: Record<ConfigPath, Omit<ConfigFieldView, "path" | "label" | "value">> = {
  "login_as_customer/general/enabled": { kind: "select", options: YES_NO },
  "login_as_customer/general/disable_page_cache": {
    kind: "select",
    options: YES_NO,
    note: 'If set to "Yes", page caching is disabled when the Admin user is logged in as a customer.',
  },
  "login_as_customer/general/store_view_manual_choice": {
    kind: "select",
    options: [
      ["0", "Auto-Detection"],
      ["1", "Manual Selection"],
    ],
    note: 'Use "Manual Selection" on a multi-website setup with "Share Customer Accounts" set to Global; the admin then picks the store view when logging in.',
  },
  "login_as_customer/general/opt_in_title": { kind: "text" },
  "login_as_customer/general/opt_in_tooltip": { kind: "textarea" },
  "login_as_customer/general/authentication_expiration_time": { kind: "number" },
  "login_as_customer/general/default_consent_duration": {
    kind: "select",
    options: CONSENT_DURATIONS.map((d) => [d, CONSENT_DURATION_LABELS[d]]),
    note: "Preselected in the Allow for list beside the consent checkbox.",
  },
  "login_as_customer/general/notify_customer": {
    kind: "select",
    options: [
      ["start_end", "At start and end"],
      ["end", "At end only"],
      ["none", "No"],
    ],
    note: "Email the customer when a store associate logs in as them, and a summary when the session ends.",
  },
  "login_as_customer/general/require_reason": {
    kind: "select",
    options: YES_NO,
    note: "The admin says why in the Login as Customer dialog; the customer reads it in Assistance History and the emails.",
  },
  "login_as_customer/general/default_access": {
    kind: "select",
    options: [
      ["view", "View only"],
      ["assist", "Assist"],
    ],
    note: "Preselected in the Login as Customer dialog. In a view-only session every storefront change is refused.",
  },
  "login_as_customer/general/session_lifetime": { kind: "number", note: "From 5 to 480. The session ends this long after it started." },
  "login_as_customer/general/idle_timeout": { kind: "number", note: "From 1 to 120. The session ends after this long without a storefront page or action." },
  "customer/account_share/scope": {
    kind: "select",
    options: [
      ["0", "Global"],
      ["1", "Per Website"],
    ],
  },
};

export default async function ConfigPage() {
  const admin = await requireAdmin("stores.config");
  const allowed = CONFIG_SECTIONS.filter((s) => can(admin, s.resource));
  if (allowed.length === 0) forbidden();
  const stored = await storedConfigValues();
  const sections: ConfigSectionView[] = allowed.map((s) => ({
    id: s.id,
    group: s.group,
    title: s.title,
    fields: (Object.keys(CONFIG_FIELDS) as ConfigPath[])
      .filter((p) => p.startsWith(s.prefix))
      .map((p) => ({ path: p, label: CONFIG_FIELDS[p].label, value: stored.get(p) ?? CONFIG_FIELDS[p].default, ...VIEW[p] })),
  }));
  return (
    <section>
      <h1 className="mb-2 text-3xl font-semibold">Configuration</h1>
      <p className="mb-6 text-gray-600">Stores › Settings › Configuration (scope: Default Config)</p>
      <ConfigForm sections={sections} action={saveConfigAction} />
    </section>
  );
}
