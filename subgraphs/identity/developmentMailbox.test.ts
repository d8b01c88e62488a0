import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphUnderTest } from '@lanyard/core/testing/serviceUnderTest';
import { generateRecoveryCodeKey } from './domain/recoveryCodes.ts';
import { generateSecretBoxKey } from './domain/secretBox.ts';
import { createTestMail } from './mail/testMail.ts';
import { createIdentitySubgraph } from './service.ts';

/**
 * The development mailbox as the edge's /dev/mailbox page reads it over HTTP: the messages of the
 * development outbox, newest first; NOT_FOUND when identity sends real mail; refused to anyone but the edge.
 */

const edge = { scope: 'edge' as const };
const MAILBOX = `query ($limit: Int) { developmentMailbox(limit: $limit) { id to subject text sentAt } }`;

type Answer = { body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] } };
const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

type Subgraph = Awaited<ReturnType<typeof startSubgraphUnderTest<Awaited<ReturnType<typeof createIdentitySubgraph>>>>>;

describe('development mailbox (identity subgraph)', () => {
  const keys = { totpEncryptionKey: generateSecretBoxKey(), recoveryCodeKey: generateRecoveryCodeKey() };
  const testMail = createTestMail('https://lanyard.example/');
  let development: Subgraph;
  let production: Subgraph;

  beforeAll(async () => {
    development = await startSubgraphUnderTest((settings) => createIdentitySubgraph(settings, keys, testMail.mail));
    // Mail really sent (SMTP): no outbox to show.
    const { mailer, publicUrl } = testMail.mail;
    production = await startSubgraphUnderTest((settings) => createIdentitySubgraph(settings, keys, { mailer, publicUrl }));
  });
  afterAll(async () => {
    await development.stop();
    await production.stop();
    testMail.remove();
  });

  it('lists the stored messages newest first, with their text part', async () => {
    expect((await development.query(edge, MAILBOX)).body.data).toEqual({ developmentMailbox: [] });
    await testMail.outbox.send({ to: 'first@example.test', subject: 'First', text: 'one https://x.example/a', html: '<p>one</p>' });
    await testMail.outbox.send({ to: 'second@example.test', subject: '<script>Second', text: 'two', html: '<p>two</p>' });

    const answer = await development.query(edge, MAILBOX);
    const messages = (answer.body.data as { developmentMailbox: { id: string; to: string; subject: string; text: string; sentAt: string }[] }).developmentMailbox;
    expect(messages.map(({ to, subject, text }) => ({ to, subject, text }))).toEqual([
      { to: 'second@example.test', subject: '<script>Second', text: 'two' },
      { to: 'first@example.test', subject: 'First', text: 'one https://x.example/a' },
    ]);
    for (const message of messages) {
      expect(message.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(new Date(message.sentAt).toISOString()).toBe(message.sentAt);
    }
    const newest = await development.query(edge, MAILBOX, { limit: 1 });
    expect(newest.body.data).toMatchObject({ developmentMailbox: [{ to: 'second@example.test' }] });
  });

  it('refuses a limit outside 1 to 200', async () => {
    expect(codeOf(await development.query(edge, MAILBOX, { limit: 0 }))).toBe('VALIDATION_FAILED');
    expect(codeOf(await development.query(edge, MAILBOX, { limit: 201 }))).toBe('VALIDATION_FAILED');
  });

  it('answers NOT_FOUND when identity has no development outbox (SMTP configured)', async () => {
    const answer = await production.query(edge, MAILBOX);
    expect(codeOf(answer)).toBe('NOT_FOUND');
    expect(answer.body.data ?? null).toBeNull();
  });

  it('answers FORBIDDEN to anyone but the edge', async () => {
    for (const principal of [{ scope: 'session' as const, userId: 'user-1', companyId: 'company-1' , companyName: 'Acme MSP', role: 'USER' as const }, { scope: 'anonymous' as const }]) {
      const answer = await development.query(principal, MAILBOX);
      expect(codeOf(answer)).toBe('FORBIDDEN');
      expect(answer.body.data ?? null).toBeNull();
    }
  });
});
