// Texts of the HTTP layer shared by route handlers and the error pages (client components).
export const SERVICE_UNAVAILABLE = "The service is temporarily unavailable. Please try again.";
