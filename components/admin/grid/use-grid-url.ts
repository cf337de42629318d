"use client";
// Grid state lives in the URL: every change pushes a new history entry, so a
// grid view can be shared and the back button restores it.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useTransition } from "react";

export function useGridUrl() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  // the URL asked for but not yet shown: a second change made before the first one lands
  // (a search, then at once a filter) builds on it instead of dropping it
  const requested = useRef<string | null>(null);
  useEffect(() => {
    requested.current = null;
  }, [searchParams]);

  /** Set (string) or remove (undefined/"") params; any change other than page resets to page 1. */
  const update = useCallback(
    (patch: Record<string, string | undefined>) => {
      const next = new URLSearchParams(requested.current ?? searchParams.toString());
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined || v === "") next.delete(k);
        else next.set(k, v);
      }
      if (!("page" in patch)) next.delete("page");
      const qs = next.toString();
      requested.current = qs;
      startTransition(() => router.push(qs ? `${pathname}?${qs}` : pathname));
    },
    [router, pathname, searchParams],
  );

  return { update, pending, get: (k: string) => searchParams.get(k) ?? "" };
}
