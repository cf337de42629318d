import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireShopper } from "@/lib/auth/shop-session";
import { assistanceSession } from "@/lib/login-as-customer/assistance-history";
import { ASSISTANCE_HISTORY_PATH } from "@/lib/login-as-customer/assistance-paths";
import { ASSISTANCE } from "@/lib/login-as-customer/assistance-texts";
import { AccountShell } from "@/components/shop/account-nav";
import { AssistanceSession } from "@/components/shop/assistance-session";

export const metadata: Metadata = { title: ASSISTANCE.historyTitle };

function decodedSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export default async function AssistanceSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const shopper = await requireShopper();
  // another customer's session is not found, like one that does not exist
  const session = await assistanceSession(shopper.id, decodedSegment((await params).id));
  if (!session) notFound();
  return (
    <AccountShell current={ASSISTANCE_HISTORY_PATH}>
      <h1 className="mb-6 text-3xl font-semibold">{ASSISTANCE.historyTitle}</h1>
      <AssistanceSession session={session} link={false} />
      <p className="mt-6">
        <Link href={ASSISTANCE_HISTORY_PATH} className="text-brand underline">
          Back to Assistance History
        </Link>
      </p>
    </AccountShell>
  );
}
