import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl p-10">
      <h1 className="text-2xl font-semibold">Access denied</h1>
      <p className="mt-3 text-gray-700" role="alert">
        Sorry, you need permissions to view this content.
      </p>
      <p className="mt-6">
        <Link className="text-brand underline" href="/admin">
          Go to the Dashboard
        </Link>
      </p>
    </main>
  );
}
