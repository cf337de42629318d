// The database side of test-data.ts, run as a child process with tsx (the
// generated Prisma client does not load inside Playwright's test loader).
// Usage: tsx e2e/support/test-data-commands.ts <command> [json-args]; prints JSON.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { createPrismaClient } from "../../lib/db-client";
import { hashPassword } from "../../lib/auth/password";

const db = createPrismaClient(process.env.E2E_DATABASE_URL || "file:./data/e2e.db");

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const commands: Record<string, (args: any) => Promise<unknown>> = {
  /** A new role with exactly these resources and a user holding it. */
  async createAdmin({
    resources = [],
    all = false,
    password = "Test12345!",
    firstName = "E2e",
    lastName,
  }: {
    resources?: string[];
    all?: boolean;
    password?: string;
    firstName?: string;
    lastName?: string;
  }) {
    const id = crypto.randomBytes(4).toString("hex");
    const role = all
      ? await db.adminRole.findUniqueOrThrow({ where: { name: "Administrators" } })
      : await db.adminRole.create({ data: { name: `e2e role ${id}`, resources: { create: resources.map((resource) => ({ resource })) } } });
    const user = await db.adminUser.create({
      data: {
        username: `e2e_${id}`,
        firstName,
        lastName: lastName ?? id,
        email: `e2e_${id}@example.com`,
        passwordHash: await hashPassword(password),
        roleId: role.id,
      },
    });
    return { username: user.username, password };
  },
  async customer({ email }: { email: string }) {
    return db.customer.findFirstOrThrow({ where: { email }, select: { id: true, assistanceAllowed: true, firstName: true } });
  },
  /** A generated customer without consent, different per call (for parallel workers). */
  async customerWithoutConsent({ skip }: { skip: number }) {
    return db.customer.findFirstOrThrow({
      where: { assistanceAllowed: false, email: { contains: "." }, NOT: { email: "john.smith@example.com" } },
      orderBy: { id: "desc" },
      skip,
      select: { id: true, assistanceAllowed: true },
    });
  },
  async setAssistance({ id, value }: { id: number; value: boolean }) {
    return db.customer.update({ where: { id }, data: { assistanceAllowed: value }, select: { id: true, assistanceAllowed: true } });
  },
  async lastSignInIp({ username }: { username: string }) {
    const entry = await db.actionLog.findFirstOrThrow({ where: { actionGroup: "Admin Sign In", username }, orderBy: { id: "desc" }, select: { ip: true } });
    return entry.ip;
  },
  /** The newest email the e2e server delivered (as a .eml file under data/mail/) to this address, or null. */
  async lastEmailTo({ to, subject }: { to: string; subject?: string }) {
    const dir = path.join(process.cwd(), "data", "mail");
    const files = fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((f) => f.endsWith(".eml"))
          .sort()
          .reverse()
      : [];
    for (const file of files) {
      const mail = await simpleParser(fs.readFileSync(path.join(dir, file)));
      const recipients = [mail.to]
        .flat()
        .flatMap((a) => a?.value ?? [])
        .map((v) => v.address?.toLowerCase());
      if (recipients.includes(to.toLowerCase()) && (!subject || mail.subject === subject))
        return { subject: mail.subject, text: mail.text, html: mail.html || null };
    }
    return null;
  },
  async assistance({ id }: { id: number }) {
    return (await db.customer.findUniqueOrThrow({ where: { id }, select: { assistanceAllowed: true } })).assistanceAllowed;
  },
};

const [command, json] = process.argv.slice(2);
commands[command](JSON.parse(json ?? "{}"))
  .then((result) => {
    process.stdout.write(JSON.stringify(result));
    process.exit(0);
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
