// Every text of the Login as Customer feature (dialogs, banner, refusals, order comments), shared by code and tests.
export const LAC = {
  buttonLabel: "Login as Customer",
  confirmTitle: "You are about to Login as Customer",
  confirmText: 'Actions taken while in "Login as Customer" will affect actual customer data.',
  selectStoreTitle: "Login as Customer: Select Store",
  storeViewLabel: "Store View",
  selectStoreRequired: "Please select a Store View to login in.",
  notEnabledTitle: "Login as Customer not enabled",
  notEnabledText: 'The user has not enabled the "Allow remote shopping assistance" functionality. Contact the customer to discuss this user configuration.',
  assistanceDisabledForCustomer: "Login as Customer assistance is disabled for this Customer.",
  customerGone: "Customer with this ID no longer exists.",
  featureDisabled: "Login as Customer is disabled.",
  notAllowed: "You are not allowed to login as customer.",
  invalidStoreView: "The selected store view is not available for this customer.",
  loginFailed: "Login was not successful.",
  loggedInAs: (fullName: string) => `You are logged in as customer: ${fullName}`,
  banner: (fullName: string, websiteName: string) => `You are connected as ${fullName} on ${websiteName}`,
  closeSession: "Close Session",
  bannerViewOnly: " (view only)",
  sessionEndsIn: (clock: string) => `Session ends in ${clock}`,
  reasonLabel: "Reason",
  reasonRequired: "Please enter a reason (at least 5 characters).",
  reasonTooLong: "Use 500 characters or fewer.",
  accessLabel: "Access",
  accessView: "View only",
  accessAssist: "Assist (make changes)",
  /** a session's access as the log, Assistance History and the emails name it */
  accessName: (access: string) => (access === "assist" ? "Assist" : "View only"),
  viewOnlyRole: "Your role allows view-only sessions.",
  viewOnlyRefused: "This action is not available in a view-only session.",
  actionNotAllowed: "This action is not available while logged in as customer.",
  noPermissionOptIn: "You have no permission to change Opt-In preference.",
  orderCommentCustomer: "Order Placed by Store Administrator",
  orderCommentAdmin: (first: string, last: string) => `Order Placed by ${first} ${last} using Login as Customer`,
} as const;

/** Why a secret did not sign in: the failed login's log entry, and the storefront's message after "Login was not successful." */
export const REDEEM_FAILURE_REASONS = {
  malformed: "The secret is malformed.",
  unknown: "The secret is unknown.",
  already_used: "The secret was already used.",
  expired: "The secret has expired.",
  revoked: "The admin started another session or signed out before the secret was used.",
  feature_disabled: LAC.featureDisabled,
  admin_inactive: "The admin user is inactive or no longer exists.",
  admin_forbidden: 'The admin user no longer has the "Allow Login as Customer" permission.',
  customer_not_found: LAC.customerGone,
  no_consent: LAC.assistanceDisabledForCustomer,
  invalid_store_view: LAC.invalidStoreView,
  rate_limited: "Too many invalid Login as Customer links were opened from this address. Please wait and try again later.",
};

export type RedeemFailure = keyof typeof REDEEM_FAILURE_REASONS;
