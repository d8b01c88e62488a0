import { mayReadCompany, requireEdge } from '@lanyard/core/requestContext';
import type { CompanyRow } from '../db/schema.ts';
import { companyNamesByIds, findCompanyById, findCompanyByName, type TenancyDatabase } from '../db/tenancyStore.ts';
import { normalizeCompanyName } from '@lanyard/core/companyName';
import type { Resolvers } from './generated.ts';
import { accessGroupResolvers } from './accessGroupResolvers.ts';
import { securitySettingsResolvers } from './securitySettingsResolvers.ts';

export function tenancyResolvers(db: TenancyDatabase): Resolvers {
  const security = securitySettingsResolvers(db);
  const groups = accessGroupResolvers(db);
  return {
    Query: {
      ...security.Query,
      ...groups.Query,
      async companyForSignIn(_parent, { name }, context) {
        requireEdge(context);
        return (await findCompanyByName(db, normalizeCompanyName(name))) ?? null;
      },
      async companyNames(_parent, { ids }, context) {
        requireEdge(context);
        return companyNamesByIds(db, ids);
      },
    },
    Mutation: { ...security.Mutation, ...groups.Mutation },
    AccessGroup: groups.AccessGroup,
    User: groups.User,
    IpAccessEvent: {
      occurredAt: (event) => event.occurredAt.toISOString(),
    },
    SecurityAuditEvent: {
      actor: (event) => ({ id: event.actorUserId }),
      occurredAt: (event) => event.occurredAt.toISOString(),
    },
    Company: {
      async __resolveReference(reference, context): Promise<CompanyRow | null> {
        if (!mayReadCompany(context, reference.id)) return null;
        return (await findCompanyById(db, reference.id)) ?? null;
      },
    },
  };
}
