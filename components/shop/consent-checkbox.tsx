"use client";

import { useId, useState } from "react";

/** The "Allow remote shopping assistance" checkbox the customer ticks to consent: configured title, tooltip on hover and focus. */
export function ConsentCheckbox({ title, tooltip, defaultChecked, disabled }: { title: string; tooltip: string; defaultChecked: boolean; disabled?: boolean }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="relative mb-3 flex items-center gap-2">
      <input id={id} type="checkbox" name="assistanceAllowed" defaultChecked={defaultChecked} disabled={disabled} aria-describedby={`${id}-tip`} />
      <label htmlFor={id}>{title}</label>
      <button
        type="button"
        aria-label={`About: ${title}`}
        aria-expanded={open}
        className="rounded-full border border-gray-500 px-2 text-xs"
        onClick={() => setOpen((v) => !v)}
        onMouseEnter={() => setOpen(true)}
        onMouseLeave={() => setOpen(false)}
        onKeyDown={(e) => e.key === "Escape" && setOpen(false)}
      >
        ?
      </button>
      <span
        id={`${id}-tip`}
        role="tooltip"
        className={`${open ? "" : "sr-only"} absolute top-7 left-0 z-10 max-w-sm rounded bg-gray-800 p-2 text-sm text-white`}
      >
        {tooltip}
      </span>
    </div>
  );
}
