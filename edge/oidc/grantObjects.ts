import type { EdgeConfig } from '../env.ts';
import type { OidcGrantObjectStub } from './grantObject.ts';

/** The object of a grant, by the grant id its codes, refresh tokens and access tokens carry. */
export function grantObject(config: EdgeConfig, grantId: string): OidcGrantObjectStub {
  return config.oidcGrants.get(config.oidcGrants.idFromName(grantId));
}
