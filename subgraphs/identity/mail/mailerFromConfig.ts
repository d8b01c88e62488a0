import { ConfigError, loadConfig } from '@lanyard/core/config';
import { z } from 'zod';
import { DevelopmentOutbox, developmentOutboxPath } from './developmentOutbox.ts';
import type { Mailer } from './mailPort.ts';
import { parseSmtpUrl, SmtpMailer } from './smtpMailer.ts';

export const defaultMailFrom = 'Lanyard <no-reply@lanyard.localhost>';

/**
 * The mailer a service runs with, and what the rest of the service needs to know about it:
 * `developmentOutbox` is set only when mail goes to the outbox file (for the `/dev/mailbox` page and
 * the console), `description` is one line to print at start, `close` ends pooled SMTP connections.
 */
export interface ConfiguredMailer {
  mailer: Mailer;
  developmentOutbox: DevelopmentOutbox | undefined;
  description: string;
  close(): void;
}

/** `Display Name <address>` or a bare address; the address part must be one valid email address. */
const mailFromVariable = z
  .string()
  .trim()
  .refine((value) => {
    const match = /^(?:[^<>@\r\n]*<([^<>\s]+)>|([^<>\s]+))$/.exec(value);
    const address = match?.[1] ?? match?.[2];
    return address !== undefined && z.email().safeParse(address).success;
  }, 'must be an address such as "Lanyard <no-reply@example.com>" or no-reply@example.com')
  .default(defaultMailFrom);

const smtpUrlVariable = z
  .string()
  .optional()
  // An empty SMTP_URL= (common in compose files and .env templates) means "not set".
  .transform((value) => (value === '' ? undefined : value))
  .superRefine((value, context) => {
    if (value === undefined) return;
    const parsed = parseSmtpUrl(value);
    if ('problem' in parsed) context.addIssue({ code: 'custom', message: parsed.problem });
  });

/**
 * Picks the mail adapter from the environment: SMTP_URL set → SMTP; unset → the development outbox
 * in the data folder. Production without SMTP_URL is refused rather than quietly "sending" welcome
 * and reset links into a file nobody reads.
 */
export function mailerFromConfig(
  options: { dataDir: string },
  env: Record<string, string | undefined> = process.env,
): ConfiguredMailer {
  const config = loadConfig(
    {
      NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
      SMTP_URL: smtpUrlVariable,
      MAIL_FROM: mailFromVariable,
    },
    env,
  );
  if (config.SMTP_URL) {
    const smtp = new SmtpMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
    return {
      mailer: smtp,
      developmentOutbox: undefined,
      description: `mail: ${smtp.description}, from ${config.MAIL_FROM}`,
      close: () => smtp.close(),
    };
  }
  if (config.NODE_ENV === 'production') {
    throw new ConfigError(
      'Bad configuration: SMTP_URL is required in production (e.g. smtps://user:password@mail.example.com:465)',
    );
  }
  const outbox = new DevelopmentOutbox({ path: developmentOutboxPath(options.dataDir), from: config.MAIL_FROM });
  return {
    mailer: outbox,
    developmentOutbox: outbox,
    description: `mail: development outbox ${outbox.path} (set SMTP_URL to deliver)`,
    close: () => {},
  };
}
