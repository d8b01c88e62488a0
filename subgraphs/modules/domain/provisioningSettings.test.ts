import { describe, expect, it } from 'vitest';
import { checkProvisioningSettings, moduleRoleFor, type ProvisioningSettingsInput } from './provisioningSettings.ts';

const input = (overrides: Partial<ProvisioningSettingsInput> = {}): ProvisioningSettingsInput => ({
  enabled: true,
  scimBaseUrl: 'https://bms.example/scim/v2',
  scimToken: 'a-token-the-module-gave',
  defaultRole: 'agent',
  masterRole: null,
  userRole: null,
  ...overrides,
});
const nothingSaved: { scimBaseUrl: string | null; tokenSet: boolean } = { scimBaseUrl: null, tokenSet: false };
const paths = (overrides: Partial<ProvisioningSettingsInput>, saved = nothingSaved) =>
  checkProvisioningSettings(input(overrides), saved).problems.map((problem) => problem.path.join('.'));

describe('provisioning settings', () => {
  it('turns on with a SCIM base URL, a token and a default role, trimmed, the URL without trailing slashes', () => {
    const checked = checkProvisioningSettings(input({ scimBaseUrl: ' https://bms.example/scim/v2/ ', defaultRole: ' agent ', masterRole: ' admin ' }), nothingSaved);
    expect(checked.problems).toEqual([]);
    expect(checked.settings).toEqual({ enabled: true, scimBaseUrl: 'https://bms.example/scim/v2', defaultRole: 'agent', masterRole: 'admin', userRole: null });
    expect(checked.newToken).toBe('a-token-the-module-gave');
  });

  it('needs every part to turn on, and nothing to stay off', () => {
    expect(paths({ scimBaseUrl: '', scimToken: null, defaultRole: ' ' })).toEqual(['scimBaseUrl', 'scimToken', 'defaultRole']);
    expect(paths({ enabled: false, scimBaseUrl: null, scimToken: null, defaultRole: null })).toEqual([]);
  });

  it('takes https anywhere and http only on the machine itself, without a query or a fragment', () => {
    expect(paths({ scimBaseUrl: 'http://127.0.0.1:5101/scim/v2' })).toEqual([]);
    expect(paths({ scimBaseUrl: 'http://bms.example/scim/v2' })).toEqual(['scimBaseUrl']);
    expect(paths({ scimBaseUrl: 'https://bms.example/scim?x=1' })).toEqual(['scimBaseUrl']);
    expect(paths({ scimBaseUrl: 'https://bms.example/scim#x' })).toEqual(['scimBaseUrl']);
    expect(paths({ enabled: false, scimBaseUrl: 'javascript:alert(1)' })).toEqual(['scimBaseUrl']);
  });

  it('keeps the saved token when none is typed, but only for the same origin', () => {
    const saved = { scimBaseUrl: 'https://bms.example/scim/v2', tokenSet: true };
    const kept = checkProvisioningSettings(input({ scimToken: '', scimBaseUrl: 'https://bms.example/scim/v3' }), saved);
    expect(kept.problems).toEqual([]);
    expect(kept.newToken).toBeNull();
    expect(paths({ scimToken: null, scimBaseUrl: 'https://elsewhere.example/scim/v2' }, saved)).toEqual(['scimToken']);
    expect(paths({ scimToken: 'typed-again', scimBaseUrl: 'https://elsewhere.example/scim/v2' }, saved)).toEqual([]);
  });

  it('refuses a token with spaces or too long, and roles of more than 64 characters or with line breaks', () => {
    expect(paths({ scimToken: 'two words' })).toEqual(['scimToken']);
    expect(paths({ scimToken: 'x'.repeat(2049) })).toEqual(['scimToken']);
    expect(paths({ defaultRole: 'a'.repeat(65), masterRole: 'ad\nmin', userRole: 'a'.repeat(64) })).toEqual(['defaultRole', 'masterRole']);
  });
});

describe('module role of a Lanyard user', () => {
  const settings = { defaultRole: 'agent', masterRole: 'admin', userRole: null };
  it('is the mapping of their role, the Root Master counting as a Master, else the default role', () => {
    expect(moduleRoleFor(settings, 'MASTER')).toBe('admin');
    expect(moduleRoleFor(settings, 'ROOT_MASTER')).toBe('admin');
    expect(moduleRoleFor(settings, 'USER')).toBe('agent');
    expect(moduleRoleFor({ ...settings, userRole: 'viewer' }, 'USER')).toBe('viewer');
    expect(moduleRoleFor({ ...settings, masterRole: null }, 'MASTER')).toBe('agent');
  });
});
