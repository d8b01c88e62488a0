/**
 * The worker module wrangler deploys: the edge's app, and the Durable Object classes wrangler.toml binds,
 * which a worker module must export by name. The app itself (index.ts) imports nothing of the Workers
 * runtime, so tests can also run it on Node.
 */
export { default } from './index.ts';
export { SessionObject } from './sessions/sessionObject.ts';
export { UserSessionsObject } from './sessions/userSessionsObject.ts';
export { AttemptCounterObject } from './signInLimits/attemptCounterObject.ts';
export { CompanySecurityObject } from './companySecurity/companySecurityObject.ts';
export { OidcGrantObject } from './oidc/grantObject.ts';
export { LogoutDeliveryLogObject } from './sessions/logoutDeliveryLogObject.ts';
