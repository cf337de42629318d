import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl p-10">
      <h1 className="text-2xl font-semibold">Whoops, our bad...</h1>
      <p className="mt-3 text-gray-700">The page you requested was not found.</p>
      <p className="mt-6">
        <Link className="text-brand underline" href="/shop">
          Go to the store home page
        </Link>
      </p>
    </main>
  );
}
