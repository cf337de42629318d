// System › Email Log as data, for the server and the grid's cells alike: the words for
// each status, which columns sort, which filters the URL may carry. The queries are in email-log.ts.
import { z } from "zod";
import { parseGridParams, type GridParams, type RawSearchParams } from "@/lib/grid/params";
import type { EmailStatus } from "./outbox";

/** What the admin reads for a status: a claimed message being sent is still queued. */
export const EMAIL_LOG_STATUS = { queued: "Queued", sent: "Sent", failed: "Failed" } as const;
export type EmailLogStatus = keyof typeof EMAIL_LOG_STATUS;

export const STATUSES_OF: Record<EmailLogStatus, EmailStatus[]> = { queued: ["pending", "sending"], sent: ["sent"], failed: ["failed"] };

export function emailLogStatus(status: string): EmailLogStatus {
  return status === "sent" ? "sent" : status === "failed" ? "failed" : "queued";
}

export const EMAIL_LOG_SORTS = ["createdAt", "status"] as const;
export type EmailLogSort = (typeof EMAIL_LOG_SORTS)[number];

export const EMAIL_LOG_GRID_SPEC = {
  // only what an index serves
  sortColumns: EMAIL_LOG_SORTS,
  defaultSort: { id: "createdAt" as EmailLogSort, desc: true },
  filters: { status: z.enum(["queued", "sent", "failed"]) },
  hideableColumns: ["attempts", "lastError", "createdAt", "sentAt"],
  countCap: 10_000,
};

export type EmailLogFilter = keyof typeof EMAIL_LOG_GRID_SPEC.filters;
export type EmailLogParams = GridParams<EmailLogSort, typeof EMAIL_LOG_GRID_SPEC.filters>;
export const parseEmailLogParams = (sp: RawSearchParams): EmailLogParams => parseGridParams(sp, EMAIL_LOG_GRID_SPEC);

export type EmailLogRow = {
  id: number;
  to: string;
  subject: string;
  status: EmailLogStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
};

/** Shown in place of the body of a message that carries a secret. */
export const SECRET_BODY_NOTE = "This message carries a secret (a password reset link); its content is not shown.";
