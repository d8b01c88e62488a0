/**
 * The SCIM 2.0 shapes Lanyard's provisioning speaks (RFC 7643 core User, RFC 7644 protocol), as pure
 * values: the filters that look for an existing account, the body that creates one, and what Lanyard
 * reads of a module's answers. A module's answer is never trusted blindly: a listed account counts only
 * when it really has the username or email asked for (a server that ignores a filter it does not
 * support would otherwise list everyone), and two matches are a conflict to resolve, not a guess.
 */

export const SCIM_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const SCIM_MEDIA_TYPE = 'application/scim+json';

/** The person to provision, as Lanyard knows them. */
export interface ProvisionedUser {
  id: string;
  username: string;
  email: string;
  displayName: string;
}

/** One account as a module lists it, reduced to what matching needs. */
export interface ScimAccount {
  id: string;
  userName: string | null;
  emails: string[];
}

/** `attribute eq "value"`, the value written as a JSON string (RFC 7644 §3.4.2.2), so quotes cannot break out. */
export function scimEqualityFilter(attribute: 'userName' | 'emails.value', value: string): string {
  return `${attribute} eq ${JSON.stringify(value)}`;
}

/** The POST /Users body of a new account: the Lanyard user id as externalId, the role as its one primary role. */
export function scimUserToCreate(user: ProvisionedUser, role: string): Record<string, unknown> {
  return {
    schemas: [SCIM_USER_SCHEMA],
    userName: user.username,
    externalId: user.id,
    name: { formatted: user.displayName },
    displayName: user.displayName,
    emails: [{ value: user.email, type: 'work', primary: true }],
    active: true,
    roles: [{ value: role, primary: true }],
  };
}

/** A User resource's id and identifiers, or undefined when the body is not one. */
export function readScimAccount(body: unknown): ScimAccount | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { id, userName, emails } = body as { id?: unknown; userName?: unknown; emails?: unknown };
  if (typeof id !== 'string' || id === '' || id.length > 256) return undefined;
  const addresses = Array.isArray(emails)
    ? emails.flatMap((entry: unknown) => {
        const value = typeof entry === 'object' && entry !== null ? (entry as { value?: unknown }).value : undefined;
        return typeof value === 'string' ? [value] : [];
      })
    : [];
  return { id, userName: typeof userName === 'string' ? userName : null, emails: addresses };
}

/** The accounts of a ListResponse, or undefined when the body is not one. */
export function readScimListResponse(body: unknown): ScimAccount[] | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { totalResults, Resources } = body as { totalResults?: unknown; Resources?: unknown };
  if (typeof totalResults !== 'number') return undefined;
  if (Resources === undefined) return totalResults === 0 ? [] : undefined;
  if (!Array.isArray(Resources)) return undefined;
  const accounts = Resources.map(readScimAccount);
  return accounts.every((account) => account !== undefined) ? (accounts as ScimAccount[]) : undefined;
}

export type AccountMatch = { kind: 'none' } | { kind: 'one'; account: ScimAccount } | { kind: 'several' };

/**
 * Which listed accounts really have this username or email (SCIM compares userName and emails without
 * case, RFC 7643 §4.1.1 and §4.1.2).
 */
export function matchScimAccounts(accounts: readonly ScimAccount[], by: { userName: string } | { email: string }): AccountMatch {
  const fold = (value: string) => value.trim().toLowerCase();
  const matching = accounts.filter((account) =>
    'userName' in by
      ? account.userName !== null && fold(account.userName) === fold(by.userName)
      : account.emails.some((email) => fold(email) === fold(by.email)),
  );
  const ids = new Set(matching.map((account) => account.id));
  if (ids.size === 0) return { kind: 'none' };
  if (ids.size > 1) return { kind: 'several' };
  return { kind: 'one', account: matching[0]! };
}

/**
 * The `/Users` address under a base URL, with an optional filter. Spaces are written %20, not `+`,
 * which not every server reads as a space in a query.
 */
export function scimUsersUrl(baseUrl: string, filter?: string): string {
  const users = new URL(`${baseUrl.replace(/\/+$/, '')}/Users`).href;
  return filter === undefined ? users : `${users}?filter=${encodeURIComponent(filter)}`;
}
