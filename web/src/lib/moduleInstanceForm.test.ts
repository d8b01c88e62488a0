import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, test } from 'vitest';
import type { ListedModuleInstanceFragment } from '../generated/graphql.ts';
import {
  emptyModuleInstanceForm,
  missingModuleInstanceFields,
  moduleInstanceFieldErrors,
  moduleInstanceFormOf,
  moduleInstanceInputOf,
} from './moduleInstanceForm.ts';

function refusal(fields: { path: (string | number)[]; message: string }[]): CombinedError {
  return new CombinedError({ graphQLErrors: [new GraphQLError('refused', { extensions: { code: 'VALIDATION_FAILED', fields } })] });
}

const urlRule = 'Enter an https address (http only on localhost), without a #fragment.';

const typed = {
  ...emptyModuleInstanceForm(),
  moduleName: '  BMS ',
  instanceName: 'Acme EU',
  baseUrl: 'https://bms.example ',
  iconUrl: '   ',
  redirectUris: 'https://bms.example/callback\n\n  http://bms.example/cb#x  \nhttps://bms.example/other\n',
};

describe('the module instance form', () => {
  test('sends trimmed values, empty optional boxes as null, and one address per line without blank lines', () => {
    expect(moduleInstanceInputOf(typed)).toEqual({
      moduleName: 'BMS',
      instanceName: 'Acme EU',
      baseUrl: 'https://bms.example',
      landingPageUrl: null,
      localLoginUrl: null,
      iconUrl: null,
      redirectUris: ['https://bms.example/callback', 'http://bms.example/cb#x', 'https://bms.example/other'],
      postLogoutRedirectUris: [],
      backchannelLogoutUri: null,
      initiateLoginUri: null,
    });
  });

  test('asks for the names and the base URL before sending anything', () => {
    expect(Object.keys(missingModuleInstanceFields(emptyModuleInstanceForm()))).toEqual(['moduleName', 'instanceName', 'baseUrl']);
    expect(missingModuleInstanceFields(typed)).toEqual({});
  });

  test('names a bad redirect URI by its line in the box, blank lines counted', () => {
    const errors = moduleInstanceFieldErrors(refusal([{ path: ['input', 'instance', 'redirectUris', '1'], message: urlRule }]), typed);
    expect(errors).toEqual({ redirectUris: `Line 3: ${urlRule}` });
  });

  test('names several bad lines together, and a problem with the whole list before them', () => {
    const lines = refusal([
      { path: ['input', 'instance', 'redirectUris', '0'], message: urlRule },
      { path: ['input', 'instance', 'redirectUris', '2'], message: urlRule },
      { path: ['input', 'instance', 'postLogoutRedirectUris', '0'], message: urlRule },
      { path: ['input', 'instance', 'postLogoutRedirectUris'], message: 'At most 20 addresses.' },
      { path: ['input', 'instance', 'baseUrl'], message: urlRule },
    ]);
    const withPostLogout = { ...typed, postLogoutRedirectUris: 'x' };
    expect(moduleInstanceFieldErrors(lines, withPostLogout)).toEqual({
      redirectUris: `Lines 1 and 4: ${urlRule}`,
      postLogoutRedirectUris: 'At most 20 addresses.',
      baseUrl: urlRule,
    });
  });

  test('keeps out what is not about a field of the form', () => {
    const other = refusal([
      { path: ['instanceId'], message: 'A public client has no secret.' },
      { path: ['input', 'instance', 'clientId'], message: 'x' },
    ]);
    expect(moduleInstanceFieldErrors(other, typed)).toEqual({});
    expect(moduleInstanceFieldErrors(undefined, typed)).toEqual({});
  });

  test('an instance to edit fills the boxes, leaving empty the pages that are only its base URL', () => {
    const instance: ListedModuleInstanceFragment = {
      id: 'bms-eu',
      moduleName: 'BMS',
      instanceName: 'Acme EU',
      baseUrl: 'https://bms.example',
      landingPageUrl: 'https://bms.example',
      localLoginUrl: 'https://bms.example/login',
      iconUrl: null,
      unifiedLoginEnabled: true,
      oidcClient: {
        clientId: 'client-1',
        clientType: 'CONFIDENTIAL',
        redirectUris: ['https://bms.example/a', 'https://bms.example/b'],
        postLogoutRedirectUris: [],
        backchannelLogoutUri: null,
        initiateLoginUri: null,
        secretCreatedAt: '2026-01-01T00:00:00.000Z',
      },
      provisioning: null,
    };
    expect(moduleInstanceFormOf(instance)).toEqual({
      moduleName: 'BMS',
      instanceName: 'Acme EU',
      baseUrl: 'https://bms.example',
      landingPageUrl: '',
      localLoginUrl: 'https://bms.example/login',
      iconUrl: '',
      redirectUris: 'https://bms.example/a\nhttps://bms.example/b',
      postLogoutRedirectUris: '',
      backchannelLogoutUri: '',
      initiateLoginUri: '',
    });
  });
});
