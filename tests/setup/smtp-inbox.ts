// A real SMTP server (smtp-server) on a free port, in the test process: the mail code talks SMTP to
// it exactly as to a production server, and each received message is parsed with mailparser.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string[]; mail: ParsedMail };

/** Starts the inbox; it requires AUTH with `user`/`password` and refuses recipients in `refuse`. */
export async function startSmtpInbox(opts: { user: string; password: string; refuse?: string[] }) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"], // plain SMTP on loopback; no certificate to trust
    allowInsecureAuth: true,
    authMethods: ["PLAIN", "LOGIN"],
    onAuth(auth, _session, cb) {
      if (auth.username === opts.user && auth.password === opts.password) cb(null, { user: auth.username });
      else cb(new Error("Invalid username or password"));
    },
    onRcptTo(address, _session, cb) {
      if (opts.refuse?.includes(address.address)) cb(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
      else cb();
    },
    async onData(stream, session, cb) {
      try {
        const mail = await simpleParser(stream);
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
        cb();
      } catch (err) {
        cb(err as Error);
      }
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    /** The messages to one address, oldest first. */
    to: (address: string) => received.filter((r) => r.to.includes(address)).map((r) => r.mail),
    clear: () => void received.splice(0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
