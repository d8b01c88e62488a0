import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { AccountConflictError, type LocalAccount } from './localAccounts.ts';
import type { ModuleDemoParts } from './moduleDemoParts.ts';
import { parseScimFilter } from './scimFilter.ts';

/**
 * SCIM 2.0 `/Users` (RFC 7643, RFC 7644): how Lanyard provisions this module's accounts ahead of a
 * person's first SSO ("just in time"). Lanyard looks the person up by userName or email, creates the
 * account when there is none, and the SSO that follows links to it. Accounts made here have no
 * password: their people sign in through Lanyard only.
 *
 * Bearer-token protected (SCIM_TOKEN, compared in constant time). Answers are application/scim+json;
 * errors are SCIM error bodies with `status` and, where RFC 7644 §3.12 names one, `scimType`.
 */

export const SCIM_CONTENT_TYPE = 'application/scim+json';
export const SCIM_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
const LIST_RESPONSE_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
const MAX_PAGE = 100;

/** The core User attributes this module keeps; others a client sends are ignored, as SCIM allows. */
const scimUserInput = z.object({
  schemas: z.array(z.string()).refine((schemas) => schemas.includes(SCIM_USER_SCHEMA), `must include ${SCIM_USER_SCHEMA}`),
  userName: z.string().trim().min(1).max(64),
  externalId: z.string().min(1).optional(),
  displayName: z.string().trim().min(1).max(128).optional(),
  name: z.object({ formatted: z.string().optional(), givenName: z.string().optional(), familyName: z.string().optional() }).optional(),
  // Required here although SCIM makes it optional: this module links Lanyard users by email.
  emails: z.array(z.object({ value: z.email(), primary: z.boolean().optional(), type: z.string().optional() })).min(1),
  active: z.boolean().default(true),
  roles: z.array(z.object({ value: z.string().min(1), primary: z.boolean().optional(), display: z.string().optional() })).optional(),
});

/** The role a new account gets when provisioning names none. */
export const DEFAULT_MODULE_ROLE = 'member';

function scimJson(c: Context, body: unknown, status: 200 | 201 = 200): Response {
  return c.body(JSON.stringify(body), status, { 'content-type': `${SCIM_CONTENT_TYPE}; charset=utf-8` });
}

function scimError(c: Context, status: 400 | 401 | 404 | 409 | 415, detail: string, scimType?: string): Response {
  const body = { schemas: [ERROR_SCHEMA], status: String(status), ...(scimType ? { scimType } : {}), detail };
  return c.body(JSON.stringify(body), status, {
    'content-type': `${SCIM_CONTENT_TYPE}; charset=utf-8`,
    ...(status === 401 ? { 'www-authenticate': 'Bearer realm="scim"' } : {}),
  });
}

const digest = (value: string) => createHash('sha256').update(value).digest();

export function scimUsersRoutes(parts: ModuleDemoParts): Hono {
  const { accounts, config } = parts;
  // Digests of equal length, so the comparison takes the same time whatever was presented.
  const expectedToken = digest(config.scimToken);
  const location = (account: LocalAccount) => `${config.publicUrl}/scim/v2/Users/${account.id}`;

  const resource = (account: LocalAccount) => ({
    schemas: [SCIM_USER_SCHEMA],
    id: account.id,
    ...(account.externalId ? { externalId: account.externalId } : {}),
    userName: account.username,
    name: { formatted: account.displayName },
    displayName: account.displayName,
    emails: [{ value: account.email, primary: true }],
    active: account.active,
    roles: [{ value: account.role, primary: true }],
    meta: {
      resourceType: 'User',
      created: account.createdAt.toISOString(),
      lastModified: account.updatedAt.toISOString(),
      location: location(account),
    },
  });

  return new Hono()
    .use('*', async (c, next) => {
      const presented = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
      if (!presented || !timingSafeEqual(digest(presented), expectedToken)) {
        return scimError(c, 401, 'A valid bearer token is required.');
      }
      await next();
    })
    .get('/Users', (c) => {
      const filterText = c.req.query('filter');
      let found = accounts.all();
      if (filterText !== undefined) {
        const filter = parseScimFilter(filterText);
        if (!filter) return scimError(c, 400, 'Supported filters: userName eq "…", emails.value eq "…", externalId eq "…".', 'invalidFilter');
        const value = filter.value.toLowerCase();
        found = found.filter((account) =>
          filter.attribute === 'userName'
            ? account.username.toLowerCase() === value
            : filter.attribute === 'emails.value'
              ? account.email.toLowerCase() === value
              : account.externalId === filter.value,
        );
      }
      // RFC 7644 §3.4.2.4: startIndex is 1-based; a count of 0 asks only for totalResults.
      const startIndex = Math.max(1, Number.parseInt(c.req.query('startIndex') ?? '1', 10) || 1);
      const requested = Number.parseInt(c.req.query('count') ?? String(MAX_PAGE), 10);
      const count = Math.min(MAX_PAGE, Math.max(0, Number.isNaN(requested) ? MAX_PAGE : requested));
      const page = found.slice(startIndex - 1, startIndex - 1 + count);
      return scimJson(c, { schemas: [LIST_RESPONSE_SCHEMA], totalResults: found.length, startIndex, itemsPerPage: page.length, Resources: page.map(resource) });
    })
    .get('/Users/:id', (c) => {
      const account = accounts.byId(c.req.param('id'));
      return account ? scimJson(c, resource(account)) : scimError(c, 404, 'No such user.');
    })
    .post('/Users', async (c) => {
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/(scim\+)?json\b/i.test(type)) return scimError(c, 415, `Send ${SCIM_CONTENT_TYPE}.`);
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return scimError(c, 400, 'The body is not JSON.', 'invalidSyntax');
      }
      const parsed = scimUserInput.safeParse(body);
      if (!parsed.success) {
        const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
        return scimError(c, 400, detail, 'invalidValue');
      }
      const user = parsed.data;
      const email = user.emails.find((entry) => entry.primary) ?? user.emails[0]!;
      const role = (user.roles?.find((entry) => entry.primary) ?? user.roles?.[0])?.value ?? DEFAULT_MODULE_ROLE;
      const fullName = [user.name?.givenName, user.name?.familyName].filter(Boolean).join(' ');
      try {
        const account = accounts.create({
          username: user.userName,
          email: email.value,
          displayName: user.displayName ?? (user.name?.formatted || fullName || user.userName),
          role,
          active: user.active,
          passwordHash: null,
          externalId: user.externalId ?? null,
        });
        c.header('location', location(account));
        return scimJson(c, resource(account), 201);
      } catch (error) {
        if (error instanceof AccountConflictError) return scimError(c, 409, error.message, 'uniqueness');
        throw error;
      }
    });
}
