import Link from "next/link";
import { NO_PERMISSION } from "@/lib/acl/messages";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl p-10">
      <h1 className="text-2xl font-semibold">Access denied</h1>
      <p className="mt-3 text-gray-700" role="alert">
        {NO_PERMISSION}
      </p>
      <p className="mt-6">
        <Link className="text-brand underline" href="/admin">
          Go to the Dashboard
        </Link>
      </p>
    </main>
  );
}
