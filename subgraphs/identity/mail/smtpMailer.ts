import { ConfigError } from '@lanyard/core/config';
import nodemailer from 'nodemailer';
import type { NodemailerError, SMTPPoolOptions, Transporter } from 'nodemailer';
import { assertSendable, MailDeliveryError, type Mailer, type OutgoingMail } from './mailPort.ts';

/** Where and how to reach the SMTP server, read from SMTP_URL. */
export interface SmtpServerAddress {
  host: string;
  port: number;
  /** `smtps:`: TLS from the first byte (usually port 465). `smtp:`: plain, upgraded by STARTTLS when offered. */
  implicitTls: boolean;
  credentials: { user: string; pass: string } | undefined;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Reads `smtp://[user:pass@]host[:port]` or `smtps://...`. User and password are percent-decoded, so
 * a password with `@` or `:` is written `%40` / `%3A`. Returns a problem sentence instead of throwing,
 * so configuration validation can report it beside other variables; the sentence never repeats the
 * URL, since it may hold a password.
 */
export function parseSmtpUrl(smtpUrl: string): SmtpServerAddress | { problem: string } {
  const shape = 'must look like smtp://user:password@mail.example.com:587 or smtps://mail.example.com:465';
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    return { problem: `${shape} (it is not a URL)` };
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    return { problem: `${shape} (the scheme must be smtp or smtps)` };
  }
  if (!url.hostname) return { problem: `${shape} (the host is missing)` };
  if ((url.pathname !== '' && url.pathname !== '/') || url.search || url.hash) {
    // Nodemailer would read query parameters as extra options; refusing them keeps SMTP_URL meaning
    // exactly what this parser understood.
    return { problem: `${shape} (no path, query or fragment)` };
  }
  let credentials: SmtpServerAddress['credentials'];
  try {
    credentials =
      url.username || url.password
        ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
        : undefined;
  } catch {
    return { problem: `${shape} (the user or password is not validly percent-encoded)` };
  }
  const implicitTls = url.protocol === 'smtps:';
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : implicitTls ? 465 : 587,
    implicitTls,
    credentials,
  };
}

/** How the pooled transport talks to the server named by SMTP_URL. */
export function smtpTransportOptions(address: SmtpServerAddress): SMTPPoolOptions & { pool: true } {
  return {
    pool: true,
    host: address.host,
    port: address.port,
    secure: address.implicitTls,
    auth: address.credentials,
    // A password must never cross a network in clear text: with a login over smtp:// to another
    // machine, refuse to send unless the server upgrades the connection with STARTTLS. A relay on
    // this machine (e.g. a local Postfix) may stay plain.
    requireTLS: !address.implicitTls && address.credentials !== undefined && !loopbackHosts.has(address.host),
    // Nodemailer waits minutes by default; a person waiting for a reset link should learn of an
    // outage in seconds, and a flow calling send() should not hold a request that long.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    // Messages are built from strings only; never let a value be read as a file path or a URL to fetch.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/**
 * The SMTP adapter: one pooled nodemailer transport for the life of the service, so bursts of mail
 * (a batch of invitations) reuse a few connections instead of a TLS handshake per message.
 */
export class SmtpMailer implements Mailer {
  readonly #transport: Transporter;
  readonly #from: string;
  /** Where mail goes, without credentials: safe to print at start. */
  readonly description: string;

  /** Throws a `ConfigError` naming SMTP_URL when the URL is unusable; connects only on first send. */
  constructor(options: { smtpUrl: string; from: string }) {
    const address = parseSmtpUrl(options.smtpUrl);
    if ('problem' in address) throw new ConfigError(`Bad configuration: SMTP_URL is invalid: ${address.problem}`);
    this.#from = options.from;
    this.description = `SMTP ${address.implicitTls ? 'smtps' : 'smtp'}://${address.host}:${address.port}${
      address.credentials ? ' with a login' : ''
    }`;
    this.#transport = nodemailer.createTransport(smtpTransportOptions(address));
  }

  async send(message: OutgoingMail): Promise<void> {
    assertSendable(message);
    try {
      await this.#transport.sendMail({
        from: this.#from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
    } catch (error) {
      throw toDeliveryError(error as NodemailerError);
    }
  }

  /** Closes the pooled connections; call when the service stops. */
  close(): void {
    this.#transport.close();
  }
}

const connectionCodes = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EPROXY']);
const authenticationCodes = new Set(['EAUTH', 'ENOAUTH', 'EOAUTH2']);
// 530 "authentication required", 534 "mechanism too weak", 535 "credentials invalid": replies to a
// missing or refused login, even when they come at MAIL FROM rather than at AUTH.
const authenticationReplies = new Set([530, 534, 535]);
const rejectionCodes = new Set(['EENVELOPE', 'EMESSAGE', 'EMAXRECIPIENTS', 'EREQUIRETLS']);

/**
 * Builds the error a flow sees from what nodemailer reports: its code and the server's reply line,
 * which name the cause; not nodemailer's own error as `cause`, whose fields (the command in flight)
 * could carry an encoded AUTH exchange.
 */
function toDeliveryError(error: NodemailerError): MailDeliveryError {
  // For socket errors nodemailer's own code is generic (ESOCKET); the system's (ECONNREFUSED) says more.
  const code = [error.code ?? 'no code', error.originalCode].filter(Boolean).join(' ');
  const reply = error.response ? `; the server answered: ${oneLine(error.response)}` : '';
  if (
    (error.code && authenticationCodes.has(error.code)) ||
    (error.responseCode !== undefined && authenticationReplies.has(error.responseCode))
  ) {
    return new MailDeliveryError(
      'authentication',
      `Mail not sent: the SMTP server did not accept the login in SMTP_URL (${code}${reply})`,
      { transient: false },
    );
  }
  if (error.code && connectionCodes.has(error.code)) {
    return new MailDeliveryError('connection', `Mail not sent: could not talk to the SMTP server (${code}${reply})`, {
      transient: true,
    });
  }
  if ((error.code && rejectionCodes.has(error.code)) || error.responseCode !== undefined) {
    return new MailDeliveryError('rejected', `Mail not sent: the SMTP server refused the message (${code}${reply})`, {
      transient: error.permanent === false,
    });
  }
  return new MailDeliveryError('unknown', `Mail not sent: ${code}`, { transient: false });
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}
