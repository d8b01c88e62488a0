import { randomUUID } from 'node:crypto';
import type { SeedAccount } from './config.ts';
import { hashPasswordSync } from './passwordHashing.ts';

/**
 * The module's own users. A real module keeps them in its database; this one keeps them in memory,
 * seeded from configuration at start and added to by SCIM provisioning. An account may carry the
 * Lanyard user it is linked to (`lanyardSub`, the ID token's `sub`): once linked, SSO finds it by that
 * alone, whatever the person's email or username becomes.
 */

export interface LocalAccount {
  id: string;
  username: string;
  email: string;
  displayName: string;
  /** The module's own role (e.g. from SCIM `roles`). */
  role: string;
  active: boolean;
  /** scrypt hash, or null for an account that signs in only through Lanyard (e.g. created by SCIM). */
  passwordHash: string | null;
  /** The Lanyard user (`sub`) this account is linked to, or null until the first SSO. */
  lanyardSub: string | null;
  /** The provisioning client's own id for this user (SCIM `externalId`), if it sent one. */
  externalId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type NewLocalAccount = Pick<LocalAccount, 'username' | 'email' | 'displayName' | 'role' | 'active'> & {
  passwordHash?: string | null;
  externalId?: string | null;
};

/** Refused because another account already has this username or email: the caller says which. */
export class AccountConflictError extends Error {
  readonly field: 'username' | 'email';
  constructor(field: 'username' | 'email') {
    super(field === 'username' ? 'An account with this username already exists.' : 'An account with this email already exists.');
    this.name = 'AccountConflictError';
    this.field = field;
  }
}

/** Usernames and emails are compared without case: `Casey` and `casey` are one person. */
const folded = (value: string) => value.trim().toLowerCase();

export class LocalAccounts {
  readonly #byId = new Map<string, LocalAccount>();

  constructor(seed: readonly SeedAccount[] = []) {
    for (const account of seed) {
      this.create({
        username: account.username,
        email: account.email,
        displayName: account.displayName,
        role: account.role ?? 'member',
        active: true,
        passwordHash: account.password ? hashPasswordSync(account.password) : null,
      });
    }
  }

  /**
   * Usernames and emails are unique: the module links Lanyard users to accounts by them, and two
   * accounts with one email would leave it guessing.
   */
  create(input: NewLocalAccount): LocalAccount {
    if (this.byUsername(input.username)) throw new AccountConflictError('username');
    if (this.byEmail(input.email)) throw new AccountConflictError('email');
    const now = new Date();
    const account: LocalAccount = {
      id: randomUUID(),
      username: input.username.trim(),
      email: input.email.trim(),
      displayName: input.displayName,
      role: input.role,
      active: input.active,
      passwordHash: input.passwordHash ?? null,
      lanyardSub: null,
      externalId: input.externalId ?? null,
      createdAt: now,
      updatedAt: now,
    };
    this.#byId.set(account.id, account);
    return account;
  }

  byId(id: string): LocalAccount | undefined {
    return this.#byId.get(id);
  }

  byUsername(username: string): LocalAccount | undefined {
    return this.all().find((account) => folded(account.username) === folded(username));
  }

  byEmail(email: string): LocalAccount | undefined {
    return this.all().find((account) => folded(account.email) === folded(email));
  }

  byLanyardSub(sub: string): LocalAccount | undefined {
    return this.all().find((account) => account.lanyardSub === sub);
  }

  all(): LocalAccount[] {
    return [...this.#byId.values()];
  }

  linkToLanyard(account: LocalAccount, sub: string): void {
    account.lanyardSub = sub;
    account.updatedAt = new Date();
  }
}
