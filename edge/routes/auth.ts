import { Hono } from 'hono';
import { DomainError } from '@lanyard/core/domainError';
import type { Principal } from '@lanyard/core/internalToken';
import { parseSignInInput, type SignInInput } from '../domain/signInInput.ts';
import type { EdgeBindings, EdgeConfig } from '../env.ts';
import { gatewayUnavailable, runGatewayOperation, type GraphQLResult } from '../gatewayClient.ts';
import { readJsonBody } from '../jsonBody.ts';
import { clearedSessionSetCookie, sessionSetCookie, type Session } from '../sessionCookie.ts';

/**
 * Sign-in and sign-out. Identity decides whether a password is right; the edge only orchestrates the
 * steps (as the `edge` principal, which browsers can never be) and turns the verdict into a cookie.
 */

const COMPANY_ID_FOR_SIGN_IN = /* GraphQL */ `
  query CompanyIdForSignIn($name: String!) {
    companyIdForSignIn(name: $name)
  }
`;

const VERIFY_PASSWORD = /* GraphQL */ `
  mutation VerifyPassword($input: VerifyPasswordInput!) {
    verifyPassword(input: $input) {
      userId
      companyId
    }
  }
`;

const EDGE: Principal = { scope: 'edge' };

export const authRoutes = new Hono<EdgeBindings>()
  .post('/auth/sign-in', async (c) => {
    const { value } = await readJsonBody(c.req.raw);
    const input = parseSignInInput(value);
    const session = await verifySignIn(c.var.config, input, c.var.requestId);
    c.header('set-cookie', await sessionSetCookie(c.var.config.sessionKey, session));
    c.header('cache-control', 'no-store');
    return c.json({ ok: true });
  })
  .post('/auth/sign-out', (c) => {
    c.header('set-cookie', clearedSessionSetCookie());
    c.header('cache-control', 'no-store');
    return c.body(null, 204);
  });

/**
 * Resolves the company, then asks identity to verify the password. verifyPassword runs even when no
 * company has that name (companyId null): identity then spends the same argon2 verification on a dummy
 * hash, so the answer's timing does not tell an attacker which company names exist. Wrong company, wrong
 * user and wrong password all end in the same BAD_CREDENTIALS.
 */
async function verifySignIn(config: EdgeConfig, input: SignInInput, requestId: string): Promise<Session> {
  const company = await runGatewayOperation<{ companyIdForSignIn: string | null }>(config, {
    query: COMPANY_ID_FOR_SIGN_IN,
    variables: { name: input.companyName },
    principal: EDGE,
    requestId,
  });
  failOnErrors(company, 'CompanyIdForSignIn', requestId);
  const companyId = company.data?.companyIdForSignIn ?? null;

  const verified = await runGatewayOperation<{ verifyPassword: Session | null }>(config, {
    query: VERIFY_PASSWORD,
    variables: { input: { companyId, username: input.username, password: input.password } },
    principal: EDGE,
    requestId,
  });
  failOnErrors(verified, 'VerifyPassword', requestId);
  const session = verified.data?.verifyPassword;
  if (typeof session?.userId !== 'string' || typeof session.companyId !== 'string') {
    throw gatewayUnavailable(requestId, 'VerifyPassword answered without a user');
  }
  return { userId: session.userId, companyId: session.companyId };
}

/** BAD_CREDENTIALS is the verdict a person should see; any other error means a part of Lanyard is broken. */
function failOnErrors(result: GraphQLResult<unknown>, operationName: string, requestId: string): void {
  if (result.errorCodes.includes('BAD_CREDENTIALS')) throw new DomainError('BAD_CREDENTIALS');
  if (result.errorCodes.length > 0) {
    throw gatewayUnavailable(requestId, `${operationName} failed with ${result.errorCodes.join(', ')}`);
  }
}
