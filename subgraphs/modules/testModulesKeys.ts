import { generateSecretBoxKey } from '@lanyard/core/secretBox';
import type { ModulesKeys } from './modulesKeys.ts';

/** A key made for the tests, as production holds it in PROVISIONING_TOKEN_KEY. */
export const testModulesKeys: ModulesKeys = { provisioningTokenKey: generateSecretBoxKey() };
