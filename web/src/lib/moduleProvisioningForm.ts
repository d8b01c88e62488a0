import type { CombinedError } from '@urql/core';
import type { ListedModuleInstanceFragment, ModuleProvisioningInput } from '../generated/graphql.ts';
import { validationFieldErrors } from './graphQLFieldErrors.ts';

/**
 * The Provisioning section of an instance in Admin Settings → Modules, as plain values: whether a
 * sign-in creates the person's module account through SCIM, where, with which token and which role.
 * The token box starts empty whatever is saved (the API never answers a token); left empty, the saved
 * token is kept.
 */
export interface ModuleProvisioningFormValues {
  enabled: boolean;
  scimBaseUrl: string;
  scimToken: string;
  defaultRole: string;
  masterRole: string;
  userRole: string;
}

export type ModuleProvisioningField = Exclude<keyof ModuleProvisioningFormValues, 'enabled'>;

/** The boxes in the order the form shows them: the first with a problem gets the cursor. */
export const moduleProvisioningFields: readonly ModuleProvisioningField[] = ['scimBaseUrl', 'scimToken', 'defaultRole', 'masterRole', 'userRole'];

export type ModuleProvisioningFieldErrors = Partial<Record<ModuleProvisioningField, string>>;

export function moduleProvisioningFormOf(instance: ListedModuleInstanceFragment): ModuleProvisioningFormValues {
  const saved = instance.provisioning;
  return {
    enabled: saved?.enabled ?? false,
    scimBaseUrl: saved?.scimBaseUrl ?? '',
    scimToken: '',
    defaultRole: saved?.defaultRole ?? '',
    masterRole: saved?.masterRole ?? '',
    userRole: saved?.userRole ?? '',
  };
}

/** What must be filled in to turn provisioning on; whether an address or role is valid is the server's to say. */
export function missingModuleProvisioningFields(values: ModuleProvisioningFormValues, tokenSet: boolean): ModuleProvisioningFieldErrors {
  const missing: ModuleProvisioningFieldErrors = {};
  if (!values.enabled) return missing;
  if (values.scimBaseUrl.trim() === '') missing.scimBaseUrl = "Enter the module's SCIM base URL.";
  if (values.scimToken.trim() === '' && !tokenSet) missing.scimToken = "Enter the module's SCIM bearer token.";
  if (values.defaultRole.trim() === '') missing.defaultRole = 'Enter the module role new accounts get, e.g. agent.';
  return missing;
}

/** What the API takes: boxes trimmed, empty ones as null (an empty token keeps the saved one). */
export function moduleProvisioningInputOf(instanceId: string, values: ModuleProvisioningFormValues): ModuleProvisioningInput {
  const optional = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    instanceId,
    enabled: values.enabled,
    scimBaseUrl: optional(values.scimBaseUrl),
    scimToken: optional(values.scimToken),
    defaultRole: optional(values.defaultRole),
    masterRole: optional(values.masterRole),
    userRole: optional(values.userRole),
  };
}

/** The server's field errors (paths like ["input", "scimBaseUrl"]) under their boxes. */
export function moduleProvisioningFieldErrors(error: CombinedError | undefined): ModuleProvisioningFieldErrors {
  const errors: ModuleProvisioningFieldErrors = {};
  for (const [field, message] of Object.entries(validationFieldErrors(error))) {
    if ((moduleProvisioningFields as readonly string[]).includes(field)) errors[field as ModuleProvisioningField] = message;
  }
  return errors;
}

/** What the section says of the saved token. */
export function savedTokenSentence(provisioning: ListedModuleInstanceFragment['provisioning']): string {
  if (!provisioning?.scimTokenSet) return 'No token is saved yet.';
  const at = provisioning.scimTokenSetAt ? new Date(provisioning.scimTokenSetAt) : null;
  const when = at && !Number.isNaN(at.getTime()) ? ` on ${at.toLocaleDateString(undefined, { dateStyle: 'medium' })}` : '';
  return `A token is saved${when}. Leave the box empty to keep the current token.`;
}
