import { describe, expect, it } from 'vitest';
import { matchScimAccounts, readScimListResponse, scimEqualityFilter, scimUsersUrl, scimUserToCreate } from './scimUser.ts';

const user = { id: 'user-1', username: 'morgan', email: 'morgan@acme.example', displayName: 'Morgan Master' };

describe('SCIM shapes of provisioning', () => {
  it('writes filter values as JSON strings, so a quote cannot end them', () => {
    expect(scimEqualityFilter('userName', 'morgan')).toBe('userName eq "morgan"');
    expect(scimEqualityFilter('emails.value', 'a"b\\c@x.example')).toBe('emails.value eq "a\\"b\\\\c@x.example"');
    expect(scimUsersUrl('https://bms.example/scim/v2/', 'userName eq "a b"')).toBe('https://bms.example/scim/v2/Users?filter=userName%20eq%20%22a%20b%22');
  });

  it('creates a core User with the Lanyard id as externalId and the role as its one primary role', () => {
    expect(scimUserToCreate(user, 'admin')).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName: 'morgan',
      externalId: 'user-1',
      name: { formatted: 'Morgan Master' },
      displayName: 'Morgan Master',
      emails: [{ value: 'morgan@acme.example', type: 'work', primary: true }],
      active: true,
      roles: [{ value: 'admin', primary: true }],
    });
  });

  it('reads a ListResponse, and refuses what is not one', () => {
    const list = { schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 1, Resources: [{ id: 'a1', userName: 'Morgan', emails: [{ value: 'M@acme.example' }] }] };
    expect(readScimListResponse(list)).toEqual([{ id: 'a1', userName: 'Morgan', emails: ['M@acme.example'] }]);
    expect(readScimListResponse({ totalResults: 0 })).toEqual([]);
    expect(readScimListResponse({ totalResults: 1, Resources: [{ userName: 'no id' }] })).toBeUndefined();
    expect(readScimListResponse('<html>')).toBeUndefined();
  });

  it('counts only accounts that really match, without case, and calls several matches a conflict', () => {
    const accounts = [
      { id: 'a1', userName: 'Morgan', emails: ['other@acme.example'] },
      { id: 'a2', userName: 'casey', emails: ['MORGAN@acme.example'] },
      { id: 'a3', userName: 'jordan', emails: ['morgan@acme.example'] },
    ];
    expect(matchScimAccounts(accounts, { userName: 'morgan' })).toEqual({ kind: 'one', account: accounts[0] });
    expect(matchScimAccounts(accounts, { email: 'morgan@acme.example' })).toEqual({ kind: 'several' });
    // A server that ignored the filter and listed everyone still finds nobody called pat.
    expect(matchScimAccounts(accounts, { userName: 'pat' })).toEqual({ kind: 'none' });
  });
});
