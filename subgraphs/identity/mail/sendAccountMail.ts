import type { Mailer } from './mailPort.ts';
import type { RenderedEmail } from './messages/emailLayout.ts';

/**
 * Sends one account email; true once the mailer took it. A failure is logged for the operator and
 * answered false, and the caller decides what the person hears: recovery answers alike either way, an
 * admin action says the email did not go out.
 */
export async function sendAccountMail(mailer: Mailer, to: string, message: RenderedEmail, what: string): Promise<boolean> {
  try {
    await mailer.send({ to, subject: message.subject, text: message.text, html: message.html });
    return true;
  } catch (error) {
    // MailDeliveryError messages never hold the link or the SMTP credentials, so they are safe to log.
    console.error(`[identity] ${what} not sent: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
