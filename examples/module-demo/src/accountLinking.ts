import type { LocalAccount, LocalAccounts } from './localAccounts.ts';

/**
 * Which local account a Lanyard user signs into. The first time, the module links the Lanyard user
 * (`sub`) to the account it already has for them, found by the email or username Lanyard vouches for,
 * so that nobody ends up with two accounts; from then on the link alone decides. When there is no
 * such account the module creates none here: accounts are made ahead of SSO, by an administrator or
 * by Lanyard's provisioning through SCIM.
 */

export interface LanyardIdentity {
  sub: string;
  username: string;
  email: string | undefined;
}

export type LinkOutcome =
  | { kind: 'linked'; account: LocalAccount }
  | { kind: 'noAccount' }
  /** The account that matches is already linked to another Lanyard user: never move a link silently. */
  | { kind: 'linkedToSomeoneElse'; account: LocalAccount }
  | { kind: 'deactivated'; account: LocalAccount };

export function linkLanyardUser(accounts: LocalAccounts, identity: LanyardIdentity): LinkOutcome {
  const found =
    accounts.byLanyardSub(identity.sub) ??
    accounts.all().find((account) => account.externalId === identity.sub) ??
    (identity.email ? accounts.byEmail(identity.email) : undefined) ??
    accounts.byUsername(identity.username);
  if (!found) return { kind: 'noAccount' };
  if (found.lanyardSub !== null && found.lanyardSub !== identity.sub) return { kind: 'linkedToSomeoneElse', account: found };
  if (!found.active) return { kind: 'deactivated', account: found };
  if (found.lanyardSub === null) accounts.linkToLanyard(found, identity.sub);
  return { kind: 'linked', account: found };
}
