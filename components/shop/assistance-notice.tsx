"use client";

import { useActionState } from "react";
import type { ActionState, FormAction } from "@/lib/actions/state";
import { ASSISTANCE } from "@/lib/login-as-customer/assistance-texts";

/**
 * The live notice (SPEC 10.3) on every storefront page while someone from the store is
 * logged in as this customer, with End assistance (`endAssistance`: the layout's server action).
 * The layout renders it on every page, with `staffName` null when no session is open, so
 * the confirmation stays on screen after the action ends the session and the notice goes.
 */
export function AssistanceNotice({ staffName, endAssistance }: { staffName: string | null; endAssistance: FormAction }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(endAssistance, {});
  if (!staffName) {
    return state.success ? (
      <div role="status" className="border-b border-green-700 bg-green-50 px-4 py-2 text-center text-green-900">
        {state.success}
      </div>
    ) : null;
  }
  return (
    <div role="status" className="flex flex-wrap items-center justify-center gap-4 border-b border-blue-700 bg-blue-50 px-4 py-2 text-blue-950">
      <p className="font-medium">{ASSISTANCE.notice(staffName)}</p>
      <form action={formAction} aria-busy={pending || undefined}>
        <button
          type="submit"
          disabled={pending}
          className="rounded border border-blue-900 bg-white px-3 py-1 font-medium hover:bg-blue-100 focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          {ASSISTANCE.endButton}
        </button>
      </form>
      {state.error ? (
        <p role="alert" className="w-full text-center text-red-800">
          {state.error}
        </p>
      ) : null}
    </div>
  );
}
