"use client";
// The "Columns" menu (shadcn's data-table-view-options): show or hide columns; the
// hidden ones live in the URL.

export function GridColumnMenu({
  columns,
  hidden,
  onChange,
}: {
  columns: { id: string; label: string }[];
  hidden: readonly string[];
  onChange: (hidden: string[]) => void;
}) {
  return (
    <details className="relative">
      <summary className="cursor-pointer rounded border border-gray-400 px-3 py-1">Columns</summary>
      <fieldset className="absolute right-0 z-10 mt-1 w-64 rounded border bg-white p-3 shadow">
        <legend className="sr-only">Visible columns</legend>
        {columns.map((c) => (
          <label key={c.id} className="flex items-center gap-2 py-1">
            <input
              type="checkbox"
              checked={!hidden.includes(c.id)}
              onChange={(e) => onChange(e.target.checked ? hidden.filter((h) => h !== c.id) : [...hidden, c.id])}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
