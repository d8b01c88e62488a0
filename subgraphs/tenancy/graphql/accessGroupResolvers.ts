import { DomainError } from '@lanyard/core/domainError';
import { mayReadCompany, requireMasterSession, type RequestContext } from '@lanyard/core/requestContext';
import {
  deleteCustomGroup,
  ensureSystemGroups,
  findAccessGroup,
  groupsOfUser,
  insertCustomGroup,
  instanceIdsOf,
  listAccessGroups,
  memberIdsOf,
  renameGroup,
  replaceInstances,
  replaceMembers,
  setGroupActive,
} from '../db/accessGroupStore.ts';
import type { AccessGroupRow } from '../db/schema.ts';
import { findCompanyById, type TenancyDatabase } from '../db/tenancyStore.ts';
import { checkAccessGroupName } from '@lanyard/core/accessGroupName';
import { reachableInstances } from '../domain/accessGroup.ts';
import type { Resolvers } from './generated.ts';

/**
 * Admin Settings → Groups, and what a user reaches through their groups. Masters of the company manage
 * the groups (by the role their session carries); modules asks, through federation, which instances a
 * user reaches before it lists them, so it never stores who belongs where.
 */
export function accessGroupResolvers(db: TenancyDatabase, now: () => Date = () => new Date()): Resolvers {
  /** A group of the Master's company; another company's group and no group answer alike. */
  async function groupOfMaster(context: RequestContext, groupId: string): Promise<AccessGroupRow> {
    const master = requireMasterSession(context);
    await ensureSystemGroups(db, master.companyId, now());
    const group = await findAccessGroup(db, groupId);
    if (!group || group.companyId !== master.companyId) {
      throw new DomainError('FORBIDDEN', 'You can manage only the groups of your own company.');
    }
    return group;
  }

  function customOnly(group: AccessGroupRow): void {
    if (group.kind !== 'CUSTOM') throw new DomainError('SYSTEM_GROUP_PROTECTED');
  }

  function validName(name: string): string {
    const checked = checkAccessGroupName(name);
    if ('problem' in checked) {
      throw new DomainError('VALIDATION_FAILED', undefined, { fields: [{ path: ['input', 'name'], message: checked.problem }] });
    }
    return checked.name;
  }

  const reread = async (groupId: string) => (await findAccessGroup(db, groupId))!;

  /**
   * Tells the edge that who reaches what in the company changed: the module grants it keeps must ask
   * again for their users' groups before their next token (edgeNotices.ts).
   */
  function noteAccessChanged(context: RequestContext, group: AccessGroupRow): void {
    context.notices.accessChangedOf.add(group.companyId);
  }

  return {
    Query: {
      async accessGroups(_parent, _args, context) {
        const master = requireMasterSession(context);
        await ensureSystemGroups(db, master.companyId, now());
        return listAccessGroups(db, master.companyId);
      },
    },
    Mutation: {
      async createAccessGroup(_parent, { input }, context) {
        const master = requireMasterSession(context);
        await ensureSystemGroups(db, master.companyId, now());
        const created = await insertCustomGroup(db, { companyId: master.companyId, name: validName(input.name), now: now() });
        if (!created) throw new DomainError('ACCESS_GROUP_NAME_TAKEN');
        return created;
      },
      async renameAccessGroup(_parent, { input }, context) {
        const group = await groupOfMaster(context, input.groupId);
        customOnly(group);
        if (!(await renameGroup(db, group.id, validName(input.name)))) throw new DomainError('ACCESS_GROUP_NAME_TAKEN');
        noteAccessChanged(context, group);
        return reread(group.id);
      },
      async setAccessGroupActive(_parent, { input }, context) {
        const group = await groupOfMaster(context, input.groupId);
        customOnly(group);
        await setGroupActive(db, group.id, input.active);
        noteAccessChanged(context, group);
        return reread(group.id);
      },
      async deleteAccessGroup(_parent, { groupId }, context) {
        const group = await groupOfMaster(context, groupId);
        customOnly(group);
        await deleteCustomGroup(db, group.id);
        noteAccessChanged(context, group);
        return group.id;
      },
      async setAccessGroupMembers(_parent, { input }, context) {
        const group = await groupOfMaster(context, input.groupId);
        if (group.kind === 'ALL_MODULES') {
          const company = await findCompanyById(db, group.companyId);
          if (company?.rootMasterUserId && !input.userIds.includes(company.rootMasterUserId)) {
            throw new DomainError('ROOT_MASTER_PROTECTED', 'The Root Master always belongs to All modules.');
          }
        }
        await replaceMembers(db, group.id, input.userIds);
        noteAccessChanged(context, group);
        return reread(group.id);
      },
      async setAccessGroupInstances(_parent, { input }, context) {
        const group = await groupOfMaster(context, input.groupId);
        customOnly(group);
        await replaceInstances(db, group.id, input.instanceIds);
        noteAccessChanged(context, group);
        return reread(group.id);
      },
    },
    AccessGroup: {
      async members(group) {
        return (await memberIdsOf(db, group.id)).map((id) => ({ id }));
      },
      allInstances: (group) => group.kind === 'ALL_MODULES',
      async instances(group) {
        if (group.kind !== 'CUSTOM') return [];
        return (await instanceIdsOf(db, group.id)).map((id) => ({ id }));
      },
    },
    User: {
      async __resolveReference(reference, context) {
        // What a user reaches is theirs and their company's Masters' to know; other companies see nothing.
        const groups = (await groupsOfUser(db, reference.id)).filter((group) => mayReadCompany(context, group.companyId));
        const reach = reachableInstances(groups);
        return {
          id: reference.id,
          accessGroups: groups.filter((group) => group.active),
          reachesAllModuleInstances: reach.all,
          reachableModuleInstanceIds: reach.instanceIds,
        };
      },
    },
  };
}
