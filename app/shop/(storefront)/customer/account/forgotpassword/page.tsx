import type { Metadata } from "next";
import { ActionField, ActionForm, SubmitButton } from "@/components/ui/action-form";
import { requestPasswordResetAction } from "./actions";

export const metadata: Metadata = { title: "Forgot Your Password?" };

export default function ForgotPasswordPage() {
  return (
    <section className="max-w-xl">
      <h1 className="mb-4 text-3xl font-semibold">Forgot Your Password?</h1>
      <p className="mb-4 text-gray-700">Please enter your email address below to receive a password reset link.</p>
      <ActionForm action={requestPasswordResetAction} label="Forgot Your Password?">
        <ActionField label="Email" name="email" type="email" autoComplete="email" required />
        <SubmitButton>Reset My Password</SubmitButton>
      </ActionForm>
    </section>
  );
}
