import type { Metadata } from "next";
import Link from "next/link";
import { FactList } from "@/components/ui/fact-list";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/auth/admin-session";
import { formatDateTime } from "@/lib/format";
import { emailLogMessage } from "@/lib/mail/email-log";
import { EMAIL_LOG_STATUS, SECRET_BODY_NOTE } from "@/lib/mail/email-log-spec";
import { parseIdParam } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Email Details" };

export default async function EmailLogDetails({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin("system.email_log");
  const { id } = await params;
  const messageId = parseIdParam(id);
  const message = messageId === null ? null : await emailLogMessage(messageId);
  if (!message) notFound();
  const facts: [string, string][] = [
    ["Recipient", message.to],
    ["Subject", message.subject],
    ["Status", EMAIL_LOG_STATUS[message.status]],
    ["Attempts", String(message.attempts)],
    ["Last Error", message.lastError ?? ""],
    ["Created", formatDateTime(message.createdAt, { seconds: true })],
    ["Sent", formatDateTime(message.sentAt, { seconds: true })],
    ...(message.nextAttemptAt ? [["Next Attempt", formatDateTime(message.nextAttemptAt, { seconds: true })] as [string, string]] : []),
  ];
  return (
    <section className="max-w-3xl">
      <p className="mb-4">
        <Link href="/admin/system/email-log" className="text-brand underline">
          Back to the Email Log
        </Link>
      </p>
      <h1 className="mb-6 text-3xl font-semibold">Email Details</h1>
      <FactList facts={facts} />
      <h2 className="mb-2 text-xl font-semibold">Message</h2>
      {message.carriesSecret ? (
        <p className="rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2">{SECRET_BODY_NOTE}</p>
      ) : (
        <pre aria-label="Message text" className="rounded border bg-gray-50 p-4 text-sm whitespace-pre-wrap">
          {message.text}
        </pre>
      )}
    </section>
  );
}
