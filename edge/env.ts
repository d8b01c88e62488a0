import type { CryptoKey } from 'jose';
import { importInternalSigningKey } from '@lanyard/core/internalToken';
import { derivePendingSignInKey } from './pendingSignIn.ts';
import { CompanySecurityCache } from './companySecurity/companySecurityCache.ts';
import type { CompanySecurityObjectStub } from './companySecurity/companySecurityObject.ts';
import { fetchCompanySecurity } from './companySecurity/fetchCompanySecurity.ts';
import { OidcClientRegistry } from './oidc/clientRegistry.ts';
import type { OidcGrantObjectStub } from './oidc/grantObject.ts';
import type { LogoutDeliveryLogObjectStub } from './sessions/logoutDeliveryLogObject.ts';
import { importOidcSigningKeys, OidcSigningKeysProblem, type OidcSigningKeys } from './oidc/signingKeys.ts';
import { SessionStore, type SessionBindings } from './sessions/sessionStore.ts';
import type { AttemptCounterObjectStub } from './signInLimits/attemptCounterObject.ts';
import { DEFAULT_SPRAYING_LIMIT, SignInGuard, type SprayingLimit } from './signInLimits/signInGuard.ts';

/** The bindings wrangler.toml and `wrangler secret put` give the worker. */
export interface Env extends SessionBindings {
  /** The built web app (static assets binding). */
  ASSETS: { fetch(request: Request): Promise<Response> };
  /** Base URL of the Apollo gateway, e.g. http://127.0.0.1:4000 (no trailing path). */
  GATEWAY_URL: string;
  /** Secret: JWK JSON of the Ed25519 private key that signs internal tokens. */
  INTERNAL_TOKEN_PRIVATE_JWK: string;
  /** Secret: at least 32 characters; the pending sign-in's key is derived from it. */
  SESSION_SECRET: string;
  /** Secret: the ES256 keys of the tokens modules verify (see oidc/signingKeys.ts). */
  OIDC_SIGNING_KEYS: string;
  /**
   * Optional, for local runs only: "on" serves the development mailbox at /dev/mailbox. Never set in
   * wrangler.toml, so a deployment does not have it; scripts/startEdge.ts sets it.
   */
  DEVELOPMENT_MAILBOX?: string;
  /** Counters of failed sign-ins, per account and per client network (Durable Objects). */
  ATTEMPT_COUNTERS: DurableObjectNamespace<AttemptCounterObjectStub>;
  /** Each company's security settings at the edge and its locked accounts (Durable Objects). */
  COMPANY_SECURITY: DurableObjectNamespace<CompanySecurityObjectStub>;
  /** The modules' OIDC grants: codes and refresh token chains (Durable Objects). */
  OIDC_GRANTS: DurableObjectNamespace<OidcGrantObjectStub>;
  /** Each company's log of back-channel logouts to its modules (Durable Objects). */
  LOGOUT_DELIVERIES: DurableObjectNamespace<LogoutDeliveryLogObjectStub>;
  /** Optional: failed sign-ins one client network may make across all accounts in the window (default 30). */
  SIGN_IN_FAILURES_PER_NETWORK?: string;
  /** Optional: that window in minutes (default 10). */
  SIGN_IN_FAILURE_WINDOW_MINUTES?: string;
}

/** What handlers may read from hono's context besides the bindings. */
export interface EdgeVariables {
  requestId: string;
  config: EdgeConfig;
}

export interface EdgeBindings {
  Bindings: Env;
  Variables: EdgeVariables;
}

/** The validated, ready-to-use form of the bindings. */
export interface EdgeConfig {
  gatewayUrl: string;
  internalTokenKey: CryptoKey;
  /** Derived from SESSION_SECRET (see pendingSignIn.ts). */
  pendingSignInKey: CryptoKey;
  /** Signed-in sessions, in Durable Objects. */
  sessions: SessionStore;
  /** Lockout and the spraying limit. */
  signInGuard: SignInGuard;
  /** What the edge enforces for each company, cached. */
  companySecurity: CompanySecurityCache;
  oidcSigningKeys: OidcSigningKeys;
  oidcClients: OidcClientRegistry;
  oidcGrants: DurableObjectNamespace<OidcGrantObjectStub>;
  logoutDeliveries: DurableObjectNamespace<LogoutDeliveryLogObjectStub>;
}

/** One binding is missing or malformed. */
class BindingProblem extends Error {
  constructor(binding: keyof Env, problem: string) {
    super(`${binding} ${problem}`);
  }
}

/** Bindings are missing or malformed: the worker cannot serve anything until an operator fixes them. */
export class BindingError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Bad bindings: ${problems.join('; ')}`);
    this.problems = problems;
    this.name = 'BindingError';
  }
}

export const MIN_SESSION_SECRET_LENGTH = 32;

// Importing keys costs WebCrypto round trips, so it happens once per isolate, not per request. The cache is
// keyed by the raw binding values so that a changed secret (a new deployment) is picked up.
let cached: { source: Env; config: Promise<EdgeConfig> } | undefined;

/** Compares the values themselves: every request passes here, so nothing is built to compare. */
function sameBindings(a: Env, b: Env): boolean {
  return (
    a.GATEWAY_URL === b.GATEWAY_URL &&
    a.INTERNAL_TOKEN_PRIVATE_JWK === b.INTERNAL_TOKEN_PRIVATE_JWK &&
    a.SESSION_SECRET === b.SESSION_SECRET &&
    a.OIDC_SIGNING_KEYS === b.OIDC_SIGNING_KEYS &&
    a.SESSIONS === b.SESSIONS &&
    a.USER_SESSIONS === b.USER_SESSIONS &&
    a.ATTEMPT_COUNTERS === b.ATTEMPT_COUNTERS &&
    a.COMPANY_SECURITY === b.COMPANY_SECURITY &&
    a.OIDC_GRANTS === b.OIDC_GRANTS &&
    a.LOGOUT_DELIVERIES === b.LOGOUT_DELIVERIES &&
    a.SIGN_IN_FAILURES_PER_NETWORK === b.SIGN_IN_FAILURES_PER_NETWORK &&
    a.SIGN_IN_FAILURE_WINDOW_MINUTES === b.SIGN_IN_FAILURE_WINDOW_MINUTES
  );
}

export function edgeConfig(env: Env): Promise<EdgeConfig> {
  if (!cached || !sameBindings(cached.source, env)) {
    const config = loadEdgeConfig(env);
    cached = { source: env, config };
    // A failed load is not cached: the next request tries again (and logs again) instead of sticking.
    config.catch(() => {
      if (cached?.config === config) cached = undefined;
    });
  }
  return cached.config;
}

async function loadEdgeConfig(env: Env): Promise<EdgeConfig> {
  // Every binding is checked, so one log line tells an operator everything that needs fixing.
  const problems: string[] = [];
  async function check<T>(read: () => T | Promise<T>): Promise<T | undefined> {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof BindingProblem)) throw error;
      problems.push(error.message);
      return undefined;
    }
  }
  const gatewayUrl = await check(() => readGatewayUrl(env.GATEWAY_URL));
  const internalTokenKey = await check(() => importInternalTokenKey(env.INTERNAL_TOKEN_PRIVATE_JWK));
  const sessionSecret = await check(() => readSessionSecret(env.SESSION_SECRET));
  const sessionBindings = await check(() => readSessionBindings(env));
  const objects = await check(() => readObjectBindings(env));
  const spraying = await check(() => readSprayingLimit(env));
  const oidcSigningKeys = await check(() => readOidcSigningKeys(env.OIDC_SIGNING_KEYS));
  if (
    !oidcSigningKeys ||
    gatewayUrl === undefined ||
    internalTokenKey === undefined ||
    sessionSecret === undefined ||
    !sessionBindings ||
    !objects ||
    !spraying
  ) {
    throw new BindingError(problems);
  }
  const pendingSignInKey = await derivePendingSignInKey(sessionSecret);
  const config: EdgeConfig = {
    gatewayUrl,
    internalTokenKey,
    pendingSignInKey,
    sessions: new SessionStore(sessionBindings),
    signInGuard: new SignInGuard(objects.ATTEMPT_COUNTERS, objects.COMPANY_SECURITY, spraying),
    // The cache fetches through the gateway with this very config, hence the late binding.
    companySecurity: new CompanySecurityCache(objects.COMPANY_SECURITY, (companyId, requestId) =>
      fetchCompanySecurity(config, companyId, requestId),
    ),
    oidcSigningKeys,
    oidcClients: new OidcClientRegistry(),
    oidcGrants: objects.OIDC_GRANTS,
    logoutDeliveries: objects.LOGOUT_DELIVERIES,
  };
  return config;
}

function readGatewayUrl(value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new BindingProblem('GATEWAY_URL', 'is required');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new BindingProblem('GATEWAY_URL', 'is not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new BindingProblem('GATEWAY_URL', 'must be an http(s) URL');
  }
  return value.replace(/\/+$/, '');
}

async function importInternalTokenKey(value: unknown): Promise<CryptoKey> {
  if (typeof value !== 'string' || value === '') {
    throw new BindingProblem('INTERNAL_TOKEN_PRIVATE_JWK', 'is required (set it with `wrangler secret put`)');
  }
  let jwk: unknown;
  try {
    jwk = JSON.parse(value);
  } catch {
    throw new BindingProblem('INTERNAL_TOKEN_PRIVATE_JWK', 'is not JSON');
  }
  if (
    typeof jwk !== 'object' ||
    jwk === null ||
    !('kty' in jwk && jwk.kty === 'OKP') ||
    !('crv' in jwk && jwk.crv === 'Ed25519') ||
    !('d' in jwk && typeof jwk.d === 'string')
  ) {
    throw new BindingProblem('INTERNAL_TOKEN_PRIVATE_JWK', 'must be the JWK of an Ed25519 private key (kty OKP, crv Ed25519, d)');
  }
  try {
    return await importInternalSigningKey(value);
  } catch {
    throw new BindingProblem('INTERNAL_TOKEN_PRIVATE_JWK', 'could not be imported as an Ed25519 private key');
  }
}

async function readOidcSigningKeys(value: unknown): Promise<OidcSigningKeys> {
  if (typeof value !== 'string' || value === '') {
    throw new BindingProblem('OIDC_SIGNING_KEYS', 'is required (set it with `wrangler secret put`; `npm run keys` makes one)');
  }
  try {
    return await importOidcSigningKeys(value);
  } catch (error) {
    if (error instanceof OidcSigningKeysProblem) throw new BindingProblem('OIDC_SIGNING_KEYS', error.message);
    throw new BindingProblem('OIDC_SIGNING_KEYS', 'could not be imported');
  }
}

function readSessionSecret(value: unknown): string {
  if (typeof value !== 'string' || value.length < MIN_SESSION_SECRET_LENGTH) {
    throw new BindingProblem('SESSION_SECRET', `must be at least ${MIN_SESSION_SECRET_LENGTH} characters`);
  }
  return value;
}

/** The Durable Object bindings come from wrangler.toml; without them the edge cannot keep anyone safe. */
function requireObjectBinding(
  env: Env,
  binding: 'SESSIONS' | 'USER_SESSIONS' | 'ATTEMPT_COUNTERS' | 'COMPANY_SECURITY' | 'OIDC_GRANTS' | 'LOGOUT_DELIVERIES',
): void {
  if (typeof env[binding]?.idFromName !== 'function') {
    throw new BindingProblem(binding, 'must be a Durable Object binding (see wrangler.toml)');
  }
}

function readSessionBindings(env: Env): SessionBindings {
  requireObjectBinding(env, 'SESSIONS');
  requireObjectBinding(env, 'USER_SESSIONS');
  return { SESSIONS: env.SESSIONS, USER_SESSIONS: env.USER_SESSIONS };
}

function readObjectBindings(env: Env): Pick<Env, 'ATTEMPT_COUNTERS' | 'COMPANY_SECURITY' | 'OIDC_GRANTS' | 'LOGOUT_DELIVERIES'> {
  requireObjectBinding(env, 'ATTEMPT_COUNTERS');
  requireObjectBinding(env, 'COMPANY_SECURITY');
  requireObjectBinding(env, 'OIDC_GRANTS');
  requireObjectBinding(env, 'LOGOUT_DELIVERIES');
  return {
    ATTEMPT_COUNTERS: env.ATTEMPT_COUNTERS,
    COMPANY_SECURITY: env.COMPANY_SECURITY,
    OIDC_GRANTS: env.OIDC_GRANTS,
    LOGOUT_DELIVERIES: env.LOGOUT_DELIVERIES,
  };
}

function readWholeNumber(env: Env, binding: 'SIGN_IN_FAILURES_PER_NETWORK' | 'SIGN_IN_FAILURE_WINDOW_MINUTES', fallback: number): number {
  const value = env[binding];
  if (value === undefined || value === '') return fallback;
  if (!/^[1-9][0-9]{0,5}$/.test(value)) throw new BindingProblem(binding, 'must be a whole number from 1 to 999999');
  return Number(value);
}

function readSprayingLimit(env: Env): SprayingLimit {
  return {
    failures: readWholeNumber(env, 'SIGN_IN_FAILURES_PER_NETWORK', DEFAULT_SPRAYING_LIMIT.failures),
    windowMinutes: readWholeNumber(env, 'SIGN_IN_FAILURE_WINDOW_MINUTES', DEFAULT_SPRAYING_LIMIT.windowMinutes),
  };
}
