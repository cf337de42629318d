import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/shop/set-password-form";
import { setPasswordAction } from "../forgotpassword/actions";

export const metadata: Metadata = { title: "Set a New Password" };

export default function SetPasswordPage() {
  return (
    <section className="max-w-xl">
      <h1 className="mb-4 text-3xl font-semibold">Set a New Password</h1>
      <SetPasswordForm action={setPasswordAction} />
      <p className="mt-6">
        <Link href="/shop/customer/account/forgotpassword" className="text-brand underline">
          Ask for a new link
        </Link>
      </p>
    </section>
  );
}
