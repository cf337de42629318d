"use client";
// Any page whose rendering failed (in production the cause is hidden; the usual one is the
// database being unreachable for a moment): a clear message and a retry, never a hang.
import Link from "next/link";
import { SERVICE_UNAVAILABLE } from "@/lib/http/messages";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl p-10" role="alert">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-gray-700">{SERVICE_UNAVAILABLE}</p>
      <p className="mt-6 flex gap-4">
        <button type="button" className="text-brand underline" onClick={() => reset()}>
          Try again
        </button>
        <Link className="text-brand underline" href="/shop">
          Go to the store home page
        </Link>
      </p>
    </main>
  );
}
