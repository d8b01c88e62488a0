import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import * as oidc from 'openid-client';
import { isLoopbackHttp, type ModuleDemoConfig } from './config.ts';

/**
 * The module's view of Lanyard as an OpenID Connect provider, through `openid-client` as it comes.
 * Discovery runs at the first sign-in rather than at start, so the module may start before Lanyard;
 * a failed discovery is tried again next time instead of being remembered.
 */

export interface LanyardClient {
  /** The discovered provider and this instance's client registration. */
  configuration(): Promise<oidc.Configuration>;
  /** Lanyard's signing keys (its JWKS), fetched and cached by jose, for logout tokens. */
  signingKeys(): Promise<JWTVerifyGetKey>;
}

export function lanyardClient(config: ModuleDemoConfig): LanyardClient {
  const issuer = new URL(config.lanyardIssuer);
  let discovered: Promise<oidc.Configuration> | undefined;
  let keys: JWTVerifyGetKey | undefined;

  const configuration = () => {
    discovered ??= oidc
      .discovery(issuer, config.clientId, config.clientSecret, undefined, {
        // openid-client refuses plain http; a local Lanyard on this machine is the one exception.
        ...(isLoopbackHttp(issuer) ? { execute: [oidc.allowInsecureRequests] } : {}),
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };

  return {
    configuration,
    async signingKeys() {
      if (!keys) {
        const jwksUri = (await configuration()).serverMetadata().jwks_uri;
        if (!jwksUri) throw new Error('Lanyard’s discovery document names no jwks_uri');
        keys = createRemoteJWKSet(new URL(jwksUri));
      }
      return keys;
    },
  };
}
