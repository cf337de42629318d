"use client";

import { createContext, useActionState, useContext, useId, type InputHTMLAttributes, type ReactNode } from "react";
import type { ActionState, FormAction } from "@/lib/actions/state";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";

const StateContext = createContext<ActionState>({});

/** A form posting to a server action (passed in by its page), with its messages; fields read errors and last values from it. */
export function ActionForm({
  action,
  label,
  children,
  className = "",
  messages = true,
}: {
  action: FormAction;
  label?: string;
  children: ReactNode;
  className?: string;
  messages?: boolean;
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  const formError = state.error ?? state.fieldErrors?.form;
  return (
    <form action={formAction} aria-label={label} noValidate className={className} aria-busy={pending || undefined}>
      {messages && formError ? <Alert kind="error">{formError}</Alert> : null}
      {messages && state.success ? <Alert kind="success">{state.success}</Alert> : null}
      <StateContext.Provider value={state}>{children}</StateContext.Provider>
    </form>
  );
}

export function useFormState(): ActionState {
  return useContext(StateContext);
}

/** Inline error for a field that is not a text input (shown next to it). */
export function FieldError({ name, id }: { name: string; id?: string }) {
  const state = useFormState();
  const message = state.fieldErrors?.[name];
  return message ? (
    <p id={id} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  ) : null;
}

/** A labelled input that shows its error and keeps the submitted value after the action. */
export function ActionField(props: InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; hint?: string; keepValue?: boolean }) {
  const state = useFormState();
  // unique per field: several forms on one page (cart lines) each have a "qty" field
  const id = useId();
  const { keepValue = true, defaultValue, ...rest } = props;
  const value = keepValue && state.values && props.name in state.values ? state.values[props.name] : defaultValue;
  return (
    <FormField
      key={`${props.name}-${state.at ?? 0}`}
      id={props.id ?? `${props.name}-${id}`}
      {...rest}
      defaultValue={value}
      error={state.fieldErrors?.[props.name]}
    />
  );
}

/** A labelled checkbox that keeps its submitted state after the action. */
export function ActionCheckbox({ name, label, defaultChecked }: { name: string; label: string; defaultChecked?: boolean }) {
  const state = useFormState();
  const checked = state.values ? state.values[name] === "on" : defaultChecked;
  return (
    <label className="mb-3 flex items-center gap-2" key={`${name}-${state.at ?? 0}`}>
      <input type="checkbox" name={name} defaultChecked={checked} className="focus-visible:outline-2" /> {label}
    </label>
  );
}

export type SubmitVariant = "primary" | "secondary" | "link" | "danger";

export function SubmitButton({ children, variant = "primary", className = "" }: { children: ReactNode; variant?: SubmitVariant; className?: string }) {
  const styles = {
    primary: "rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark",
    secondary: "rounded border border-gray-400 bg-white px-4 py-2 font-medium hover:bg-gray-100",
    danger: "rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800",
    link: "text-brand underline hover:text-brand-dark",
  }[variant];
  return (
    <button type="submit" className={`${styles} focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-50 ${className}`}>
      {children}
    </button>
  );
}

/** A form that is one button: it posts its hidden values (e.g. the id of the row) to the action. */
export function ActionButton({
  action,
  label,
  values,
  children,
  variant,
  className,
}: {
  action: FormAction;
  /** the form's accessible name, e.g. "Remove Joust Duffle Bag" */
  label: string;
  values: Record<string, string | number>;
  children: ReactNode;
  variant?: SubmitVariant;
  className?: string;
}) {
  return (
    <ActionForm action={action} label={label} className={className}>
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant}>{children}</SubmitButton>
    </ActionForm>
  );
}
