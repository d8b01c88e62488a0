import { randomUUID } from 'node:crypto';
import { openIdentityDatabase } from '../subgraphs/identity/db/database.ts';
import { insertConfirmedTotpCredentialIfAbsent } from '../subgraphs/identity/db/secondFactorStore.ts';
import { insertUserIfAbsent } from '../subgraphs/identity/db/userStore.ts';
import { hashPassword } from '../subgraphs/identity/domain/passwordHashing.ts';
import { createSecretBox } from '../subgraphs/identity/domain/secretBox.ts';
import { generateTotpSecret } from '../subgraphs/identity/domain/totp.ts';
import { normalizeUsername } from '@lanyard/core/username';
import { demoCompany } from '../scripts/demoData.ts';
import type { Stack } from '../scripts/stack.ts';

/**
 * The users the sign-in load signs in, one sign-in each. Identity accepts each 30-second TOTP step once
 * per user (a replayed code is refused), so one user completes at most one sign-in per step: measuring
 * sign-ins per second takes many users. Each is a plain user (role USER, the default) of the demo company with its
 * own confirmed authenticator, written while the stack runs into the stack's own databases through the
 * subgraphs' own stores (libSQL files in WAL mode take a second writer), as the demo seed writes its users.
 */

export interface BenchUser {
  id: string;
  username: string;
  totpSecret: string;
}

/** Every bench user has this password; it is hashed once and the hash shared, which changes no verification. */
export const BENCH_USER_PASSWORD = 'Lanyard-bench-sign-in-2026!';

/** `prefix` names the users apart when a run needs more than one set (e.g. `token-01` for the token bench). */
export async function createBenchUsers(stack: Stack, dataDir: string, count: number, prefix = 'bench'): Promise<BenchUser[]> {
  const identity = await openIdentityDatabase(`file:${dataDir}/identity.db`);
  try {
    const passwordHash = await hashPassword(BENCH_USER_PASSWORD);
    const secretBox = createSecretBox(stack.secrets.totpEncryptionKey);
    const now = new Date();
    const users: BenchUser[] = [];
    const width = String(count).length;
    for (let index = 1; index <= count; index += 1) {
      const id = randomUUID();
      const username = `${prefix}-${String(index).padStart(width, '0')}`;
      const totpSecret = generateTotpSecret();
      await insertUserIfAbsent(identity.db, {
        id,
        companyId: demoCompany.id,
        username,
        usernameNormalized: normalizeUsername(username),
        email: `${username}@bench.example`,
        displayName: `Bench User ${index}`,
        passwordHash,
        activatedAt: now,
        createdAt: now,
      });
      await insertConfirmedTotpCredentialIfAbsent(identity.db, {
        userId: id,
        encryptedSecret: secretBox.seal(totpSecret, id),
        now,
      });
      users.push({ id, username, totpSecret });
    }
    return users;
  } finally {
    identity.close();
  }
}
