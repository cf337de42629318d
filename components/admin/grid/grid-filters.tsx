"use client";
// The filter form, drawn from the grid's filter list (FilterDef data): one field per
// filter, each sent as f_<name>; an empty field removes its filter.
import type { FormEvent, ReactNode } from "react";
import type { FilterDef } from "@/lib/grid/spec";

const FIELD = "rounded border border-gray-400 px-2 py-1";

export function GridFilters(props: {
  id?: string;
  filters: readonly FilterDef[];
  values: Record<string, string>;
  onApply: (patch: Record<string, string>) => void;
  /** shown after Apply Filters (e.g. an export of the filtered rows) */
  actions?: ReactNode;
}) {
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const patch: Record<string, string> = {};
    for (const f of props.filters) patch[`f_${f.name}`] = String(form.get(f.name) ?? "").trim();
    props.onApply(patch);
  }
  const v = props.values;
  return (
    <form
      id={props.id}
      aria-label="Filters"
      onSubmit={onSubmit}
      className="mb-4 grid grid-cols-2 gap-3 rounded border bg-gray-50 p-4 md:grid-cols-4 xl:grid-cols-5"
      // new URL values reset the fields
      key={JSON.stringify(v)}
    >
      {props.filters.map((f) => (
        <label key={f.name} className="flex flex-col text-sm">
          {f.label}
          {f.type === "select" ? (
            <select name={f.name} defaultValue={v[f.name] ?? ""} className={FIELD}>
              <option value="">{f.all ?? "All"}</option>
              {(f.options ?? []).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : (
            <input
              name={f.name}
              type={f.type === "date" ? "date" : f.type === "datetime" ? "datetime-local" : "text"}
              inputMode={f.type === "numeric" ? "numeric" : undefined}
              defaultValue={v[f.name]}
              className={FIELD}
            />
          )}
        </label>
      ))}
      <div className="col-span-full flex items-center gap-3">
        <button type="submit" className="rounded bg-brand px-4 py-1 text-white">
          Apply Filters
        </button>
        {props.actions}
      </div>
    </form>
  );
}
