// Where the customer reads their Assistance History (SPEC 10.2): linked from My Account and from both emails.
export const ASSISTANCE_HISTORY_PATH = "/shop/customer/account/assistance";

export function assistanceSessionPath(sessionId: string): string {
  return `${ASSISTANCE_HISTORY_PATH}/${encodeURIComponent(sessionId)}`;
}
