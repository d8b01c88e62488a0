import type { FieldProblem } from '@lanyard/core/domainError';

/**
 * What a Master types for a module instance, checked: names safe to show, URLs a browser may be sent
 * to. Redirect URIs are compared exactly at sign-in, so they are kept as typed (trimmed) and must be
 * absolute URLs without a fragment, as OpenID Connect requires.
 */
export interface ModuleInstanceFields {
  moduleName: string;
  instanceName: string;
  baseUrl: string;
  landingPageUrl: string | null;
  localLoginUrl: string | null;
  iconUrl: string | null;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  backchannelLogoutUri: string | null;
  initiateLoginUri: string | null;
}

export const NAME_MAX_LENGTH = 64;
export const MAX_REDIRECT_URIS = 20;
const URL_MAX_LENGTH = 2048;
export const CONTROL_CHARACTER = /\p{Cc}/u;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https anywhere, http only on the machine itself (a module in development). */
export function isAllowedUrl(text: string): boolean {
  if (text.length > URL_MAX_LENGTH) return false;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.hash !== '' || url.username !== '' || url.password !== '') return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
}

export const urlRule = 'Enter an https address (http only on localhost), without a #fragment.';

export function checkModuleInstanceFields(input: ModuleInstanceFields): { fields: ModuleInstanceFields; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const name = (field: 'moduleName' | 'instanceName', value: string): string => {
    const trimmed = value.trim().replace(/\s+/g, ' ');
    // Control characters are looked for before spaces are folded, which would hide a line break.
    if (trimmed === '' || [...trimmed].length > NAME_MAX_LENGTH || CONTROL_CHARACTER.test(value)) {
      problems.push({ path: [field], message: `1 to ${NAME_MAX_LENGTH} characters, without line breaks.` });
    }
    return trimmed;
  };
  const url = (field: string, value: string | null, required: boolean): string | null => {
    const trimmed = value?.trim() ?? '';
    if (trimmed === '') {
      if (required) problems.push({ path: [field], message: urlRule });
      return null;
    }
    if (!isAllowedUrl(trimmed)) problems.push({ path: [field], message: urlRule });
    return trimmed;
  };
  const urls = (field: 'redirectUris' | 'postLogoutRedirectUris', values: string[]): string[] => {
    const trimmed = values.map((value) => value.trim()).filter((value) => value !== '');
    if (trimmed.length > MAX_REDIRECT_URIS) problems.push({ path: [field], message: `At most ${MAX_REDIRECT_URIS} addresses.` });
    trimmed.forEach((value, index) => {
      if (!isAllowedUrl(value)) problems.push({ path: [field, String(index)], message: urlRule });
    });
    return [...new Set(trimmed)];
  };
  const fields: ModuleInstanceFields = {
    moduleName: name('moduleName', input.moduleName),
    instanceName: name('instanceName', input.instanceName),
    baseUrl: url('baseUrl', input.baseUrl, true) ?? '',
    landingPageUrl: url('landingPageUrl', input.landingPageUrl, false),
    localLoginUrl: url('localLoginUrl', input.localLoginUrl, false),
    iconUrl: url('iconUrl', input.iconUrl, false),
    redirectUris: urls('redirectUris', input.redirectUris),
    postLogoutRedirectUris: urls('postLogoutRedirectUris', input.postLogoutRedirectUris),
    backchannelLogoutUri: url('backchannelLogoutUri', input.backchannelLogoutUri, false),
    initiateLoginUri: url('initiateLoginUri', input.initiateLoginUri, false),
  };
  return { fields, problems };
}
