import { generateSecrets } from '@lanyard/core/developmentSecrets';

/**
 * `npm run keys`: fresh secrets for a production deployment, printed as the settings that need them. The
 * private key, the session secret and the OIDC signing keys go only to the edge; the public key to the gateway and subgraphs;
 * the TOTP and recovery-code keys only to identity; the provisioning token key only to modules.
 */
const secrets = await generateSecrets();
console.log('# Edge secrets (wrangler secret put NAME):');
console.log(`INTERNAL_TOKEN_PRIVATE_JWK='${secrets.internalTokenPrivateJwk}'`);
console.log(`SESSION_SECRET='${secrets.sessionSecret}'`);
console.log(`OIDC_SIGNING_KEYS='${secrets.oidcSigningKeys}'`);
console.log('# Gateway and every subgraph:');
console.log(`INTERNAL_TOKEN_PUBLIC_JWK='${secrets.internalTokenPublicJwk}'`);
console.log('# Identity subgraph only:');
console.log(`TOTP_ENCRYPTION_KEY='${secrets.totpEncryptionKey}'`);
console.log(`RECOVERY_CODE_KEY='${secrets.recoveryCodeKey}'`);
console.log('# Modules subgraph only:');
console.log(`PROVISIONING_TOKEN_KEY='${secrets.provisioningTokenKey}'`);
