// Sign-in messages shown to people (shared by the realms, the forms and the tests).
export const SIGN_IN_FAILED =
  "The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later.";
export const SIGN_IN_REQUIRED_FIELDS = "Enter your sign-in details.";
export const shopperOtherWebsite = (websiteName: string) =>
  `This account belongs to another website. Please sign in on ${websiteName}.`;
