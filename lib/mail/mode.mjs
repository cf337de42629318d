// How this instance sends email, in one line. Plain JS so `npm start` can say
// it before the server starts; the app's transport uses the same rule.

/** Where email goes: SMTP when SMTP_URL is set, otherwise .eml files (the demo default). */
export function describeEmailMode(smtpUrl = process.env.SMTP_URL) {
  if (!smtpUrl) return "Email: written to data/mail/ (set SMTP_URL to send)";
  return `Email: SMTP to ${smtpHostPort(smtpUrl)}`;
}

/** host:port of an SMTP URL, without its user or password; the port as nodemailer defaults it. */
export function smtpHostPort(smtpUrl) {
  try {
    const u = new URL(smtpUrl);
    const port = u.port || (u.protocol === "smtps:" ? "465" : "587");
    return `${u.hostname}:${port}`;
  } catch {
    return "an unreadable SMTP_URL";
  }
}
