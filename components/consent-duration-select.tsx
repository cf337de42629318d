"use client";

import { useId } from "react";
import { CONSENT_DURATION_LABELS, CONSENT_DURATIONS, type ConsentDuration } from "@/lib/customers/consent";

/** The "Allow for" select: 24 hours, 7 days, 30 days, Until I turn it off (also beside the admin's toggle). */
export function ConsentDurationSelect({
  name,
  defaultValue,
  disabled,
  error,
}: {
  name: string;
  defaultValue: ConsentDuration;
  disabled?: boolean;
  error?: string;
}) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={id}>Allow for</label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="rounded border border-gray-400 px-2 py-1"
      >
        {CONSENT_DURATIONS.map((d) => (
          <option key={d} value={d}>
            {CONSENT_DURATION_LABELS[d]}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="w-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
