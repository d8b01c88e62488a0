import { mayReadCompany, requireEdge } from '@lanyard/core/requestContext';
import type { CompanyRow, MembershipRow } from '../db/schema.ts';
import { companyNamesByIds, findCompanyById, findCompanyByName, findMembership, type TenancyDatabase } from '../db/tenancyStore.ts';
import { normalizeCompanyName } from '../domain/companyName.ts';
import type { Resolvers } from './generated.ts';

export function tenancyResolvers(db: TenancyDatabase): Resolvers {
  return {
    Query: {
      async companyIdForSignIn(_parent, { name }, context) {
        requireEdge(context);
        return (await findCompanyByName(db, normalizeCompanyName(name)))?.id ?? null;
      },
      async companyNames(_parent, { ids }, context) {
        requireEdge(context);
        return companyNamesByIds(db, ids);
      },
    },
    Company: {
      async __resolveReference(reference, context): Promise<CompanyRow | null> {
        if (!mayReadCompany(context, reference.id)) return null;
        return (await findCompanyById(db, reference.id)) ?? null;
      },
    },
    User: {
      async __resolveReference(reference, context): Promise<MembershipRow | null> {
        const membership = await findMembership(db, reference.id);
        return membership && mayReadCompany(context, membership.companyId) ? membership : null;
      },
      id: (membership) => membership.userId,
      async company(membership) {
        const company = await findCompanyById(db, membership.companyId);
        if (!company) throw new Error(`membership of ${membership.userId} names a missing company`);
        return company;
      },
      role: (membership) => membership.role,
    },
  };
}
