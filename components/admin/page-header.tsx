import Link from "next/link";
import type { ReactNode } from "react";

/** The title of an admin page with Back and the page's own buttons (Save, Delete …) beside it. */
export function PageHeader({ title, back, children }: { title: ReactNode; back?: string; children?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
      <h1 className="text-3xl font-semibold">{title}</h1>
      <div className="flex flex-wrap items-start gap-2">
        {back ? (
          <Link href={back} className="rounded border border-gray-400 px-4 py-2">
            Back
          </Link>
        ) : null}
        {children}
      </div>
    </div>
  );
}

/** The page's main call to action beside its title ("Add New Customer"). */
export function HeaderLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="rounded bg-brand px-4 py-2 font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2">
      {children}
    </Link>
  );
}
