// The e2e suite's mail server: a real SMTP server (smtp-server) on loopback that the
// app's sender delivers to over SMTP, keeping each message as it arrived, raw, under
// data/e2e-inbox/ (e2e/support/test-data.ts reads them back with mailparser). The cluster
// test runs one per app instance, each into its own folder.
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { root } from "./env.mjs";

export const E2E_INBOX = path.join(root, "data", "e2e-inbox");

/** Starts the receiver on this port (emptying the inbox folder first) and resolves to its SMTP URL. */
export async function startE2eInbox(port, dir = E2E_INBOX) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks = [];
      stream.on("data", (c) => chunks.push(c));
      stream.on("end", () => {
        const file = path.join(dir, `${Date.now()}-${String(++n).padStart(5, "0")}.eml`);
        // written whole, then renamed: a reader never sees half a message
        fs.writeFileSync(`${file}.part`, Buffer.concat(chunks));
        fs.renameSync(`${file}.part`, file);
        callback();
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
