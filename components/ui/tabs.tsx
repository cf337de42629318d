"use client";
// Accessible tabs (WAI-ARIA tabs pattern): arrow keys move between tabs; every
// panel stays mounted (hidden), so a form spread over tabs keeps its values.
import { useId, useRef, useState } from "react";

export function Tabs({ label, tabs, initial = 0 }: { label: string; tabs: { title: string; content: React.ReactNode }[]; initial?: number }) {
  const [active, setActive] = useState(initial);
  const base = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  function onKey(e: React.KeyboardEvent, i: number) {
    const delta = e.key === "ArrowRight" || e.key === "ArrowDown" ? 1 : e.key === "ArrowLeft" || e.key === "ArrowUp" ? -1 : 0;
    if (e.key === "Home" || e.key === "End" || delta) {
      e.preventDefault();
      const next = e.key === "Home" ? 0 : e.key === "End" ? tabs.length - 1 : (i + delta + tabs.length) % tabs.length;
      setActive(next);
      refs.current[next]?.focus();
    }
  }
  return (
    <div className="flex gap-6">
      <div role="tablist" aria-label={label} aria-orientation="vertical" className="flex w-56 shrink-0 flex-col border-r">
        {tabs.map((t, i) => (
          <button
            key={t.title}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${i}`}
            aria-controls={`${base}-panel-${i}`}
            aria-selected={active === i}
            tabIndex={active === i ? 0 : -1}
            onClick={() => setActive(i)}
            onKeyDown={(e) => onKey(e, i)}
            className={`px-3 py-2 text-left ${active === i ? "border-r-4 border-brand bg-gray-100 font-semibold" : "hover:bg-gray-50"}`}
          >
            {t.title}
          </button>
        ))}
      </div>
      {tabs.map((t, i) => (
        <div key={t.title} role="tabpanel" id={`${base}-panel-${i}`} aria-labelledby={`${base}-tab-${i}`} hidden={active !== i} className="flex-1">
          {t.content}
        </div>
      ))}
    </div>
  );
}
