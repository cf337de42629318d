"use client";
// The count, the page size and Previous/Next (shadcn's data-table-pagination).
import { formatCount } from "@/lib/format";
import { PAGE_SIZES } from "@/lib/grid/spec";

export function GridPagination(props: {
  page: number;
  pageSize: number;
  total: number;
  totalCapped: boolean;
  hasNext: boolean;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}) {
  const { page, pageSize, total, totalCapped } = props;
  // past the cap the number of pages is not known
  const lastPage = totalCapped ? null : Math.max(1, Math.ceil(total / pageSize));
  const button = "rounded border border-gray-400 px-2 py-1 disabled:opacity-40";
  return (
    <div className="mb-2 flex flex-wrap items-center gap-4 text-sm">
      <p aria-live="polite">{totalCapped ? `${formatCount(total)}+ records found` : `${formatCount(total)} records found`}</p>
      <label className="flex items-center gap-2">
        Per page
        <select className="rounded border border-gray-400 px-2 py-1" value={pageSize} onChange={(e) => props.onPageSize(Number(e.target.value))}>
          {PAGE_SIZES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <nav aria-label="Pagination" className="flex items-center gap-2">
        <button type="button" className={button} disabled={page <= 1} onClick={() => props.onPage(page - 1)}>
          Previous page
        </button>
        <span>
          Page {page}
          {lastPage ? ` of ${lastPage}` : ""}
        </span>
        <button type="button" className={button} disabled={!props.hasNext} onClick={() => props.onPage(page + 1)}>
          Next page
        </button>
      </nav>
    </div>
  );
}
