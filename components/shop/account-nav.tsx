import Link from "next/link";
import { ASSISTANCE_HISTORY_PATH } from "@/lib/login-as-customer/assistance-paths";

const LINKS: [string, string][] = [
  ["Account Dashboard", "/shop/customer/account"],
  ["My Orders", "/shop/customer/account/orders"],
  ["My Wish List", "/shop/customer/account/wishlist"],
  ["Address Book", "/shop/customer/account/address"],
  ["Account Information", "/shop/customer/account/edit"],
  ["Newsletter Subscriptions", "/shop/customer/account/newsletter"],
  ["Assistance History", ASSISTANCE_HISTORY_PATH],
];

export function AccountNav({ current }: { current: string }) {
  return (
    <nav aria-label="My Account" className="mb-6 md:mb-0">
      <ul className="rounded border bg-gray-50 py-2">
        {LINKS.map(([name, href]) => (
          <li key={href}>
            <Link
              href={href}
              aria-current={current === href ? "page" : undefined}
              className={`block px-4 py-2 hover:bg-gray-100 focus-visible:outline-2 ${current === href ? "border-l-4 border-brand font-semibold" : ""}`}
            >
              {name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function AccountShell({ current, children }: { current: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-6 md:grid-cols-[14rem_1fr]">
      <AccountNav current={current} />
      <div>{children}</div>
    </div>
  );
}
