// Admin sign-in words shared by the server and the browser (no server imports).
export const ADMIN_SIGN_OUT_FAILED = "We could not sign you out. Please try again.";
