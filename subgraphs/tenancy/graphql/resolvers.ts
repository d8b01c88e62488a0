import { mayReadCompany, requireEdge } from '@lanyard/core/requestContext';
import type { CompanyRow } from '../db/schema.ts';
import { companyNamesByIds, findCompanyById, findCompanyByName, type TenancyDatabase } from '../db/tenancyStore.ts';
import { normalizeCompanyName } from '@lanyard/core/companyName';
import type { Resolvers } from './generated.ts';
import { securitySettingsResolvers } from './securitySettingsResolvers.ts';

export function tenancyResolvers(db: TenancyDatabase): Resolvers {
  const security = securitySettingsResolvers(db);
  return {
    Query: {
      ...security.Query,
      async companyForSignIn(_parent, { name }, context) {
        requireEdge(context);
        return (await findCompanyByName(db, normalizeCompanyName(name))) ?? null;
      },
      async companyNames(_parent, { ids }, context) {
        requireEdge(context);
        return companyNamesByIds(db, ids);
      },
    },
    Mutation: security.Mutation,
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
