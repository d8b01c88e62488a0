import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DevelopmentOutbox, developmentOutboxPath } from './developmentOutbox.ts';
import { MailDeliveryError } from './mailPort.ts';
import { welcomeMessage } from './messages/welcomeMessage.ts';

const from = 'Lanyard <no-reply@lanyard.localhost>';
let dataDir: string;
let outbox: DevelopmentOutbox;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lanyard-outbox-'));
  // A folder that does not exist yet, as on a fresh checkout before the first start.
  outbox = new DevelopmentOutbox({ path: developmentOutboxPath(join(dataDir, 'data')), from });
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function welcomeTo(to: string, signUpUrl: string) {
  const message = welcomeMessage({
    companyName: 'Acme MSP',
    displayName: 'Casey Jones',
    username: 'casey',
    signUpUrl,
    expiresInHours: 72,
  });
  return { to, ...message };
}

describe('development outbox', () => {
  it('is empty before anything was sent', async () => {
    expect(await outbox.listOutbox()).toEqual([]);
  });

  it('keeps each message in the data folder and lists the newest first', async () => {
    await outbox.send(welcomeTo('root@acme.example', 'https://lanyard.localhost/sign-up?token=first'));
    await outbox.send(welcomeTo('casey@acme.example', 'https://lanyard.localhost/sign-up?token=second'));

    expect(outbox.path).toBe(join(dataDir, 'data', 'mail-outbox.jsonl'));
    const [newest, oldest, ...rest] = await outbox.listOutbox();
    expect(rest).toEqual([]);
    expect(newest).toMatchObject({ from, to: 'casey@acme.example', subject: 'Set up your Lanyard account for Acme MSP' });
    expect(oldest?.to).toBe('root@acme.example');
    // The whole message is kept, so a reader can follow the link exactly as a person would.
    expect(newest?.text).toContain('https://lanyard.localhost/sign-up?token=second');
    expect(newest?.html).toContain('href="https://lanyard.localhost/sign-up?token=second"');
    expect(newest?.id).not.toBe(oldest?.id);
    expect(Date.parse(newest?.sentAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  it('survives a restart: a new instance on the same file reads what the old one wrote', async () => {
    await outbox.send(welcomeTo('root@acme.example', 'https://lanyard.localhost/sign-up?token=first'));
    await outbox.send(welcomeTo('casey@acme.example', 'https://lanyard.localhost/sign-up?token=second'));

    const afterRestart = new DevelopmentOutbox({ path: outbox.path, from });
    expect((await afterRestart.listOutbox()).map((message) => message.to)).toEqual([
      'casey@acme.example',
      'root@acme.example',
    ]);
    await afterRestart.send(welcomeTo('sam@acme.example', 'https://lanyard.localhost/sign-up?token=third'));
    expect((await outbox.listOutbox(1)).map((message) => message.to)).toEqual(['sam@acme.example']);
  });

  it('keeps every message whole when many are sent at once', async () => {
    const recipients = Array.from({ length: 40 }, (_, index) => `user${index}@acme.example`);
    await Promise.all(recipients.map((to) => outbox.send(welcomeTo(to, `https://lanyard.localhost/sign-up?for=${to}`))));

    const lines = (await readFile(outbox.path, 'utf8')).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(recipients.length);
    const listed = await outbox.listOutbox(100);
    expect(listed.map((message) => message.to).sort()).toEqual([...recipients].sort());
    for (const message of listed) expect(message.text).toContain(`?for=${message.to}`);
  });

  it('skips a line another process is still writing instead of failing the mailbox page', async () => {
    await outbox.send(welcomeTo('root@acme.example', 'https://lanyard.localhost/sign-up?token=first'));
    await appendFile(outbox.path, '{"id":"half-writ');
    expect((await outbox.listOutbox()).map((message) => message.to)).toEqual(['root@acme.example']);
  });

  it('refuses a recipient that is not one address, as the SMTP adapter does, and stores nothing', async () => {
    const fannedOut = welcomeTo('casey@acme.example, mallory@evil.example', 'https://lanyard.localhost/sign-up?token=x');
    const refusal = outbox.send(fannedOut);
    await expect(refusal).rejects.toBeInstanceOf(MailDeliveryError);
    await expect(refusal).rejects.toMatchObject({ failure: 'invalidMessage', transient: false });
    expect(await outbox.listOutbox()).toEqual([]);
  });
});
