"use client";

import { useRef, useState } from "react";
import { LAC } from "@/lib/login-as-customer/messages";
import { REASON_MAX, REASON_MIN } from "@/lib/login-as-customer/reason-rules";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { LoginAsCustomerButtonData as Info } from "@/lib/login-as-customer/button-data";
import type { LoginAsCustomerActions } from "./login-as-customer-context";

/**
 * The Login as Customer button with its dialogs: the confirmation, or
 * the store view choice with Manual Selection, or "not enabled" without consent.
 * Native <dialog> with showModal(): focus stays inside, Escape closes, focus returns.
 */
export function LoginAsCustomerButton({
  actions,
  customerId,
  customerName,
  compact,
}: {
  actions: LoginAsCustomerActions;
  customerId: number;
  customerName: string;
  compact?: boolean;
}) {
  const confirmRef = useRef<HTMLDialogElement>(null);
  const notEnabledRef = useRef<HTMLDialogElement>(null);
  const [info, setInfo] = useState<Info | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [fallbackUrl, setFallbackUrl] = useState<string | null>(null);
  const [storeViewId, setStoreViewId] = useState<string>("");
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [access, setAccess] = useState<"view" | "assist">("view");
  const titleId = `lac-title-${customerId}`;
  const hydrated = useHydrated();

  async function open() {
    setError(null);
    setFallbackUrl(null);
    setPending(true);
    const answer = await actions.buttonInfo(customerId);
    setPending(false);
    const r = answer.data;
    if (answer.error || !r) {
      setInfo({
        hasConsent: true,
        manualSelection: false,
        storeViewGroups: [],
        defaultStoreViewId: null,
        requireReason: false,
        canAssist: false,
        defaultAccess: "view",
      });
      setError(answer.error ?? LAC.notAllowed);
      confirmRef.current?.showModal();
      return;
    }
    setInfo(r);
    setReason("");
    setReasonError(null);
    setAccess(r.canAssist ? r.defaultAccess : "view");
    setStoreViewId(
      r.defaultStoreViewId && r.storeViewGroups.some((g) => g.views.some((v) => v.id === r.defaultStoreViewId && !v.disabled))
        ? String(r.defaultStoreViewId)
        : "",
    );
    if (!r.hasConsent) notEnabledRef.current?.showModal();
    else confirmRef.current?.showModal();
  }

  async function confirm() {
    const trimmed = reason.trim();
    const badReason = trimmed.length > REASON_MAX ? LAC.reasonTooLong : info?.requireReason && trimmed.length < REASON_MIN ? LAC.reasonRequired : null;
    setReasonError(badReason);
    if (info?.manualSelection && !storeViewId) {
      setError(LAC.selectStoreRequired);
      return;
    }
    if (badReason) {
      setError(null);
      document.getElementById(`lac-reason-${customerId}`)?.focus();
      return;
    }
    setPending(true);
    setError(null);
    const result = await actions.start({ customerId, storeViewId: info?.manualSelection ? storeViewId : null, reason: trimmed, access });
    setPending(false);
    const url = result.data?.url;
    if (result.error || !url) {
      if (result.data?.code === "no_consent") {
        confirmRef.current?.close();
        notEnabledRef.current?.showModal();
      } else if (result.data?.code === "reason_required" || result.data?.code === "reason_too_long") setReasonError(result.error ?? LAC.reasonRequired);
      else setError(result.error ?? LAC.notAllowed);
      return;
    }
    const tab = window.open(url, "_blank");
    if (tab) {
      tab.opener = null;
      confirmRef.current?.close();
    } else {
      setFallbackUrl(url); // pop-up blocked: let the admin open it
    }
  }

  const manual = info?.manualSelection ?? false;
  return (
    <>
      <button
        type="button"
        onClick={open}
        disabled={!hydrated || (pending && !info)}
        aria-haspopup="dialog"
        title={compact ? `Login as Customer: ${customerName}` : undefined}
        className={compact ? "text-brand underline hover:text-brand-dark" : "rounded border border-gray-400 bg-white px-4 py-2 font-medium hover:bg-gray-100"}
      >
        {LAC.buttonLabel}
      </button>

      <dialog ref={confirmRef} aria-labelledby={titleId} className="m-auto w-full max-w-lg rounded p-6 text-left shadow-xl backdrop:bg-black/40">
        <h2 id={titleId} className="mb-3 text-xl font-semibold">
          {manual ? LAC.selectStoreTitle : LAC.confirmTitle}
        </h2>
        <p className="mb-4">{LAC.confirmText}</p>
        {manual ? (
          <div className="mb-4">
            <label htmlFor={`lac-store-${customerId}`} className="mb-1 block font-medium after:ml-1 after:text-red-700 after:content-['*']">
              {LAC.storeViewLabel}
            </label>
            <select
              id={`lac-store-${customerId}`}
              required
              value={storeViewId}
              onChange={(e) => setStoreViewId(e.target.value)}
              aria-invalid={error === LAC.selectStoreRequired ? true : undefined}
              aria-describedby={error ? `lac-error-${customerId}` : undefined}
              className="w-full rounded border border-gray-400 px-3 py-2"
            >
              <option value="">-- Please Select --</option>
              {info?.storeViewGroups.map((g) => (
                <optgroup key={g.websiteName} label={g.websiteName}>
                  {g.views.map((v) => (
                    <option key={v.id} value={v.id} disabled={v.disabled}>
                      {v.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
        ) : null}
        <div className="mb-4">
          <label
            htmlFor={`lac-reason-${customerId}`}
            className={`mb-1 block font-medium ${info?.requireReason ? "after:ml-1 after:text-red-700 after:content-['*']" : ""}`}
          >
            {LAC.reasonLabel}
          </label>
          <textarea
            id={`lac-reason-${customerId}`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={3}
            maxLength={REASON_MAX}
            required={info?.requireReason}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `lac-reason-error-${customerId}` : undefined}
            className="w-full rounded border border-gray-400 px-3 py-2"
          />
          {reasonError ? (
            <p id={`lac-reason-error-${customerId}`} className="mt-1 text-sm text-red-700">
              {reasonError}
            </p>
          ) : null}
        </div>
        <fieldset className="mb-4">
          <legend className="mb-1 font-medium">{LAC.accessLabel}</legend>
          <label className="mr-6 inline-flex items-center gap-2">
            <input type="radio" name={`lac-access-${customerId}`} value="view" checked={access === "view"} onChange={() => setAccess("view")} />
            {LAC.accessView}
          </label>
          <label className={`inline-flex items-center gap-2 ${info?.canAssist ? "" : "text-gray-500"}`}>
            <input
              type="radio"
              name={`lac-access-${customerId}`}
              value="assist"
              checked={access === "assist"}
              disabled={!info?.canAssist}
              aria-describedby={info?.canAssist ? undefined : `lac-access-note-${customerId}`}
              onChange={() => setAccess("assist")}
            />
            {LAC.accessAssist}
          </label>
          {info && !info.canAssist ? (
            <p id={`lac-access-note-${customerId}`} className="mt-1 text-sm text-gray-600">
              {LAC.viewOnlyRole}
            </p>
          ) : null}
        </fieldset>
        {error ? (
          <p id={`lac-error-${customerId}`} role="alert" className="mb-4 text-red-700">
            {error}
          </p>
        ) : null}
        {fallbackUrl ? (
          <p className="mb-4">
            <a href={fallbackUrl} target="_blank" rel="noopener noreferrer" className="text-brand underline">
              Open the storefront as this customer
            </a>
          </p>
        ) : null}
        <div className="flex justify-end gap-3">
          <button type="button" className="rounded border border-gray-400 px-4 py-2" onClick={() => confirmRef.current?.close()}>
            Cancel
          </button>
          <button type="button" disabled={pending} className="rounded bg-brand px-4 py-2 font-medium text-white disabled:opacity-50" onClick={confirm}>
            {LAC.buttonLabel}
          </button>
        </div>
      </dialog>

      <dialog ref={notEnabledRef} aria-labelledby={`${titleId}-ne`} className="m-auto w-full max-w-lg rounded p-6 text-left shadow-xl backdrop:bg-black/40">
        <h2 id={`${titleId}-ne`} className="mb-3 text-xl font-semibold">
          {LAC.notEnabledTitle}
        </h2>
        <p className="mb-4">{LAC.notEnabledText}</p>
        <div className="flex justify-end">
          <button type="button" className="rounded bg-brand px-4 py-2 font-medium text-white" onClick={() => notEnabledRef.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
