// The ACL resource tree, as data. Ids are stable strings stored in
// AdminRoleResource; titles are what the Role Resources tree shows. The ids are
// typed: requireAdmin, the action wrappers and the navigation accept only these.
export type AclNode = { readonly id: string; readonly title: string; readonly children?: readonly AclNode[] };

type IdsOf<T> = T extends readonly (infer N)[] ? (N extends { id: infer I; children?: infer C } ? I | IdsOf<C> : never) : never;

export const ACL_TREE = [
  { id: "dashboard", title: "Dashboard" },
  {
    id: "sales",
    title: "Sales",
    children: [
      {
        id: "sales.operations",
        title: "Operations",
        children: [
          {
            id: "sales.orders",
            title: "Orders",
            children: [
              {
                id: "sales.orders.actions",
                title: "Actions",
                children: [{ id: "sales.orders.view", title: "View" }],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    id: "customers",
    title: "Customers",
    children: [
      {
        id: "customers.all",
        title: "All Customers",
        children: [
          {
            id: "customers.actions",
            title: "Actions",
            children: [
              { id: "customers.edit", title: "Edit" },
              { id: "customers.delete", title: "Delete" },
              { id: "customers.assistance", title: "Allow remote shopping assistance" },
            ],
          },
        ],
      },
      {
        id: "customers.lac",
        title: "Login as Customer",
        children: [
          { id: "customers.lac.login", title: "Allow Login as Customer" },
          { id: "customers.lac.log", title: "View Login as Customer Log" },
          { id: "customers.lac.assist", title: "Make changes as the customer" },
        ],
      },
    ],
  },
  {
    id: "stores",
    title: "Stores",
    children: [
      {
        id: "stores.settings",
        title: "Settings",
        children: [
          {
            id: "stores.config",
            title: "Configuration",
            children: [
              { id: "stores.config.lac", title: "Login as Customer Section" },
              { id: "stores.config.customer", title: "Customer Configuration Section" },
            ],
          },
        ],
      },
    ],
  },
  {
    id: "system",
    title: "System",
    children: [
      {
        id: "system.permissions",
        title: "Permissions",
        children: [
          { id: "system.permissions.users", title: "All Users" },
          { id: "system.permissions.roles", title: "User Roles" },
        ],
      },
      {
        id: "system.action_logs",
        title: "Action Logs",
        children: [{ id: "system.action_logs.report", title: "Report" }],
      },
      { id: "system.email_log", title: "Email Log" },
    ],
  },
] as const satisfies readonly AclNode[];

/** Every resource id of the tree. */
export type ResourceId = IdsOf<typeof ACL_TREE>;

function flatten(nodes: readonly AclNode[], parent: string | null, out: Map<string, { node: AclNode; parent: string | null }>) {
  for (const node of nodes) {
    out.set(node.id, { node, parent });
    if (node.children) flatten(node.children, node.id, out);
  }
  return out;
}

export const ACL_INDEX = flatten(ACL_TREE, null, new Map());
export const ALL_RESOURCE_IDS = [...ACL_INDEX.keys()] as ResourceId[];

/** The resource and all its descendants (ticking a parent ticks its children). */
export function withDescendants(id: string): string[] {
  const entry = ACL_INDEX.get(id);
  if (!entry) return [];
  const out = [id];
  for (const child of entry.node.children ?? []) out.push(...withDescendants(child.id));
  return out;
}

/** The resource and its ancestors: a custom role that has a leaf also needs the path to it. */
export function withAncestors(id: string): string[] {
  const out: string[] = [];
  let current: string | null = id;
  while (current) {
    out.push(current);
    current = ACL_INDEX.get(current)?.parent ?? null;
  }
  return out;
}

export function isKnownResource(id: string): id is ResourceId {
  return ACL_INDEX.has(id);
}
