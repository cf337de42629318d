// Admin navigation: each entry shows only when the role has its resource.
import { can, type AdminPrincipal } from "@/lib/acl/can";
import type { ResourceId } from "@/lib/acl/resources";

export type NavEntry = { label: string; href: string; resource: ResourceId; section: string; requiresFeature?: boolean };

export const ADMIN_NAV: NavEntry[] = [
  { label: "Dashboard", href: "/admin", resource: "dashboard", section: "Dashboard" },
  { label: "Orders", href: "/admin/sales/orders", resource: "sales.orders", section: "Sales" },
  { label: "All Customers", href: "/admin/customers", resource: "customers.all", section: "Customers" },
  {
    label: "Login as Customer Log",
    href: "/admin/customers/login-as-customer-log",
    resource: "customers.lac.log",
    section: "Customers",
    requiresFeature: true,
  },
  { label: "Configuration", href: "/admin/config", resource: "stores.config", section: "Stores" },
  { label: "User Roles", href: "/admin/system/roles", resource: "system.permissions.roles", section: "System" },
  { label: "All Users", href: "/admin/system/users", resource: "system.permissions.users", section: "System" },
  { label: "Action Logs Report", href: "/admin/system/action-logs", resource: "system.action_logs.report", section: "System" },
  { label: "Email Log", href: "/admin/system/email-log", resource: "system.email_log", section: "System" },
];

export function visibleNav(admin: AdminPrincipal, featureEnabled: boolean): NavEntry[] {
  return ADMIN_NAV.filter((e) => can(admin, e.resource) && (!e.requiresFeature || featureEnabled));
}
