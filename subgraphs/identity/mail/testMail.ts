import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IdentityMail } from '../graphql/recoveryResolvers.ts';
import { DevelopmentOutbox, developmentOutboxPath } from './developmentOutbox.ts';

/** For tests: account mail into a development outbox in a fresh temporary folder, read back from it. */
export function createTestMail(publicUrl = 'https://lanyard.example'): {
  mail: IdentityMail;
  outbox: DevelopmentOutbox;
  remove(): void;
} {
  const folder = mkdtempSync(join(tmpdir(), 'lanyard-mail-'));
  const outbox = new DevelopmentOutbox({ path: developmentOutboxPath(folder), from: 'Lanyard <no-reply@example.test>' });
  return {
    mail: { mailer: outbox, publicUrl, developmentOutbox: outbox },
    outbox,
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}
