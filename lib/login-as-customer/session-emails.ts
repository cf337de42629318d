// The words of the two emails a customer gets about a Login as Customer session
// (SPEC 10.4), as text and HTML: "A store associate is assisting you" when it
// starts, "Summary of your assisted session" when it ends, with the actions in
// the words of Assistance History (action-sentences.ts). The sender's display
// name is the store's name; the outbox and its sender deliver them (lib/mail).
import { LAC } from "./messages";
import { formatDateTime } from "@/lib/format";
import type { OutgoingEmail } from "@/lib/mail/outbox";
import { ASSISTANCE_HISTORY_PATH } from "./assistance-paths";

export const START_SUBJECT = "A store associate is assisting you";
export const SUMMARY_SUBJECT = "Summary of your assisted session";
export const NO_CHANGES = "No changes were made.";
export const EMAIL_KINDS = { start: "login-as-customer.start", end: "login-as-customer.end" } as const;

const DEFAULT_OPT_IN_TITLE = "Allow remote shopping assistance";
/** "Ended by an admin from the Login as Customer Log (admin)": the customer reads the reason, not the admin's username */
const LOG_END_PREFIX = "Ended by an admin from the Login as Customer Log";

/** What both emails tell about a session, from its LoginAsCustomerSession row. */
export type SessionEmailFacts = {
  customerName: string;
  customerEmail: string;
  /** "Admin U." */
  staffName: string;
  /** the store as the customer knows it (the website the session is on) */
  storeName: string;
  startedAt: Date;
  /** SPEC 10.5: the session's reason, once sessions store one */
  reason?: string | null;
  /** SPEC 10.6: the session's access, once sessions store one */
  access?: "view" | "assist" | null;
};

export type EndedSessionFacts = SessionEmailFacts & { endedAt: Date; endReason: string };

type Words = Omit<OutgoingEmail, "carriesSecret">;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
const when = (d: Date) => `${formatDateTime(d)} UTC`;
const staff = (s: SessionEmailFacts) => s.staffName.trim() || "A store associate";

/** Where the customer reads every session on their account. */
export const assistanceHistoryUrl = (appUrl: string) => `${appUrl.replace(/\/+$/, "")}${ASSISTANCE_HISTORY_PATH}`;

/** How the session ended, as the customer reads it. */
export function endReasonForCustomer(reason: string): string {
  return reason.startsWith(LOG_END_PREFIX) ? LOG_END_PREFIX : reason;
}

function recipient(s: SessionEmailFacts): string {
  const name = s.customerName.replace(/[<>",\r\n]/g, "").trim();
  return name ? `${name} <${s.customerEmail}>` : s.customerEmail;
}

/** The facts as label/value lines: who, when, and the access and reason when the session has them. */
function facts(s: SessionEmailFacts, extra: [string, string][] = []): [string, string][] {
  const lines: [string, string][] = [["Staff member", staff(s)], ["Started", when(s.startedAt)], ...extra];
  if (s.access) lines.push(["Access", LAC.accessName(s.access)]);
  if (s.reason?.trim()) lines.push(["Reason", s.reason.trim()]);
  return lines;
}

const factsText = (lines: [string, string][]) => lines.map(([k, v]) => `${k}: ${v}`);
const factsHtml = (lines: [string, string][]) => ["<ul>", ...lines.map(([k, v]) => `<li><strong>${escapeHtml(k)}:</strong> ${escapeHtml(v)}</li>`), "</ul>"];

/** "A store associate is assisting you": who, since when, why and with which access, how to end it, the history. */
export function sessionStartEmail(s: SessionEmailFacts, opts: { appUrl: string; optInTitle?: string }): Words {
  const link = assistanceHistoryUrl(opts.appUrl);
  const optIn = opts.optInTitle?.trim() || DEFAULT_OPT_IN_TITLE;
  const intro = `${staff(s)} from ${s.storeName} started assisting you in your account on ${when(s.startedAt)}. ${
    s.access === "view" ? "They see your account as you do, without making changes" : "They see your account as you do and can act on your behalf"
  }; everything they do is recorded.`;
  const howToEnd = `To end the session at any time, sign in to your account: the notice on every page has an End assistance button. You can also turn off "${optIn}" in Account Information.`;
  const history = "You will receive a summary when the session ends. Every session on your account is listed in your Assistance History:";
  const lines = facts(s);
  const text = [`Hello ${s.customerName},`, "", intro, "", ...factsText(lines), "", howToEnd, "", history, link].join("\n");
  const html = [
    `<p>Hello ${escapeHtml(s.customerName)},</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    ...factsHtml(lines),
    `<p>${escapeHtml(howToEnd)}</p>`,
    `<p>${escapeHtml(history)} <a href="${escapeHtml(link)}">Assistance History</a></p>`,
  ].join("\n");
  return { to: recipient(s), subject: START_SUBJECT, text, html, kind: EMAIL_KINDS.start, fromName: s.storeName };
}

/** "Summary of your assisted session": start, end, how it ended, every action taken (in order), the history. */
export function sessionSummaryEmail(s: EndedSessionFacts, actions: string[], opts: { appUrl: string }): Words {
  const link = assistanceHistoryUrl(opts.appUrl);
  const intro = `The session in which ${staff(s)} from ${s.storeName} assisted you in your account has ended.`;
  const lines = facts(s, [
    ["Ended", when(s.endedAt)],
    ["How it ended", endReasonForCustomer(s.endReason)],
  ]);
  const done = actions.length > 0 ? "What was done in your account:" : NO_CHANGES;
  const history = "Every session on your account is listed in your Assistance History:";
  const text = [`Hello ${s.customerName},`, "", intro, "", ...factsText(lines), "", done, ...actions.map((a) => `- ${a}`), "", history, link].join("\n");
  const html = [
    `<p>Hello ${escapeHtml(s.customerName)},</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    ...factsHtml(lines),
    `<p>${escapeHtml(done)}</p>`,
    ...(actions.length > 0 ? ["<ol>", ...actions.map((a) => `<li>${escapeHtml(a)}</li>`), "</ol>"] : []),
    `<p>${escapeHtml(history)} <a href="${escapeHtml(link)}">Assistance History</a></p>`,
  ].join("\n");
  return { to: recipient(s), subject: SUMMARY_SUBJECT, text, html, kind: EMAIL_KINDS.end, fromName: s.storeName };
}
