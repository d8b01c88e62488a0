/** TOTP secrets at rest use the secret box every Node subgraph shares (core/src/secretBox.ts). */
export { createSecretBox, generateSecretBoxKey, SecretBoxError, type SecretBox } from '@lanyard/core/secretBox';
