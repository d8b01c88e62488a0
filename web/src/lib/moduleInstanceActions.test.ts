import { describe, expect, test } from 'vitest';
import type { ListedModuleInstanceFragment } from '../generated/graphql.ts';
import { moduleInstanceActionsFor, moduleInstanceConfirmationFor } from './moduleInstanceActions.ts';

const bms: ListedModuleInstanceFragment = {
  id: 'bms-eu',
  moduleName: 'BMS',
  instanceName: 'Acme EU',
  baseUrl: 'https://bms.example',
  landingPageUrl: 'https://bms.example',
  localLoginUrl: 'https://bms.example',
  iconUrl: null,
  unifiedLoginEnabled: true,
  oidcClient: {
    clientId: 'client-1',
    clientType: 'CONFIDENTIAL',
    redirectUris: [],
    postLogoutRedirectUris: [],
    backchannelLogoutUri: null,
    initiateLoginUri: null,
    secretCreatedAt: null,
  },
  provisioning: null,
};

describe('the actions a Master is offered for a module instance', () => {
  test('a confidential client can have its secret rotated; Unified Login is offered the other way from how it is', () => {
    expect(moduleInstanceActionsFor(bms)).toEqual(['EDIT', 'TURN_UNIFIED_LOGIN_OFF', 'ROTATE_SECRET', 'DELETE']);
    expect(moduleInstanceActionsFor({ ...bms, unifiedLoginEnabled: false })).toContain('TURN_UNIFIED_LOGIN_ON');
  });

  test('a public client has no secret to rotate', () => {
    const publicClient = { ...bms, oidcClient: bms.oidcClient && { ...bms.oidcClient, clientType: 'PUBLIC' as const } };
    expect(moduleInstanceActionsFor(publicClient)).toEqual(['EDIT', 'TURN_UNIFIED_LOGIN_OFF', 'DELETE']);
  });

  test('turning Unified Login off, rotating the secret and deleting ask first, saying what follows', () => {
    expect(moduleInstanceConfirmationFor('TURN_UNIFIED_LOGIN_OFF', bms)?.sentence).toBe(
      'New sign-ins to BMS · Acme EU through Lanyard are refused at once; users open its own login page.',
    );
    expect(moduleInstanceConfirmationFor('ROTATE_SECRET', bms)?.sentence).toContain('The current secret stops working at once.');
    expect(moduleInstanceConfirmationFor('DELETE', bms)?.sentence).toContain('This cannot be undone.');
    expect(moduleInstanceConfirmationFor('TURN_UNIFIED_LOGIN_ON', bms)).toBeNull();
    expect(moduleInstanceConfirmationFor('EDIT', bms)).toBeNull();
  });
});
