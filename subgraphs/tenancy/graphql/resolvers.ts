import { mayReadCompany, requireEdge } from '@lanyard/core/requestContext';
import type { CompanyRow } from '../db/schema.ts';
import { companyNamesByIds, findCompanyById, findCompanyByName, type TenancyDatabase } from '../db/tenancyStore.ts';
import { normalizeCompanyName } from '@lanyard/core/companyName';
import type { Resolvers } from './generated.ts';

export function tenancyResolvers(db: TenancyDatabase): Resolvers {
  return {
    Query: {
      async companyForSignIn(_parent, { name }, context) {
        requireEdge(context);
        return (await findCompanyByName(db, normalizeCompanyName(name))) ?? null;
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
  };
}
