import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, test } from 'vitest';
import type { ListedModuleInstanceFragment } from '../generated/graphql.ts';
import {
  missingModuleProvisioningFields,
  moduleProvisioningFieldErrors,
  moduleProvisioningFormOf,
  moduleProvisioningInputOf,
  savedTokenSentence,
} from './moduleProvisioningForm.ts';

const provisioning = {
  enabled: true,
  scimBaseUrl: 'https://bms.example/scim/v2',
  scimTokenSet: true,
  scimTokenSetAt: '2026-01-01T00:00:00.000Z',
  defaultRole: 'agent',
  masterRole: 'admin',
  userRole: null,
};
const instance = { id: 'bms-eu', provisioning } as ListedModuleInstanceFragment;

describe('the provisioning section of a module instance', () => {
  test('fills the boxes from what is saved, the token box always empty', () => {
    expect(moduleProvisioningFormOf(instance)).toEqual({
      enabled: true,
      scimBaseUrl: 'https://bms.example/scim/v2',
      scimToken: '',
      defaultRole: 'agent',
      masterRole: 'admin',
      userRole: '',
    });
    expect(moduleProvisioningFormOf({ ...instance, provisioning: null }).enabled).toBe(false);
  });

  test('sends empty boxes as null, so an empty token keeps the saved one', () => {
    const values = { ...moduleProvisioningFormOf(instance), scimBaseUrl: ' https://bms.example/scim/v2 ', masterRole: ' ' };
    expect(moduleProvisioningInputOf('bms-eu', values)).toEqual({
      instanceId: 'bms-eu',
      enabled: true,
      scimBaseUrl: 'https://bms.example/scim/v2',
      scimToken: null,
      defaultRole: 'agent',
      masterRole: null,
      userRole: null,
    });
  });

  test('asks for a URL, a token (unless one is saved) and a default role to turn on, and nothing to stay off', () => {
    const empty = { enabled: true, scimBaseUrl: '', scimToken: '', defaultRole: '', masterRole: '', userRole: '' };
    expect(Object.keys(missingModuleProvisioningFields(empty, false))).toEqual(['scimBaseUrl', 'scimToken', 'defaultRole']);
    expect(Object.keys(missingModuleProvisioningFields(empty, true))).toEqual(['scimBaseUrl', 'defaultRole']);
    expect(missingModuleProvisioningFields({ ...empty, enabled: false }, false)).toEqual({});
  });

  test("puts the server's field errors under their boxes and says whether a token is saved", () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('refused', { extensions: { code: 'VALIDATION_FAILED', fields: [{ path: ['input', 'scimToken'], message: 'Enter the token again.' }] } })],
    });
    expect(moduleProvisioningFieldErrors(error)).toEqual({ scimToken: 'Enter the token again.' });
    expect(savedTokenSentence(null)).toBe('No token is saved yet.');
    expect(savedTokenSentence(provisioning)).toMatch(/^A token is saved on .+\. Leave the box empty to keep the current token\.$/);
  });
});
