"use client";

import { useId, useState } from "react";
import type { ConsentDuration } from "@/lib/customers/consent";
import { ConsentDurationSelect } from "@/components/consent-duration-select";

/**
 * The "Allow remote shopping assistance" checkbox the customer ticks to consent: configured title, tooltip on hover
 * and focus; beside it the "Allow for" select (how long the grant runs) and what the current grant allows.
 */
export function ConsentCheckbox({
  title,
  tooltip,
  defaultChecked,
  disabled,
  duration,
  durationDisabled,
  durationError,
  status,
}: {
  title: string;
  tooltip: string;
  defaultChecked: boolean;
  disabled?: boolean;
  /** the preselected "Allow for" choice */
  duration: ConsentDuration;
  durationDisabled?: boolean;
  durationError?: string;
  /** "Remote shopping assistance is allowed until …", or null */
  status?: string | null;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="mb-3">
      <div className="relative mb-2 flex items-center gap-2">
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
      <ConsentDurationSelect name="assistanceDuration" defaultValue={duration} disabled={disabled || durationDisabled} error={durationError} />
      {status ? <p className="mt-1 text-sm text-gray-700">{status}</p> : null}
    </div>
  );
}
