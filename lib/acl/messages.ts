// What an admin reads when the ACL or the session says no (pages, actions, routes).
export const NO_PERMISSION = "Sorry, you need permissions to view this content.";
export const SIGNED_OUT = "Your admin session has expired. Please sign in again.";
