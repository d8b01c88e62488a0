import { z } from 'zod';

/**
 * The mail port: what identity flows (invitations, password resets, "forgot company name") need of
 * mail, and nothing more. Two adapters implement it: SMTP for real delivery and a development outbox
 * (a file in the data folder) when no SMTP server is configured. The From address is configuration of
 * the adapter, never chosen by a flow, so every message leaves from the one address people can trust.
 */
export interface OutgoingMail {
  /** One recipient address, e.g. `casey@acme.example`. Never a list: one message goes to one person. */
  to: string;
  subject: string;
  /** The plain-text part; every link in the message appears here in full. */
  text: string;
  /** The HTML part; every interpolated value already escaped by the message that built it. */
  html: string;
}

export interface Mailer {
  /** Resolves once the message is accepted for delivery; rejects with a `MailDeliveryError` otherwise. */
  send(message: OutgoingMail): Promise<void>;
}

/**
 * Why a message did not go out, in terms an operator can act on:
 * - `invalidMessage`: the message itself is unusable (e.g. the recipient is not one address);
 * - `connection`: the mail server could not be reached, or the connection failed (DNS, TLS, timeout);
 * - `authentication`: the mail server refused the credentials from SMTP_URL;
 * - `rejected`: the server answered, but refused the sender, the recipient or the message;
 * - `storage`: the development outbox could not write its file;
 * - `unknown`: anything else.
 */
export type MailDeliveryFailure =
  | 'invalidMessage'
  | 'connection'
  | 'authentication'
  | 'rejected'
  | 'storage'
  | 'unknown';

/**
 * A message that could not be delivered. Its text is meant for logs, so it carries the reason, the
 * error code and the SMTP server's reply, but never the SMTP URL, user or password, and never the
 * message body (which holds single-use links).
 */
export class MailDeliveryError extends Error {
  readonly failure: MailDeliveryFailure;
  /** True when trying the same message again later may work (connection trouble, a 4xx reply). */
  readonly transient: boolean;

  constructor(failure: MailDeliveryFailure, message: string, options: { transient: boolean }) {
    super(message);
    this.name = 'MailDeliveryError';
    this.failure = failure;
    this.transient = options.transient;
  }
}

const singleAddress = z.email();

/**
 * Checks what both adapters must refuse alike, so development shows the same failures production
 * would: a recipient that is not exactly one address (a comma would fan a single-use link out to
 * several people), and a subject with line breaks (a header must stay one header).
 */
export function assertSendable(message: OutgoingMail): void {
  if (!singleAddress.safeParse(message.to).success) {
    throw new MailDeliveryError('invalidMessage', 'Mail not sent: the recipient is not one valid email address.', {
      transient: false,
    });
  }
  if (/[\r\n]/.test(message.subject)) {
    throw new MailDeliveryError('invalidMessage', 'Mail not sent: the subject contains a line break.', {
      transient: false,
    });
  }
}
