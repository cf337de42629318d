// Where delivered email goes: an SMTP server through nodemailer when SMTP_URL
// is set, otherwise .eml files under data/mail/ (the demo needs no mail server).
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { smtpHostPort } from "./mode.mjs";

export const MAIL_DIR = path.join(process.cwd(), "data", "mail");

/** One message as the transport sees it. */
export interface MailEnvelope {
  /** the outbox row's id for the Message-ID: the same on every retry */
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  createdAt: Date;
}

export interface MailTransport {
  readonly description: string;
  send(mail: MailEnvelope): Promise<void>;
}

function mailOptions(mail: MailEnvelope) {
  const domain = /@([^>\s]+)>?\s*$/.exec(mail.from)?.[1] ?? "localhost";
  return {
    messageId: `<${mail.messageId}@${domain}>`,
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html ?? undefined,
    date: mail.createdAt,
  };
}

/** Sends over SMTP. Timeouts are short so one slow server cannot outlast a delivery's lease. */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  return {
    description: `SMTP to ${smtpHostPort(url)}`,
    async send(mail) {
      await transporter.sendMail(mailOptions(mail));
    },
  };
}

/** Renders each message with nodemailer and writes it as `<time>-<Message-ID>.eml`; a retry overwrites its own file. */
export function fileTransport(dir = MAIL_DIR): MailTransport {
  const renderer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    description: `files in ${dir}`,
    async send(mail) {
      const info = await renderer.sendMail(mailOptions(mail));
      const stamp = mail.createdAt.toISOString().replace(/\D/g, "").slice(0, 14);
      const file = path.join(dir, `${stamp}-${mail.messageId}.eml`);
      await fs.mkdir(dir, { recursive: true });
      // written whole or not at all: a reader never sees half a message
      const partial = `${file}.part`;
      await fs.writeFile(partial, info.message as Buffer);
      await fs.rename(partial, file);
    },
  };
}

let configured: MailTransport | undefined;

/** The transport the environment asks for, made once per process. */
export function mailTransport(): MailTransport {
  const url = env().SMTP_URL;
  configured ??= url ? smtpTransport(url) : fileTransport();
  return configured;
}
