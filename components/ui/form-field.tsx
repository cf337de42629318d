import type { InputHTMLAttributes } from "react";

/** A labelled input with its error message next to it (aria-describedby). */
export function FormField({
  label,
  name,
  error,
  hint,
  className = "",
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string; hint?: string }) {
  const id = input.id ?? `field-${name}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`mb-4 ${className}`}>
      <label htmlFor={id} className={`mb-1 block font-medium ${input.required ? "after:ml-1 after:text-red-700 after:content-['*']" : ""}`}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`w-full rounded border px-3 py-2 ${error ? "border-red-700" : "border-gray-400"}`}
        {...input}
      />
      {hint ? (
        <p id={hintId} className="mt-1 text-sm text-gray-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
