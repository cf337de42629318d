import type { Metadata } from "next";
import Link from "next/link";
import { requireShopper } from "@/lib/auth/shop-session";
import { assistanceHistory, parseHistoryPage } from "@/lib/login-as-customer/assistance-history";
import { ASSISTANCE_HISTORY_PATH } from "@/lib/login-as-customer/assistance-paths";
import { ASSISTANCE } from "@/lib/login-as-customer/assistance-texts";
import { AccountShell } from "@/components/shop/account-nav";
import { AssistanceSession } from "@/components/shop/assistance-session";

export const metadata: Metadata = { title: ASSISTANCE.historyTitle };

const pageHref = (p: number) => (p <= 1 ? ASSISTANCE_HISTORY_PATH : `${ASSISTANCE_HISTORY_PATH}?p=${p}`);

// During Login as Customer the admin sees the same history: it is the customer's account, as the customer sees it.
export default async function AssistanceHistoryPage({ searchParams }: { searchParams: Promise<{ p?: string | string[] }> }) {
  const shopper = await requireShopper();
  const history = await assistanceHistory(shopper.id, parseHistoryPage((await searchParams).p));
  return (
    <AccountShell current={ASSISTANCE_HISTORY_PATH}>
      <h1 className="mb-6 text-3xl font-semibold">{ASSISTANCE.historyTitle}</h1>
      {history.total === 0 ? (
        <p>{ASSISTANCE.noSessions}</p>
      ) : (
        <>
          <ol aria-label="Sessions" className="space-y-4">
            {history.sessions.map((s) => (
              <li key={s.id}>
                <AssistanceSession session={s} />
              </li>
            ))}
          </ol>
          {history.pageCount > 1 ? (
            <nav aria-label="Pagination" className="mt-6 flex items-center gap-4">
              {history.page > 1 ? (
                <Link href={pageHref(history.page - 1)} rel="prev" className="text-brand underline">
                  Previous page
                </Link>
              ) : null}
              <span>
                Page {history.page} of {history.pageCount}
              </span>
              {history.page < history.pageCount ? (
                <Link href={pageHref(history.page + 1)} rel="next" className="text-brand underline">
                  Next page
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </AccountShell>
  );
}
