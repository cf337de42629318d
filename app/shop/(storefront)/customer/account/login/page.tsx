import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getShopper } from "@/lib/auth/shop-session";
import { ShopSignInForm } from "@/components/shop/shop-sign-in-form";
import { Alert } from "@/components/ui/alert";
import { PASSWORD_RESET_DONE } from "@/lib/customers/password-reset";
import { ForgetEndedSession } from "@/components/shop/forget-ended-session";

export const metadata: Metadata = { title: "Customer Login" };

export default async function ShopLoginPage({ searchParams }: { searchParams: Promise<{ return?: string; session?: string; reset?: string }> }) {
  if (await getShopper()) redirect("/shop/customer/account");
  const { return: returnTo, session, reset } = await searchParams;
  return (
    <section className="grid gap-10 md:grid-cols-2">
      <div>
        {session === "ended" ? (
          <>
            <Alert kind="info">Your session has ended. Please sign in.</Alert>
            <ForgetEndedSession />
          </>
        ) : null}
        {reset === "done" ? <Alert kind="success">{PASSWORD_RESET_DONE}</Alert> : null}
        <h1 className="mb-2 text-3xl font-semibold">Customer Login</h1>
        <h2 className="mb-4 text-lg">Registered Customers</h2>
        <p className="mb-4 text-gray-700">If you have an account, sign in with your email address.</p>
        <ShopSignInForm returnTo={returnTo} />
        <p className="mt-4">
          <Link href="/shop/customer/account/forgotpassword" className="text-brand underline">
            Forgot Your Password?
          </Link>
        </p>
      </div>
      <div>
        <h2 className="mb-4 text-lg">New Customers</h2>
        <p className="mb-4 text-gray-700">Creating an account has many benefits: check out faster, keep more than one address, track orders and more.</p>
        <Link href="/shop/customer/account/create" className="inline-block rounded bg-brand px-4 py-2 font-medium text-white">
          Create an Account
        </Link>
      </div>
    </section>
  );
}
