import { DomainError } from '@lanyard/core/domainError';
import type { Role } from '@lanyard/core/role';
import type { SecretBox } from '@lanyard/core/secretBox';
import type { ModulesDatabase } from '../db/moduleInstanceStore.ts';
import { findAccountLink, findProvisioning, linkModuleAccount } from '../db/moduleProvisioningStore.ts';
import type { ModuleAccountLinkRow } from '../db/schema.ts';
import { moduleRoleFor } from '../domain/provisioningSettings.ts';
import { matchScimAccounts, scimEqualityFilter, scimUserToCreate, type ProvisionedUser, type ScimAccount } from '../domain/scimUser.ts';
import { createScimClient, ScimError, type ScimClient } from './scimClient.ts';

/**
 * Just-in-time provisioning: the link of a Lanyard user to their account in a module instance, made
 * at their first sign-in. A link answers at once; without one, the module is asked through SCIM for an
 * account with the user's username, then with their email, and one found is linked; only when there is
 * none is an account created (POST /Users, the mapped role) and linked. Never two accounts: calls for
 * the same user in this process share one attempt, the database keeps one link per user and account,
 * and a create the module refuses as a duplicate (409, another Lanyard process won) looks again and
 * links what the other made.
 */

export type ProvisioningOutcome = 'ALREADY_LINKED' | 'LINKED_EXISTING' | 'CREATED';

export interface ProvisionedLink {
  link: ModuleAccountLinkRow;
  outcome: ProvisioningOutcome;
}

export interface AccountProvisioner {
  /** Undefined when provisioning is off for the instance (or the instance is gone). */
  provision(instanceId: string, user: ProvisionedUser & { role: Role }): Promise<ProvisionedLink | undefined>;
}

export function createAccountProvisioner(deps: {
  db: ModulesDatabase;
  secretBox: SecretBox;
  scimTimeoutMs?: number;
  now?: () => Date;
}): AccountProvisioner {
  const { db, secretBox } = deps;
  const now = deps.now ?? (() => new Date());
  const inFlight = new Map<string, Promise<ProvisionedLink | undefined>>();

  async function provisionOnce(instanceId: string, user: ProvisionedUser & { role: Role }): Promise<ProvisionedLink | undefined> {
    const existing = await findAccountLink(db, instanceId, user.id);
    if (existing) return { link: existing, outcome: 'ALREADY_LINKED' };
    const settings = await findProvisioning(db, instanceId);
    if (!settings?.enabled) return undefined;
    const role = moduleRoleFor(settings, user.role);
    if (!settings.scimBaseUrl || !settings.scimTokenSealed || !role) throw failed(instanceId, 'its settings are incomplete');
    let token: string;
    try {
      token = secretBox.open(settings.scimTokenSealed, instanceId);
    } catch {
      throw failed(instanceId, 'its SCIM token cannot be opened (was PROVISIONING_TOKEN_KEY changed?); save the token again');
    }
    const scim = createScimClient({ baseUrl: settings.scimBaseUrl, token, timeoutMs: deps.scimTimeoutMs });

    const link = async (account: ScimAccount, outcome: ProvisioningOutcome): Promise<ProvisionedLink> => {
      const made = await linkModuleAccount(db, { instanceId, userId: user.id, moduleAccountId: account.id, createdAt: now() });
      if (!made) throw failed(instanceId, `module account ${account.id} is linked to another Lanyard user`);
      return { link: made, outcome: made.moduleAccountId === account.id ? outcome : 'ALREADY_LINKED' };
    };

    try {
      const found = await findExistingAccount(scim, user);
      if (found) return await link(found, 'LINKED_EXISTING');
      let created: ScimAccount;
      try {
        created = await scim.createUser(scimUserToCreate(user, role));
      } catch (error) {
        if (!(error instanceof ScimError && error.status === 409)) throw error;
        const madeMeanwhile = await findExistingAccount(scim, user);
        if (!madeMeanwhile) throw error;
        return await link(madeMeanwhile, 'LINKED_EXISTING');
      }
      return await link(created, 'CREATED');
    } catch (error) {
      if (error instanceof ScimError) throw failed(instanceId, error.message);
      throw error;
    }
  }

  return {
    provision(instanceId, user) {
      const key = `${instanceId}\n${user.id}`;
      const running = inFlight.get(key);
      if (running) return running;
      const attempt = provisionOnce(instanceId, user).finally(() => inFlight.delete(key));
      inFlight.set(key, attempt);
      return attempt;
    },
  };
}

/** The module's account with the user's username, else with their email; none, or a conflict when several match. */
async function findExistingAccount(scim: ScimClient, user: ProvisionedUser): Promise<ScimAccount | undefined> {
  const lookups: ({ userName: string } | { email: string })[] = [{ userName: user.username }, { email: user.email }];
  for (const by of lookups) {
    const filter = 'userName' in by ? scimEqualityFilter('userName', by.userName) : scimEqualityFilter('emails.value', by.email);
    const match = matchScimAccounts(await scim.listUsers(filter), by);
    if (match.kind === 'one') return match.account;
    if (match.kind === 'several') throw new ScimError(`several module accounts match the user's ${'userName' in by ? 'username' : 'email'}`);
  }
  return undefined;
}

/** Logged for the operator with what went wrong; the person hears the catalog's sentence only. */
function failed(instanceId: string, what: string): DomainError {
  console.warn(`[modules] provisioning for instance ${instanceId} failed: ${what}`);
  return new DomainError('PROVISIONING_FAILED');
}
