import { decideIpAccess } from '@lanyard/core/ipAccessList';
import type { EdgeConfig } from '../env.ts';
import type { OidcClient } from './clientRegistry.ts';
import { isSnapshotCurrent, type UserSnapshot } from './domain/userSnapshot.ts';
import type { GrantRecord } from './grantObject.ts';
import { grantObject } from './grantObjects.ts';
import { fetchUserClaims, reachesInstance, type UserClaims } from './userClaims.ts';

/**
 * The user as identity and tenancy know them: the snapshot kept (by a grant, or by the session a module
 * is being opened from) while it is current, or else asked again, with the company's access version
 * read before asking (read after, a change made in between would go unnoticed). Undefined for a user
 * who no longer exists.
 */
export async function currentUserSnapshot(
  config: EdgeConfig,
  request: { companyId: string; userId: string; kept: UserSnapshot<UserClaims> | undefined; requestId: string },
): Promise<{ snapshot: UserSnapshot<UserClaims>; fresh: boolean } | undefined> {
  const { accessVersion } = await config.companySecurity.get(request.companyId, request.requestId);
  if (request.kept && isSnapshotCurrent(request.kept, accessVersion, Date.now())) return { snapshot: request.kept, fresh: false };
  const claims = await fetchUserClaims(config, request.userId, request.requestId);
  return claims ? { snapshot: { claims, accessVersion, takenAt: Date.now() }, fresh: true } : undefined;
}

/**
 * The checks every grant repeats before a token: Unified Login on, the address the SSO session signed
 * in from still admitted by the company's IP access list, the user still there and still reaching the
 * instance through an active group. The user when all hold. The session itself is not asked: however
 * it ends, it revokes its grants first (SessionObject), and a grant never outlives its session's
 * lifetime, so a grant that stands is one whose session stands.
 *
 * The user comes from the grant's snapshot while the company's access groups have not changed since it
 * was taken (userSnapshot.ts): a refresh then costs no trip to identity and tenancy.
 */
export async function userStillAllowed(config: EdgeConfig, client: OidcClient, grant: GrantRecord, requestId: string): Promise<UserClaims | undefined> {
  if (!client.unifiedLoginEnabled) return undefined;
  const company = await config.companySecurity.get(client.companyId, requestId);
  // The module's server asks, not the person's browser: what the list must still admit is where the
  // person signed in from. A list tightened under a running session stops its modules' refreshes too.
  if (decideIpAccess(company.accessList, grant.sessionClientAddress ?? undefined) === 'REFUSED') return undefined;

  const user = await userOfGrant(config, grant, requestId);
  if (!user || user.companyId !== client.companyId || !reachesInstance(user, client.instanceId)) return undefined;
  return user;
}

/**
 * The user of a grant as Lanyard knows them now: its snapshot while current, or else asked again and
 * kept in the grant for next time. For every use of a grant: its tokens, userinfo, the App Launcher.
 */
export async function userOfGrant(config: EdgeConfig, grant: GrantRecord, requestId: string): Promise<UserClaims | undefined> {
  const kept = grant.userSnapshot;
  // A grant from before snapshots were kept: ask, and keep nothing (its company is not known here).
  if (!kept) return fetchUserClaims(config, grant.userId, requestId);
  const current = await currentUserSnapshot(config, { companyId: kept.claims.companyId, userId: grant.userId, kept, requestId });
  if (current?.fresh) await grantObject(config, grant.grantId).keepUserSnapshot(current.snapshot);
  return current?.snapshot.claims;
}
