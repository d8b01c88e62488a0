import type { FieldProblem } from '@lanyard/core/domainError';
import type { Role } from '@lanyard/core/role';
import { CONTROL_CHARACTER, isAllowedUrl, urlRule } from './moduleInstanceInput.ts';

/**
 * Automatic user provisioning of a module instance (JIT through SCIM 2.0), as a Master sets it: on or
 * off, where the module's SCIM endpoint is, its bearer token, and which module role a new account
 * gets. Pure rules: what is valid, which role a Lanyard user gets, when a saved token may be kept.
 */
export interface ProvisioningSettings {
  enabled: boolean;
  scimBaseUrl: string | null;
  defaultRole: string | null;
  masterRole: string | null;
  userRole: string | null;
}

/** What a Master sends: `scimToken` null or empty keeps the saved token. */
export interface ProvisioningSettingsInput extends ProvisioningSettings {
  scimToken: string | null;
}

export const ROLE_MAX_LENGTH = 64;
export const TOKEN_MAX_LENGTH = 2048;
/** A bearer token travels in an HTTP header: visible ASCII only (RFC 6750's b64token is narrower still). */
const TOKEN = /^[\x21-\x7e]+$/;

export interface CheckedProvisioningSettings {
  settings: ProvisioningSettings;
  /** The token to save, or null to keep the saved one (or none). */
  newToken: string | null;
  problems: FieldProblem[];
}

/**
 * Checks what a Master typed against what is saved. Turning provisioning on needs a SCIM base URL, a
 * token (typed now or saved before) and a default role; off, whatever is given is still checked and
 * kept, so settings can be prepared before they are used. A saved token is sent only to the origin it
 * was saved for: moving the base URL to another origin needs the token typed again, so that changing
 * an address alone can never send the module's token somewhere else.
 */
export function checkProvisioningSettings(
  input: ProvisioningSettingsInput,
  saved: { scimBaseUrl: string | null; tokenSet: boolean },
): CheckedProvisioningSettings {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ path: [field], message });

  const scimBaseUrl = baseUrlOf(input.scimBaseUrl);
  if (scimBaseUrl !== null && !isScimBaseUrl(scimBaseUrl)) problem('scimBaseUrl', `${urlRule} No ?query either.`);
  else if (scimBaseUrl === null && input.enabled) problem('scimBaseUrl', "Enter the module's SCIM base URL to turn provisioning on.");

  const typedToken = input.scimToken?.trim() ?? '';
  const newToken = typedToken === '' ? null : typedToken;
  if (newToken !== null && (newToken.length > TOKEN_MAX_LENGTH || !TOKEN.test(newToken))) {
    problem('scimToken', `1 to ${TOKEN_MAX_LENGTH} characters, without spaces.`);
  } else if (newToken === null && saved.tokenSet && scimBaseUrl !== null && saved.scimBaseUrl !== null && !sameOrigin(saved.scimBaseUrl, scimBaseUrl)) {
    problem('scimToken', 'Enter the token again: a saved token is sent only to the address it was saved for.');
  } else if (newToken === null && !saved.tokenSet && input.enabled) {
    problem('scimToken', "Enter the module's SCIM bearer token to turn provisioning on.");
  }

  const role = (field: 'defaultRole' | 'masterRole' | 'userRole', value: string | null, required: boolean): string | null => {
    const trimmed = value?.trim() ?? '';
    if (trimmed === '') {
      if (required) problem(field, 'Enter the module role new accounts get, e.g. agent.');
      return null;
    }
    if ([...trimmed].length > ROLE_MAX_LENGTH || CONTROL_CHARACTER.test(trimmed)) {
      problem(field, `1 to ${ROLE_MAX_LENGTH} characters, without line breaks.`);
    }
    return trimmed;
  };
  const settings: ProvisioningSettings = {
    enabled: input.enabled,
    scimBaseUrl,
    defaultRole: role('defaultRole', input.defaultRole, input.enabled),
    masterRole: role('masterRole', input.masterRole, false),
    userRole: role('userRole', input.userRole, false),
  };
  return { settings, newToken, problems };
}

/** The module role a new account of a Lanyard user with this role gets: its mapping, else the default. */
export function moduleRoleFor(settings: Pick<ProvisioningSettings, 'defaultRole' | 'masterRole' | 'userRole'>, role: Role): string | null {
  const mapped = role === 'USER' ? settings.userRole : settings.masterRole;
  return mapped ?? settings.defaultRole;
}

/** Trimmed, without trailing slashes (its /Users is appended), or null when empty. */
function baseUrlOf(value: string | null): string | null {
  const trimmed = value?.trim().replace(/\/+$/, '') ?? '';
  return trimmed === '' ? null : trimmed;
}

function isScimBaseUrl(value: string): boolean {
  return isAllowedUrl(value) && new URL(value).search === '';
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
