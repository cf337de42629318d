// Sign-in messages shown to people (shared by the realms, the forms and the tests).
export const SIGN_IN_FAILED = "The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.";
export const SIGN_IN_REQUIRED_FIELDS = "Enter your sign-in details.";
export const shopperOtherWebsite = (websiteName: string) => `This account belongs to another website. Please sign in on ${websiteName}.`;
/** Shown when the account or the IP is locked (lib/auth/throttle.ts), whatever the password. */
export const SIGN_IN_LOCKED = "Too many failed sign-in attempts. Please try again in 15 minutes.";
