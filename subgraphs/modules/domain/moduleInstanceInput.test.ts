import { describe, expect, it } from 'vitest';
import { checkModuleInstanceFields, type ModuleInstanceFields } from './moduleInstanceInput.ts';

const fields = (overrides: Partial<ModuleInstanceFields> = {}): ModuleInstanceFields => ({
  moduleName: 'BMS',
  instanceName: 'Acme EU',
  baseUrl: 'https://bms.example',
  landingPageUrl: null,
  localLoginUrl: null,
  iconUrl: null,
  redirectUris: [],
  postLogoutRedirectUris: [],
  backchannelLogoutUri: null,
  initiateLoginUri: null,
  ...overrides,
});
const problemPaths = (overrides: Partial<ModuleInstanceFields>) =>
  checkModuleInstanceFields(fields(overrides)).problems.map((problem) => problem.path.join('.'));

describe('module instance fields', () => {
  it('takes https anywhere and http only on the machine itself', () => {
    expect(problemPaths({ baseUrl: 'https://bms.example/eu' })).toEqual([]);
    expect(problemPaths({ baseUrl: 'http://localhost:5173' })).toEqual([]);
    expect(problemPaths({ baseUrl: 'http://127.0.0.1:8080/x' })).toEqual([]);
    expect(problemPaths({ baseUrl: 'http://bms.example' })).toEqual(['baseUrl']);
    expect(problemPaths({ baseUrl: 'ftp://bms.example' })).toEqual(['baseUrl']);
    expect(problemPaths({ baseUrl: 'https://user:pass@bms.example' })).toEqual(['baseUrl']);
    expect(problemPaths({ baseUrl: '' })).toEqual(['baseUrl']);
  });

  it('refuses redirect URIs with a fragment or of another scheme, keeps them as typed otherwise, once each', () => {
    const { fields: checked, problems } = checkModuleInstanceFields(
      fields({ redirectUris: [' https://bms.example/cb ', 'https://bms.example/cb', 'https://bms.example/CB?x=1'] }),
    );
    expect(problems).toEqual([]);
    expect(checked.redirectUris).toEqual(['https://bms.example/cb', 'https://bms.example/CB?x=1']);
    expect(problemPaths({ redirectUris: ['https://bms.example/cb#x', 'data:text/html,hi'] })).toEqual(['redirectUris.0', 'redirectUris.1']);
    expect(problemPaths({ redirectUris: Array.from({ length: 21 }, (_, i) => `https://bms.example/${i}`) })).toEqual(['redirectUris']);
  });

  it('trims names and refuses empty ones or ones with line breaks', () => {
    expect(checkModuleInstanceFields(fields({ moduleName: '  Field   Service ' })).fields.moduleName).toBe('Field Service');
    expect(problemPaths({ moduleName: '', instanceName: 'a\nb' })).toEqual(['moduleName', 'instanceName']);
  });
});
