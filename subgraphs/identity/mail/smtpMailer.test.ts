import { createServer, type AddressInfo } from 'node:net';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailDeliveryError } from './mailPort.ts';
import { welcomeMessage } from './messages/welcomeMessage.ts';
import { parseSmtpUrl, SmtpMailer, smtpTransportOptions } from './smtpMailer.ts';

/** What the test's SMTP server received: the envelope, who logged in, and the parsed message. */
interface ReceivedMail {
  login: string | undefined;
  envelopeFrom: string | undefined;
  envelopeTo: string[];
  parsed: ParsedMail;
}

const smtpUser = 'lanyard';
// Characters that must be percent-encoded in a URL, to prove the adapter decodes them.
const smtpPassword = 'p@ss:word/42';
const refusedRecipient = 'nobody@acme.example';

let server: SMTPServer;
let port: number;
const received: ReceivedMail[] = [];
let nextDelivery: { resolve: (mail: ReceivedMail) => void } | undefined;

/** Resolves with the next message the server accepts. */
function nextReceived(): Promise<ReceivedMail> {
  return new Promise((resolve) => {
    nextDelivery = { resolve };
  });
}

beforeAll(async () => {
  server = new SMTPServer({
    logger: false,
    // Plain SMTP on loopback: no STARTTLS to offer, and AUTH allowed without TLS for the test only.
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    // A login is required, so a delivery proves the credentials from SMTP_URL were used.
    authOptional: false,
    onAuth(auth, _session, callback) {
      if (auth.username === smtpUser && auth.password === smtpPassword) return callback(null, { user: auth.username });
      return callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      if (address.address === refusedRecipient) {
        return callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
      }
      return callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: ReceivedMail = {
            login: session.user as string | undefined,
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
            envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
            parsed,
          };
          received.push(mail);
          nextDelivery?.resolve(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function smtpUrl(password = smtpPassword): string {
  return `smtp://${smtpUser}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
}

function firstAddress(field: AddressObject | AddressObject[] | undefined) {
  const object = Array.isArray(field) ? field[0] : field;
  return object?.value[0];
}

/** A TCP port on loopback where nothing listens. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port: free } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return free;
}

const signUpUrl = 'https://lanyard.localhost/sign-up?token=q2Vx3fJ9cW1mZ8tR4yK0Pw&company=acme';

describe('SMTP mailer against a real SMTP server', () => {
  it('delivers the welcome email, logged in with the credentials from SMTP_URL, and its link can be followed', async () => {
    const mailer = new SmtpMailer({ smtpUrl: smtpUrl(), from: 'Acme IT via Lanyard <no-reply@acme.example>' });
    try {
      const message = welcomeMessage({
        companyName: 'Acme MSP',
        displayName: 'Casey Jones',
        username: 'casey',
        signUpUrl,
        expiresInHours: 72,
      });
      const arrival = nextReceived();
      await mailer.send({ to: 'casey@acme.example', ...message });
      const mail = await arrival;

      expect(mail.login).toBe(smtpUser);
      expect(mail.envelopeFrom).toBe('no-reply@acme.example');
      expect(mail.envelopeTo).toEqual(['casey@acme.example']);
      expect(firstAddress(mail.parsed.from)).toEqual({ name: 'Acme IT via Lanyard', address: 'no-reply@acme.example' });
      expect(firstAddress(mail.parsed.to)?.address).toBe('casey@acme.example');
      expect(mail.parsed.subject).toBe('Set up your Lanyard account for Acme MSP');

      // Both parts arrived, and say what the person needs.
      const text = mail.parsed.text ?? '';
      const html = typeof mail.parsed.html === 'string' ? mail.parsed.html : '';
      expect(text).toContain('Username: casey');
      expect(text).toContain('expires in 72 hours');
      expect(html).toContain('<h1');
      expect(html).toContain('Company name: Acme MSP');

      // Follow the link as a reader of the plain-text part would: the address on its own line.
      const linkInText = text.split('\n').find((line) => line.startsWith('https://'));
      expect(linkInText).toBe(signUpUrl);
      const linkInHtml = /href="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
      expect(linkInHtml).toBe(signUpUrl);
    } finally {
      mailer.close();
    }
  });

  it('sends several messages at once over the pooled connections', async () => {
    const mailer = new SmtpMailer({ smtpUrl: smtpUrl(), from: 'no-reply@acme.example' });
    try {
      const before = received.length;
      const recipients = ['a@acme.example', 'b@acme.example', 'c@acme.example', 'd@acme.example'];
      await Promise.all(
        recipients.map((to) =>
          mailer.send({ to, subject: `Hello ${to}`, text: `Hello ${to}`, html: `<p>Hello ${to}</p>` }),
        ),
      );
      const arrived = received.slice(before).map((mail) => firstAddress(mail.parsed.to)?.address);
      expect(arrived.sort()).toEqual(recipients);
    } finally {
      mailer.close();
    }
  });

  it('reports a refused login as an authentication failure, without the password', async () => {
    const wrongPassword = 'not-the-Secret-9';
    const mailer = new SmtpMailer({ smtpUrl: smtpUrl(wrongPassword), from: 'no-reply@acme.example' });
    try {
      const error = await mailer
        .send({ to: 'casey@acme.example', subject: 'Hi', text: 'Hi', html: '<p>Hi</p>' })
        .then(() => undefined, (failure: unknown) => failure);
      expect(error).toBeInstanceOf(MailDeliveryError);
      expect(error).toMatchObject({ failure: 'authentication', transient: false });
      const message = (error as Error).message;
      expect(message).toMatch(/^Mail not sent: the SMTP server did not accept the login in SMTP_URL \(EAUTH/);
      expect(message).toContain('535');
      expect(message).not.toContain(wrongPassword);
      expect(message).not.toContain(encodeURIComponent(wrongPassword));
      expect(message).not.toContain(Buffer.from(`\0${smtpUser}\0${wrongPassword}`).toString('base64'));
    } finally {
      mailer.close();
    }
  });

  it('reports a missing login, when the server requires one, as an authentication failure', async () => {
    const mailer = new SmtpMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'no-reply@acme.example' });
    try {
      await expect(
        mailer.send({ to: 'casey@acme.example', subject: 'Hi', text: 'Hi', html: '<p>Hi</p>' }),
      ).rejects.toMatchObject({ failure: 'authentication', message: expect.stringContaining('530') });
    } finally {
      mailer.close();
    }
  });

  it('reports a recipient the server refuses as a permanent rejection', async () => {
    const mailer = new SmtpMailer({ smtpUrl: smtpUrl(), from: 'no-reply@acme.example' });
    try {
      const error = await mailer
        .send({ to: refusedRecipient, subject: 'Hi', text: 'Hi', html: '<p>Hi</p>' })
        .then(() => undefined, (failure: unknown) => failure);
      expect(error).toMatchObject({ failure: 'rejected', transient: false });
      expect((error as Error).message).toContain('550');
    } finally {
      mailer.close();
    }
  });

  it('reports an unreachable server as a connection failure worth retrying', async () => {
    const nowhere = await closedPort();
    const mailer = new SmtpMailer({
      smtpUrl: `smtp://${smtpUser}:${encodeURIComponent(smtpPassword)}@127.0.0.1:${nowhere}`,
      from: 'no-reply@acme.example',
    });
    try {
      const error = await mailer
        .send({ to: 'casey@acme.example', subject: 'Hi', text: 'Hi', html: '<p>Hi</p>' })
        .then(() => undefined, (failure: unknown) => failure);
      expect(error).toMatchObject({ failure: 'connection', transient: true });
      expect((error as Error).message).toMatch(/^Mail not sent: could not talk to the SMTP server \(\w+ ECONNREFUSED\)$/);
      expect((error as Error).message).not.toContain(smtpPassword);
    } finally {
      mailer.close();
    }
  });

  it('refuses, before connecting, a recipient field that would reach more than one person', async () => {
    const mailer = new SmtpMailer({ smtpUrl: smtpUrl(), from: 'no-reply@acme.example' });
    try {
      const before = received.length;
      await expect(
        mailer.send({ to: 'casey@acme.example, mallory@evil.example', subject: 'Hi', text: 'Hi', html: '<p>Hi</p>' }),
      ).rejects.toMatchObject({ failure: 'invalidMessage' });
      expect(received.length).toBe(before);
    } finally {
      mailer.close();
    }
  });

  it('names SMTP_URL when constructed with an unusable URL', () => {
    expect(() => new SmtpMailer({ smtpUrl: 'imap://mail.example.com', from: 'no-reply@acme.example' })).toThrow(
      /^Bad configuration: SMTP_URL is invalid: .*\(the scheme must be smtp or smtps\)$/,
    );
  });
});

describe('SMTP_URL', () => {
  it('gives host, port, TLS mode and percent-decoded credentials', () => {
    expect(parseSmtpUrl('smtp://mailer:p%40ss%3Aword@mail.example.com:2525')).toEqual({
      host: 'mail.example.com',
      port: 2525,
      implicitTls: false,
      credentials: { user: 'mailer', pass: 'p@ss:word' },
    });
    expect(parseSmtpUrl('smtps://mail.example.com')).toEqual({
      host: 'mail.example.com',
      port: 465,
      implicitTls: true,
      credentials: undefined,
    });
    expect(parseSmtpUrl('smtp://mail.example.com/')).toMatchObject({ port: 587 });
  });

  it('never sends a password in clear text to another machine: a login over smtp:// requires STARTTLS', () => {
    const requiresTls = (url: string) => {
      const address = parseSmtpUrl(url);
      if ('problem' in address) throw new Error(address.problem);
      return smtpTransportOptions(address).requireTLS;
    };
    expect(requiresTls('smtp://mailer:secret@mail.example.com:587')).toBe(true);
    // Already TLS from the first byte; no login to protect; a relay on this machine.
    expect(requiresTls('smtps://mailer:secret@mail.example.com')).toBe(false);
    expect(requiresTls('smtp://mail.example.com:25')).toBe(false);
    expect(requiresTls('smtp://mailer:secret@127.0.0.1:2525')).toBe(false);
    expect(requiresTls('smtp://mailer:secret@localhost:2525')).toBe(false);
  });
});
