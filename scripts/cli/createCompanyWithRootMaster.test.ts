import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphUnderTest } from '@lanyard/core/testing/serviceUnderTest';
import { openIdentityDatabase } from '../../subgraphs/identity/db/database.ts';
import { findUserById } from '../../subgraphs/identity/db/userStore.ts';
import { generateRecoveryCodeKey } from '../../subgraphs/identity/domain/recoveryCodes.ts';
import { generateSecretBoxKey } from '../../subgraphs/identity/domain/secretBox.ts';
import { DevelopmentOutbox, developmentOutboxPath } from '../../subgraphs/identity/mail/developmentOutbox.ts';
import { createIdentitySubgraph } from '../../subgraphs/identity/service.ts';
import { openTenancyDatabase } from '../../subgraphs/tenancy/db/database.ts';
import { findCompanyById } from '../../subgraphs/tenancy/db/tenancyStore.ts';
import { parseCompanyCreateArguments } from './companyCreateArguments.ts';
import { createCompanyWithRootMaster, type CreateCompanyDependencies } from './createCompanyWithRootMaster.ts';

/**
 * `company create` against real libSQL files and the development outbox; the link in the welcome email
 * is then opened through the identity subgraph over HTTP, on the same database, as the edge would.
 */

const INVITATION = `query ($token: String!) { signUpInvitation(token: $token) { username displayName companyName } }`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('company create', () => {
  let folder: string;
  let identity: Awaited<ReturnType<typeof openIdentityDatabase>>;
  let tenancy: Awaited<ReturnType<typeof openTenancyDatabase>>;
  let outbox: DevelopmentOutbox;
  let deps: CreateCompanyDependencies;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'lanyard-cli-'));
    identity = await openIdentityDatabase(`file:${join(folder, 'identity.db')}`);
    tenancy = await openTenancyDatabase(`file:${join(folder, 'tenancy.db')}`);
    outbox = new DevelopmentOutbox({ path: developmentOutboxPath(folder), from: 'Lanyard <no-reply@example.test>' });
    deps = { identity: identity.db, tenancy: tenancy.db, mailer: outbox, publicUrl: 'https://lanyard.example' };
  });
  afterAll(() => {
    identity.close();
    tenancy.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('creates the company and its Root Master, and mails a link that the sign-up page accepts', async () => {
    const input = parseCompanyCreateArguments([
      '--name', 'Acme MSP', '--username', 'root', '--email', 'root@example.com', '--display-name', 'Riley Root',
    ]);
    const created = await createCompanyWithRootMaster(input, deps);
    expect(created.companyId).toMatch(UUID);
    expect(created.linkValidForHours).toBe(72);
    expect(await findCompanyById(tenancy.db, created.companyId)).toMatchObject({ name: 'Acme MSP', nameNormalized: 'acme msp', rootMasterUserId: created.userId });
    expect(await findUserById(identity.db, created.userId)).toMatchObject({
      companyId: created.companyId,
      username: 'root',
      role: 'ROOT_MASTER',
      email: 'root@example.com',
      displayName: 'Riley Root',
      passwordHash: null,
    });

    const mails = await outbox.listOutbox();
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail).toMatchObject({ to: 'root@example.com', subject: 'Set up your Lanyard account for Acme MSP' });
    const token = /https:\/\/lanyard\.example\/sign-up#token=([A-Za-z0-9_-]{43})\n/.exec(mail.text)?.[1];
    expect(token).toBeDefined();

    const keys = { totpEncryptionKey: generateSecretBoxKey(), recoveryCodeKey: generateRecoveryCodeKey() };
    const subgraph = await startSubgraphUnderTest(() =>
      createIdentitySubgraph({ databaseUrl: `file:${join(folder, 'identity.db')}` }, keys, {
        mailer: outbox,
        publicUrl: 'https://lanyard.example',
      }),
    );
    try {
      expect((await subgraph.query({ scope: 'edge' }, INVITATION, { token })).body.data).toEqual({
        signUpInvitation: { username: 'root', displayName: 'Riley Root', companyName: 'Acme MSP' },
      });
    } finally {
      await subgraph.stop();
    }
  });

  it('refuses a company name that exists in any case, and sends nothing', async () => {
    const input = parseCompanyCreateArguments(['--name', 'ACME msp', '--username', 'other', '--email', 'other@example.com']);
    await expect(createCompanyWithRootMaster(input, deps)).rejects.toThrow('A company named "ACME msp" already exists');
    expect(await outbox.listOutbox()).toHaveLength(1);
  });

  it('uses the username as the display name when none is given', () => {
    expect(parseCompanyCreateArguments(['--name', 'Beta', '--username', 'boss', '--email', 'b@example.com'])).toEqual({
      name: 'Beta',
      username: 'boss',
      email: 'b@example.com',
      displayName: 'boss',
    });
  });

  it('refuses a bad command line with a one-line reason', () => {
    const valid = ['--name', 'Beta', '--username', 'boss', '--email', 'b@example.com'];
    const problems: [string[], string][] = [
      [['--username', 'boss', '--email', 'b@example.com'], '--name is required'],
      [['--name', 'B', '--username', 'boss', '--email', 'b@example.com'], '--name must be 2 to 128 characters'],
      [['--name', 'x'.repeat(129), '--username', 'boss', '--email', 'b@example.com'], '--name must be 2 to 128 characters'],
      [['--name', 'Beta', '--username', 'a b', '--email', 'b@example.com'], '--username must be 1 to 64'],
      [['--name', 'Beta', '--username', 'u'.repeat(65), '--email', 'b@example.com'], '--username must be 1 to 64'],
      [['--name', 'Beta', '--username', 'boss', '--email', 'a@b.com, c@d.com'], '--email must be one email address'],
      [[...valid, '--colour', 'red'], 'unknown option --colour'],
      [[...valid, 'extra'], 'unexpected argument extra'],
    ];
    for (const [args, message] of problems) {
      expect(() => parseCompanyCreateArguments(args)).toThrow(message);
    }
  });
});
