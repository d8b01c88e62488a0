import { DomainError } from '@lanyard/core/domainError';
import { requireSession, type RequestContext } from '@lanyard/core/requestContext';
import type { UserRow } from '../db/schema.ts';
import { findUserById, type IdentityDatabase } from '../db/userStore.ts';
import { isMaster } from '@lanyard/core/role';

/**
 * Who may run an admin action: a signed-in Master of the company, as identity's own database says now.
 * The role is read afresh at every action rather than trusted from the session, so a Master demoted a
 * moment ago cannot act on the strength of a session that began before.
 */
export interface Actor {
  user: UserRow;
  /** The company's name from the session, for the emails the action sends (tenancy owns it). */
  companyName: string;
}

export async function requireMaster(db: IdentityDatabase, context: RequestContext): Promise<Actor> {
  const session = requireSession(context);
  const user = await findUserById(db, session.userId);
  if (!user || user.companyId !== session.companyId || !isMaster(user.role)) {
    throw new DomainError('FORBIDDEN', 'Only Master users of this company can do this.');
  }
  return { user, companyName: session.companyName };
}

/**
 * The user an admin action is for, in the actor's company. A user of another company and an id of no
 * user answer alike, so an id says nothing about other companies.
 */
export async function requireUserOfActorsCompany(db: IdentityDatabase, actor: Actor, userId: string): Promise<UserRow> {
  const target = await findUserById(db, userId);
  if (!target || target.companyId !== actor.user.companyId) {
    throw new DomainError('FORBIDDEN', 'You can manage only the users of your own company.');
  }
  return target;
}
