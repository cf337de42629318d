// The words of the "Reset your password" email, as text and HTML.
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function passwordResetEmail(customer: { firstName: string; lastName: string; email: string }, link: string) {
  const name = `${customer.firstName} ${customer.lastName}`;
  const text = [
    `Hello ${name},`,
    "",
    "We received a request to reset the password of your account. Open this link to set a new password:",
    link,
    "",
    "The link works once, within one hour. If you did not ask for it, ignore this email: your password stays as it is.",
  ].join("\n");
  const html = [
    `<p>Hello ${escapeHtml(name)},</p>`,
    "<p>We received a request to reset the password of your account.</p>",
    `<p><a href="${escapeHtml(link)}">Set a new password</a></p>`,
    "<p>The link works once, within one hour. If you did not ask for it, ignore this email: your password stays as it is.</p>",
  ].join("\n");
  return { to: `${name.replace(/[<>",\r\n]/g, "")} <${customer.email}>`, subject: "Reset your password", text, html };
}
