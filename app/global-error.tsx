"use client";
// Last resort when the root layout itself failed: same message as app/error.tsx, own <html>.
import { SERVICE_UNAVAILABLE } from "@/lib/http/messages";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main style={{ maxWidth: "36rem", margin: "0 auto", padding: "2.5rem", fontFamily: "sans-serif" }} role="alert">
          <h1>Something went wrong</h1>
          <p>{SERVICE_UNAVAILABLE}</p>
          <button type="button" onClick={() => reset()}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
