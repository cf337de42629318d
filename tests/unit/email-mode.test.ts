import { describe, expect, it } from "vitest";
import { describeEmailMode } from "@/lib/mail/mode.mjs";

describe("where npm start says email goes", () => {
  it("names the SMTP host and port, never the password", () => {
    expect(describeEmailMode("smtp://mailer:hunter2@mail.example.com:2525")).toBe("Email: SMTP to mail.example.com:2525");
    expect(describeEmailMode("smtp://mail.example.com")).toBe("Email: SMTP to mail.example.com:587");
    expect(describeEmailMode("smtps://mail.example.com")).toBe("Email: SMTP to mail.example.com:465");
  });

  it("says the demo writes files when SMTP_URL is not set", () => {
    expect(describeEmailMode(undefined)).toBe("Email: written to data/mail/ (set SMTP_URL to send)");
    expect(describeEmailMode("")).toBe("Email: written to data/mail/ (set SMTP_URL to send)");
  });
});
