"use client";
// The Role Resources tree: nested checkboxes. Ticking a node ticks its
// descendants and its ancestors; unticking it unticks its descendants.
// Native checkboxes, so Tab/Space work; the tree is a nested list of groups.
import { useState } from "react";
import { ACL_TREE, withAncestors, withDescendants, type AclNode } from "@/lib/acl/resources";

export function ResourceTree({ initial, disabled }: { initial: string[]; disabled?: boolean }) {
  const [checked, setChecked] = useState<Set<string>>(new Set(initial));
  function toggle(id: string, on: boolean) {
    setChecked((prev) => {
      const next = new Set(prev);
      if (on) for (const x of [...withDescendants(id), ...withAncestors(id)]) next.add(x);
      else for (const x of withDescendants(id)) next.delete(x);
      return next;
    });
  }
  function render(nodes: readonly AclNode[], level: number) {
    return (
      <ul className={level ? "ml-6" : ""} role={level ? "group" : undefined}>
        {nodes.map((n) => (
          <li key={n.id}>
            <label className="flex items-center gap-2 py-0.5">
              <input
                type="checkbox"
                name="resources[]"
                value={n.id}
                checked={checked.has(n.id)}
                disabled={disabled}
                onChange={(e) => toggle(n.id, e.target.checked)}
              />
              {n.title}
            </label>
            {n.children ? render(n.children, level + 1) : null}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <fieldset aria-label="Resources" disabled={disabled}>
      {render(ACL_TREE, 0)}
    </fieldset>
  );
}
