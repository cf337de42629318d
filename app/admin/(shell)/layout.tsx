import Link from "next/link";
import { requireAdmin } from "@/lib/auth/admin-session";
import { getConfig } from "@/lib/config";
import { visibleNav } from "@/lib/admin/navigation";
import { AdminSignOutButton } from "@/components/admin/admin-sign-out-button";
import { LoginAsCustomerProvider } from "@/components/admin/login-as-customer-context";
import { showLoginAsCustomerButton } from "@/lib/login-as-customer/button-data";
import { loginAsCustomerButtonInfo, startLoginAsCustomerAction } from "./login-as-customer/actions";

export const dynamic = "force-dynamic";

export default async function AdminShellLayout({ children }: { children: React.ReactNode }) {
  const admin = await requireAdmin();
  const config = await getConfig();
  const entries = visibleNav(admin, config.loginAsCustomerEnabled);
  const sections = [...new Set(entries.map((e) => e.section))];
  return (
    <div className="flex min-h-screen">
      <nav aria-label="Admin" className="w-60 shrink-0 bg-admin p-4 text-white">
        <p className="mb-6 text-lg font-semibold">Back office</p>
        {sections.map((section) => (
          <div key={section} className="mb-4">
            <p className="mb-1 text-xs tracking-wide text-gray-300 uppercase">{section}</p>
            <ul>
              {entries
                .filter((e) => e.section === section)
                .map((e) => (
                  <li key={e.href}>
                    <Link className="block rounded px-3 py-2 hover:bg-white/10" href={e.href}>
                      {e.label}
                    </Link>
                  </li>
                ))}
            </ul>
          </div>
        ))}
        <div className="mt-8 border-t border-white/20 pt-4">
          <p className="mb-2 text-sm text-gray-300">
            Signed in as <span className="font-semibold text-white">{admin.username}</span>
          </p>
          <AdminSignOutButton />
        </div>
      </nav>
      <main className="flex-1 p-8">
        <LoginAsCustomerProvider
          enabled={showLoginAsCustomerButton(admin, config)}
          actions={{ buttonInfo: loginAsCustomerButtonInfo, start: startLoginAsCustomerAction }}
        >
          {children}
        </LoginAsCustomerProvider>
      </main>
    </div>
  );
}
