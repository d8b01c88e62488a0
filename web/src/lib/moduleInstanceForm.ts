import type { CombinedError } from '@urql/core';
import type { ListedModuleInstanceFragment, ModuleInstanceInput } from '../generated/graphql.ts';
import { validationProblems } from './graphQLFieldErrors.ts';

/**
 * The Add an instance and Edit forms of Admin Settings → Modules, as plain values: what the boxes
 * hold, the input the API takes, and the server's field errors put back under their boxes. Lists of
 * addresses are typed one per line; the API names a bad one by its place among the lines that are not
 * blank, which the form turns back into the line the person sees ("Line 2: …").
 */
export interface ModuleInstanceFormValues {
  moduleName: string;
  instanceName: string;
  baseUrl: string;
  landingPageUrl: string;
  localLoginUrl: string;
  iconUrl: string;
  redirectUris: string;
  postLogoutRedirectUris: string;
  backchannelLogoutUri: string;
  initiateLoginUri: string;
}

export type ModuleInstanceField = keyof ModuleInstanceFormValues;

/** The fields in the order the form shows them: the first with a problem gets the cursor. */
export const moduleInstanceFields: readonly ModuleInstanceField[] = [
  'moduleName',
  'instanceName',
  'baseUrl',
  'landingPageUrl',
  'localLoginUrl',
  'iconUrl',
  'redirectUris',
  'postLogoutRedirectUris',
  'backchannelLogoutUri',
  'initiateLoginUri',
];

export type ModuleInstanceFieldErrors = Partial<Record<ModuleInstanceField, string>>;

export function emptyModuleInstanceForm(): ModuleInstanceFormValues {
  return {
    moduleName: '',
    instanceName: '',
    baseUrl: '',
    landingPageUrl: '',
    localLoginUrl: '',
    iconUrl: '',
    redirectUris: '',
    postLogoutRedirectUris: '',
    backchannelLogoutUri: '',
    initiateLoginUri: '',
  };
}

/**
 * An instance's values for the Edit form. The API answers the base URL for a landing page or local
 * login page that was never set; the box then stays empty, so that changing the base URL moves them too.
 */
export function moduleInstanceFormOf(instance: ListedModuleInstanceFragment): ModuleInstanceFormValues {
  const unlessBaseUrl = (url: string) => (url === instance.baseUrl ? '' : url);
  return {
    moduleName: instance.moduleName,
    instanceName: instance.instanceName,
    baseUrl: instance.baseUrl,
    landingPageUrl: unlessBaseUrl(instance.landingPageUrl),
    localLoginUrl: unlessBaseUrl(instance.localLoginUrl),
    iconUrl: instance.iconUrl ?? '',
    redirectUris: (instance.oidcClient?.redirectUris ?? []).join('\n'),
    postLogoutRedirectUris: (instance.oidcClient?.postLogoutRedirectUris ?? []).join('\n'),
    backchannelLogoutUri: instance.oidcClient?.backchannelLogoutUri ?? '',
    initiateLoginUri: instance.oidcClient?.initiateLoginUri ?? '',
  };
}

/** The boxes left empty that must not be; what makes a name or an address valid is the server's to say. */
export function missingModuleInstanceFields(values: ModuleInstanceFormValues): ModuleInstanceFieldErrors {
  const missing: ModuleInstanceFieldErrors = {};
  if (values.moduleName.trim() === '') missing.moduleName = "Enter the module's name, e.g. BMS.";
  if (values.instanceName.trim() === '') missing.instanceName = 'Enter the name of this instance, e.g. Acme EU.';
  if (values.baseUrl.trim() === '') missing.baseUrl = "Enter the module's address.";
  return missing;
}

/** What the API takes: names and addresses trimmed, empty optional boxes as null, blank lines dropped. */
export function moduleInstanceInputOf(values: ModuleInstanceFormValues): ModuleInstanceInput {
  const optional = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    moduleName: values.moduleName.trim(),
    instanceName: values.instanceName.trim(),
    baseUrl: values.baseUrl.trim(),
    landingPageUrl: optional(values.landingPageUrl),
    localLoginUrl: optional(values.localLoginUrl),
    iconUrl: optional(values.iconUrl),
    redirectUris: filledLines(values.redirectUris).map((line) => line.text),
    postLogoutRedirectUris: filledLines(values.postLogoutRedirectUris).map((line) => line.text),
    backchannelLogoutUri: optional(values.backchannelLogoutUri),
    initiateLoginUri: optional(values.initiateLoginUri),
  };
}

/** The lines that are not blank, trimmed, each with its number as the person counts (from 1). */
function filledLines(text: string): { text: string; lineNumber: number }[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ text: line.trim(), lineNumber: index + 1 }))
    .filter((line) => line.text !== '');
}

function isField(name: string): name is ModuleInstanceField {
  return (moduleInstanceFields as readonly string[]).includes(name);
}

/**
 * The server's field errors (paths like ["input", "instance", "redirectUris", "1"]) under the boxes
 * they are about, one sentence a box: a problem with the whole list comes before a problem with a line,
 * and bad lines are named by their numbers in the box that was sent.
 */
export function moduleInstanceFieldErrors(error: CombinedError | undefined, sent: ModuleInstanceFormValues): ModuleInstanceFieldErrors {
  const whole: ModuleInstanceFieldErrors = {};
  const byLine = new Map<ModuleInstanceField, { lineNumbers: number[]; message: string }>();
  for (const { path, message } of validationProblems(error)) {
    if (path[0] !== 'input' || path[1] !== 'instance') continue;
    const [field, place] = path.slice(2);
    if (typeof field !== 'string' || !isField(field)) continue;
    if (place === undefined) {
      whole[field] ??= message;
      continue;
    }
    const lineNumber = filledLines(sent[field])[Number(place)]?.lineNumber;
    if (lineNumber === undefined) continue;
    const lines = byLine.get(field) ?? { lineNumbers: [], message };
    lines.lineNumbers.push(lineNumber);
    byLine.set(field, lines);
  }
  for (const [field, { lineNumbers, message }] of byLine) {
    whole[field] ??= `${linesInWords(lineNumbers)}: ${message}`;
  }
  return whole;
}

function linesInWords(lineNumbers: number[]): string {
  if (lineNumbers.length === 1) return `Line ${lineNumbers[0]}`;
  return `Lines ${lineNumbers.slice(0, -1).join(', ')} and ${lineNumbers.at(-1)}`;
}
