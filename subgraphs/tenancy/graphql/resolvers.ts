import { requireEdge, type RequestContext } from '@lanyard/core/requestContext';
import type { CompanyRow, MembershipRow } from '../db/schema.ts';
import { findCompanyById, findCompanyByName, findMembership, type TenancyDatabase } from '../db/tenancyStore.ts';
import { normalizeCompanyName } from '../domain/companyName.ts';
import type { Resolvers } from './generated.ts';

/** Tenancy data is visible only inside the caller's own company (or to the edge). */
function sameCompany(context: RequestContext, companyId: string): boolean {
  const { principal } = context;
  return principal.scope === 'edge' || (principal.scope === 'session' && principal.companyId === companyId);
}

export function tenancyResolvers(db: TenancyDatabase): Resolvers {
  return {
    Query: {
      async companyIdForSignIn(_parent, { name }, context) {
        requireEdge(context);
        return (await findCompanyByName(db, normalizeCompanyName(name)))?.id ?? null;
      },
    },
    Company: {
      async __resolveReference(reference, context): Promise<CompanyRow | null> {
        if (!sameCompany(context, reference.id)) return null;
        return (await findCompanyById(db, reference.id)) ?? null;
      },
    },
    User: {
      async __resolveReference(reference, context): Promise<MembershipRow | null> {
        const membership = await findMembership(db, reference.id);
        return membership && sameCompany(context, membership.companyId) ? membership : null;
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
