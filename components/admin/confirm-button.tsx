"use client";
// A button that asks first (Dialog), then runs a server action; its result is shown next to it.
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Alert } from "@/components/ui/alert";
import type { FormAction } from "@/lib/actions/state";

export function ConfirmButton({
  label,
  title,
  message,
  action,
  fields,
  variant = "danger",
}: {
  label: string;
  title: string;
  message: string;
  action: FormAction;
  fields: Record<string, string>;
  variant?: "danger" | "secondary";
}) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <>
      <Button variant={variant} onClick={() => setOpen(true)}>
        {label}
      </Button>
      {state?.error ? <Alert kind="error">{state.error}</Alert> : null}
      {state?.success ? <Alert kind="success">{state.success}</Alert> : null}
      <Dialog
        open={open}
        title={title}
        onClose={() => setOpen(false)}
        footer={
          <form action={formAction} onSubmit={() => setOpen(false)} className="flex gap-2">
            {Object.entries(fields).map(([k, v]) => (
              <input key={k} type="hidden" name={k} value={v} />
            ))}
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={pending}>
              OK
            </Button>
          </form>
        }
      >
        <p>{message}</p>
      </Dialog>
    </>
  );
}
