"use client";

import { usePathname } from "next/navigation";
import type { FormAction } from "@/lib/actions/state";
import { ActionForm, FieldError, SubmitButton } from "@/components/ui/action-form";

type View = { code: string; name: string; websiteName: string; disabled: boolean };

/** `action` switches the store view (the layout passes its server action). */
export function StoreViewSwitcher({ action, views, current }: { action: FormAction; views: View[]; current: string }) {
  const websites = [...new Set(views.map((v) => v.websiteName))];
  const pathname = usePathname();
  return (
    <ActionForm action={action} label="Choose a store" className="flex items-center gap-2" messages={false}>
      <input type="hidden" name="returnTo" value={pathname} />
      <label htmlFor="store-view-switcher" className="sr-only">
        Store View
      </label>
      <select
        id="store-view-switcher"
        name="storeView"
        key={current}
        defaultValue={current}
        className="rounded border border-gray-400 bg-white px-2 py-1"
        aria-describedby="store-view-switcher-error"
      >
        {websites.map((w) => (
          <optgroup key={w} label={w}>
            {views
              .filter((v) => v.websiteName === w)
              .map((v) => (
                <option key={v.code} value={v.code} disabled={v.disabled}>
                  {v.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <SubmitButton variant="secondary" className="!px-2 !py-1 text-sm">
        Switch Store
      </SubmitButton>
      <FieldError name="storeView" id="store-view-switcher-error" />
    </ActionForm>
  );
}
