import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AdminSignInForm } from "@/components/admin/admin-sign-in-form";
import { getAdmin } from "@/lib/auth/admin-session";

export const metadata: Metadata = { title: "Admin sign in" };

export default async function AdminLoginPage({ searchParams }: { searchParams: Promise<{ return?: string }> }) {
  if (await getAdmin()) redirect("/admin");
  const { return: returnTo } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center bg-gray-800 p-4">
      <div className="w-full max-w-sm rounded bg-white p-8 shadow">
        <h1 className="mb-6 text-2xl font-semibold">Welcome, please sign in</h1>
        <AdminSignInForm returnTo={returnTo} />
      </div>
    </main>
  );
}
