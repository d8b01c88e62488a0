import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DevelopmentOutbox } from './developmentOutbox.ts';
import { defaultMailFrom, mailerFromConfig } from './mailerFromConfig.ts';
import { SmtpMailer } from './smtpMailer.ts';

const dataDir = join('tmp', 'lanyard-data');

/** The first line of an error's message, and whether there was only one. */
function refusal(start: () => unknown): string {
  try {
    start();
  } catch (error) {
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('mail configuration', () => {
  it('without SMTP_URL in development, keeps mail in the outbox file in the data folder', () => {
    const configured = mailerFromConfig({ dataDir }, { NODE_ENV: 'development' });
    expect(configured.mailer).toBeInstanceOf(DevelopmentOutbox);
    expect(configured.developmentOutbox?.path).toBe(join(dataDir, 'mail-outbox.jsonl'));
    expect(configured.description).toBe(
      `mail: development outbox ${join(dataDir, 'mail-outbox.jsonl')} (set SMTP_URL to deliver)`,
    );
    configured.close();
  });

  it('treats an empty SMTP_URL as unset', () => {
    expect(mailerFromConfig({ dataDir }, { SMTP_URL: '' }).developmentOutbox).toBeDefined();
  });

  it('refuses to start in production without SMTP_URL, in one line naming it', () => {
    for (const env of [{ NODE_ENV: 'production' }, { NODE_ENV: 'production', SMTP_URL: '' }]) {
      expect(refusal(() => mailerFromConfig({ dataDir }, env))).toBe(
        'Bad configuration: SMTP_URL is required in production (e.g. smtps://user:password@mail.example.com:465)',
      );
    }
  });

  it('with SMTP_URL, sends through SMTP, and describes it without the password', () => {
    const configured = mailerFromConfig(
      { dataDir },
      { NODE_ENV: 'production', SMTP_URL: 'smtps://mailer:s3cret-pass@mail.example.com', MAIL_FROM: 'it@acme.example' },
    );
    try {
      expect(configured.mailer).toBeInstanceOf(SmtpMailer);
      expect(configured.developmentOutbox).toBeUndefined();
      expect(configured.description).toBe('mail: SMTP smtps://mail.example.com:465 with a login, from it@acme.example');
      expect(configured.description).not.toContain('s3cret');
    } finally {
      configured.close();
    }
  });

  it('names SMTP_URL when it is not a usable SMTP URL, without repeating the password in it', () => {
    const cases = [
      'mail.example.com:587',
      'http://mail.example.com',
      'smtp://',
      'smtp://mailer:s3cret-pass@mail.example.com:587/inbox',
      'smtp://mailer:s3cret-pass@mail.example.com:587?tls.rejectUnauthorized=false',
      'smtp://mailer:s3cret-pass@mail.example.com:99999',
    ];
    for (const SMTP_URL of cases) {
      const message = refusal(() => mailerFromConfig({ dataDir }, { SMTP_URL }));
      expect(message).toMatch(/^Bad configuration: SMTP_URL is invalid: must look like smtp:\/\/user:password@/);
      expect(message).not.toContain('s3cret');
    }
  });

  it('uses a Lanyard From address by default and accepts a configured one, named or bare', () => {
    expect(defaultMailFrom).toBe('Lanyard <no-reply@lanyard.localhost>');
    for (const MAIL_FROM of ['Acme IT <it@acme.example>', 'it@acme.example', '"Acme, IT" <it@acme.example>']) {
      expect(() => mailerFromConfig({ dataDir }, { MAIL_FROM })).not.toThrow();
    }
  });

  it('names MAIL_FROM when it is not an address', () => {
    for (const MAIL_FROM of ['Lanyard', 'Lanyard <no-reply>', 'a@example.com, b@example.com', '<>']) {
      expect(refusal(() => mailerFromConfig({ dataDir }, { MAIL_FROM }))).toMatch(
        /^Bad configuration: MAIL_FROM is invalid: must be an address such as/,
      );
    }
  });

  it('reports every bad mail variable at once', () => {
    expect(refusal(() => mailerFromConfig({ dataDir }, { SMTP_URL: 'http://x', MAIL_FROM: 'nobody' }))).toMatch(
      /SMTP_URL is invalid.*; MAIL_FROM is invalid/,
    );
  });
});
