// The database side of test-data.ts, in its own process run with tsx (the
// generated Prisma client does not load inside Playwright's test loader).
//   tsx e2e/support/test-data-commands.ts --serve   serves the commands on 127.0.0.1:E2E_TESTDATA_PORT
//       (POST /<command> with the JSON arguments; started by scripts/e2e-server.mjs beside the app, so a
//       call costs a request, not a process loading Prisma)
//   tsx e2e/support/test-data-commands.ts <command> [json-args]   runs one command; prints JSON
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
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
  /** Consent as given (`until`: the grant's end as an ISO time; absent or null: until turned off). */
  async setAssistance({ id, value, until }: { id: number; value: boolean; until?: string | null }) {
    return db.customer.update({
      where: { id },
      data: { assistanceAllowed: value, assistanceAllowedUntil: value && until ? new Date(until) : null },
      select: { id: true, assistanceAllowed: true },
    });
  },
  /**
   * `count` ended Login as Customer sessions (admin name "Grid <tag>") and `count` Actions
   * Report entries (details "<tag> entry <n>"), an hour apart, for a grid spec to page and sort;
   * with `activeFor` (an admin's username, with no open session) also one open session of that admin.
   */
  async gridRows({ tag, count, activeFor }: { tag: string; count: number; activeFor?: string }) {
    const admin = await db.adminUser.findFirstOrThrow({ where: { username: "admin" } });
    const customer = await db.customer.findFirstOrThrow({ where: { email: "roni_cost@example.com" }, include: { storeView: true, website: true } });
    const base = Date.UTC(2024, 0, 1);
    for (let i = 0; i < count; i++) {
      const at = new Date(base + i * 3_600_000);
      await db.loginAsCustomerSession.create({
        data: {
          id: crypto.randomUUID(),
          adminUserId: admin.id,
          adminName: `Grid ${tag}`,
          adminUsername: admin.username,
          customerId: customer.id,
          customerEmail: `grid${i}.${tag}@example.com`,
          customerName: `${customer.firstName} ${customer.lastName}`,
          storeViewId: customer.storeViewId,
          storeViewName: customer.storeView.name,
          websiteName: customer.website.name,
          startedAt: at,
          endedAt: new Date(at.getTime() + 60_000),
          endReason: "Closed by the admin (Close Session)",
        },
      });
      await db.actionLog.create({
        data: {
          createdAt: at,
          actionGroup: "Customers",
          action: `grid_action_${String(i).padStart(2, "0")}`,
          fullActionName: "customer_index_save",
          result: "success",
          username: admin.username,
          adminUserId: admin.id,
          ip: "198.51.100.7",
          details: `${tag} entry ${i}`,
        },
      });
    }
    if (activeFor) {
      const agent = await db.adminUser.findUniqueOrThrow({ where: { username: activeFor } });
      await db.loginAsCustomerSession.create({
        data: {
          id: crypto.randomUUID(),
          adminUserId: agent.id,
          adminName: `Grid ${tag}`,
          adminUsername: agent.username,
          customerId: customer.id,
          customerEmail: `active.${tag}@example.com`,
          customerName: `${customer.firstName} ${customer.lastName}`,
          storeViewId: customer.storeViewId,
          storeViewName: customer.storeView.name,
          websiteName: customer.website.name,
        },
      });
    }
    return { count };
  },
  async lastSignInIp({ username }: { username: string }) {
    const entry = await db.actionLog.findFirstOrThrow({ where: { actionGroup: "Admin Sign In", username }, orderBy: { id: "desc" }, select: { ip: true } });
    return entry.ip;
  },
  /** The newest email the e2e server's SMTP receiver got for this address (kept under data/e2e-inbox/), or null. */
  async lastEmailTo({ to, subject }: { to: string; subject?: string }) {
    const dir = path.join(process.cwd(), "data", "e2e-inbox");
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
  /** Edits a sealed action log entry's Details behind the app's back (SPEC 10.8); returns what it was. */
  async tamperActionLog({ id, details }: { id?: number; details: string }) {
    const row = id
      ? await db.actionLog.findUniqueOrThrow({ where: { id } })
      : await db.actionLog.findFirstOrThrow({ where: { sealSeq: { not: null } }, orderBy: { sealSeq: "desc" } });
    await db.actionLog.update({ where: { id: row.id }, data: { details } });
    return { id: row.id, details: row.details };
  },
  /** The latest `npm run log:verify` result, as the Actions Report reads it. */
  async latestVerification() {
    return db.logVerification.findFirst({ orderBy: [{ at: "desc" }, { id: "desc" }], select: { ok: true, throughEntryId: true, failedEntry: true } });
  },
  async assistance({ id }: { id: number }) {
    return (await db.customer.findUniqueOrThrow({ where: { id }, select: { assistanceAllowed: true } })).assistanceAllowed;
  },
};

const [command, json] = process.argv.slice(2);
if (command === "--serve") {
  const port = Number(process.env.E2E_TESTDATA_PORT);
  http
    .createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        const name = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname.slice(1));
        const reply = (status: number, value: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(value ?? null));
        if (!Object.hasOwn(commands, name)) return reply(404, { error: `no test-data command ${name}` });
        commands[name](JSON.parse(body || "{}")).then(
          (result) => reply(200, result),
          (e: unknown) => reply(500, { error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
        );
      });
    })
    .listen(port, "127.0.0.1", () => console.log(`e2e: test data commands on 127.0.0.1:${port}`));
} else {
  commands[command](JSON.parse(json ?? "{}"))
    .then((result) => {
      process.stdout.write(JSON.stringify(result));
      process.exit(0);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
