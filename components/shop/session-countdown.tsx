"use client";

import { useEffect, useRef, useState } from "react";
import { LAC } from "@/lib/login-as-customer/messages";

/** "59:41", or "7:59:41" from an hour up. */
export function countdownClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/**
 * The time left in a Login as Customer session (SPEC 10.7), counting down each second.
 * The ticking clock is a timer (not announced); screen readers hear the minutes left, at most once a minute.
 * At zero the page reloads: the server signs the tab out with "Session expired".
 * `endsInMs` is measured on the server, so the browser's own clock does not matter.
 */
export function SessionCountdown({ endsInMs }: { endsInMs: number }) {
  const deadline = useRef<number | null>(null);
  const [left, setLeft] = useState(endsInMs);
  const minutes = Math.ceil(left / 60_000);
  useEffect(() => {
    deadline.current = performance.now() + endsInMs;
    const tick = () => {
      const remaining = Math.max(0, (deadline.current ?? 0) - performance.now());
      setLeft(remaining);
      if (remaining <= 0) {
        window.clearInterval(timer);
        window.location.reload();
      }
    };
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [endsInMs]);
  return (
    <>
      <span role="timer" aria-live="off" className="font-mono tabular-nums">
        {LAC.sessionEndsIn(countdownClock(left))}
      </span>
      <span className="sr-only" aria-live="polite">
        {LAC.sessionEndsIn(minutes === 1 ? "1 minute" : `${minutes} minutes`)}
      </span>
    </>
  );
}
