// System › Email Log: the filter form's fields (the keyword search covers recipient and subject).
import type { FilterDef } from "@/lib/grid/spec";
import { EMAIL_LOG_STATUS, type EmailLogFilter } from "@/lib/mail/email-log-spec";

export const EMAIL_LOG_FILTERS: FilterDef<EmailLogFilter>[] = [
  { name: "status", label: "Status", type: "select", options: Object.entries(EMAIL_LOG_STATUS).map(([value, label]) => ({ value, label })) },
];
