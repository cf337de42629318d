"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/actions/state";
import { Button } from "@/components/ui/button";

export function ResetPasswordButton({ customerId, action }: { customerId: number; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="inline-flex flex-col">
      <input type="hidden" name="customerId" value={customerId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Reset Password
      </Button>
      {state?.success ? (
        <p role="status" className="mt-1 max-w-xs text-sm text-green-900">
          {state.success}
        </p>
      ) : null}
      {state?.error ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
