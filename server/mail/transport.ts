import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";

// One SMTP transport per process, built from SMTP_URL on first use. Timeouts are short: a mail is
// sent while a person waits for their action, and a dead server must not hold it for minutes.
let transport: Transporter | null = null;

export function mailConfigured(): boolean {
  return Boolean(env.SMTP_URL && env.MAIL_FROM);
}

export function getTransport(): Transporter {
  transport ??= nodemailer.createTransport(env.SMTP_URL!, {
    from: env.MAIL_FROM,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return transport;
}

/** Text with SMTP_URL's password (and user) blanked out, for log lines. */
export function redactSmtpSecrets(text: string): string {
  if (!env.SMTP_URL) return text;
  const { username, password } = new URL(env.SMTP_URL);
  let out = text;
  for (const secret of [password, decodeURIComponent(password), username, decodeURIComponent(username)]) {
    if (secret) out = out.replaceAll(secret, "***");
  }
  return out;
}
