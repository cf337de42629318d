import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { ASSISTANCE } from "@/lib/login-as-customer/assistance-texts";
import { assistanceSessionPath } from "@/lib/login-as-customer/assistance-paths";
import type { AssistanceSessionView } from "@/lib/login-as-customer/assistance-history";
import { FactList } from "@/components/ui/fact-list";

/** What one Login as Customer session did on the customer's account: who, when, how it ended, every action. */
export function AssistanceSession({ session, link = true }: { session: AssistanceSessionView; link?: boolean }) {
  const title = `${session.staffName}, ${formatDateTime(session.startedAt)}`;
  const headingId = `assistance-${session.id}`;
  const facts: [string, string][] = [
    ["Started", formatDateTime(session.startedAt)],
    ["Ended", session.endedAt ? formatDateTime(session.endedAt) : ASSISTANCE.inProgress],
    ["Staff member", session.staffName],
  ];
  // shown once sessions record them
  if (session.access) facts.push(["Access", session.access]);
  if (session.reason) facts.push(["Reason", session.reason]);
  if (session.endedAt) facts.push(["How it ended", session.endReason ?? ""]);
  return (
    <article aria-labelledby={headingId} className="rounded border p-4">
      <h2 id={headingId} className="mb-2 text-xl font-semibold">
        {link ? (
          <Link href={assistanceSessionPath(session.id)} className="text-brand underline">
            {title}
          </Link>
        ) : (
          title
        )}
      </h2>
      <FactList facts={facts} />
      <h3 className="mb-1 font-medium">Actions taken</h3>
      {session.actions.length === 0 ? (
        <p>No actions were taken.</p>
      ) : (
        <ol className="list-decimal pl-6">
          {session.actions.map((sentence, i) => (
            <li key={i}>{sentence}</li>
          ))}
        </ol>
      )}
    </article>
  );
}
