import { Hono, type Context } from 'hono';
import { DomainError } from '@lanyard/core/domainError';
import { DEFAULT_SECURITY_SETTINGS } from '@lanyard/core/securitySettings';
import { getCookie } from 'hono/cookie';
import { parseSignInInput, type SignInInput } from '../domain/signInInput.ts';
import { isRole } from '@lanyard/core/role';
import { findCompanyForSignIn } from '../companyForSignIn.ts';
import type { EdgeBindings } from '../env.ts';
import { clientAddressOf, enforceIpAccess } from '../ipAccessEnforcement.ts';
import { gatewayUnavailable, runEdgeStep } from '../gatewayClient.ts';
import { readJsonBody } from '../jsonBody.ts';
import { clearedPendingSignInSetCookie, pendingSignInSetCookie, type PendingSignIn } from '../pendingSignIn.ts';
import { SESSION_COOKIE_NAME, clearedSessionSetCookie } from '../sessionCookie.ts';

/**
 * Sign-in's first step and sign-out. Identity decides whether a password is right; the edge only
 * orchestrates the steps (as the `edge` principal) and turns the verdict into a cookie. A correct password
 * alone never makes a session: it starts a pending sign-in, which the second factor (or enrolling one)
 * completes (routes/secondFactor.ts).
 */

const VERIFY_PASSWORD = /* GraphQL */ `
  mutation VerifyPassword($input: VerifyPasswordInput!) {
    verifyPassword(input: $input) {
      userId
      companyId
      role
      secondFactor
    }
  }
`;

/** What the web app shows next, by the stage of the pending sign-in. */
const NEXT_SCREEN = { SECOND_FACTOR: 'SECOND_FACTOR', ENROLMENT: 'ENROL_SECOND_FACTOR' } as const;

export const authRoutes = new Hono<EdgeBindings>()
  .post('/auth/sign-in', async (c) => {
    const { value } = await readJsonBody(c.req.raw);
    const input = parseSignInInput(value);
    const pending = await verifySignIn(c, input);
    // A new sign-in never keeps an old session, whoever it belonged to.
    await c.var.config.sessions.end(getCookie(c, SESSION_COOKIE_NAME));
    c.header('set-cookie', clearedSessionSetCookie(), { append: true });
    c.header('set-cookie', await pendingSignInSetCookie(c.var.config.pendingSignInKey, pending), { append: true });
    return c.json({ next: NEXT_SCREEN[pending.stage] });
  })
  .post('/auth/sign-out', async (c) => {
    // Ended in its object, not only forgotten by this browser: a copied cookie stops working too.
    await c.var.config.sessions.end(getCookie(c, SESSION_COOKIE_NAME));
    c.header('set-cookie', clearedSessionSetCookie(), { append: true });
    c.header('set-cookie', clearedPendingSignInSetCookie(), { append: true });
    return c.body(null, 204);
  });

/**
 * Resolves the company, applies its IP access list, reserves the attempt in the lockout and spraying
 * counters, then asks identity to verify the password. verifyPassword runs even when no company has that
 * name (companyId null): identity then spends the same argon2 verification on a dummy hash, so the
 * answer's timing does not tell an attacker which company names exist. Wrong company, wrong user and
 * wrong password all end in the same BAD_CREDENTIALS, and all count, against the names as typed.
 */
async function verifySignIn(c: Context<EdgeBindings>, input: SignInInput): Promise<PendingSignIn> {
  const { config, requestId } = c.var;
  const company = await findCompanyForSignIn(config, input.companyName, requestId);
  const enforced = company ? await config.companySecurity.get(company.id, requestId) : undefined;
  if (company && enforced) {
    enforceIpAccess(c, { companyId: company.id, accessList: enforced.accessList, stage: 'SIGN_IN', subject: input.username });
  }
  const settings = enforced?.security ?? DEFAULT_SECURITY_SETTINGS;
  const attempt = await config.signInGuard.begin({
    companyName: input.companyName,
    companyId: company?.id,
    username: input.username,
    clientAddress: clientAddressOf(c),
    lockout: { threshold: settings.lockoutThreshold, durationMinutes: settings.lockoutDurationMinutes },
  });

  type Verdict = { userId?: unknown; companyId?: unknown; role?: unknown; secondFactor?: unknown };
  let verified: { verifyPassword: Verdict | null } | null | undefined;
  try {
    verified = await runEdgeStep<{ verifyPassword: Verdict | null }>(config, {
      operationName: 'VerifyPassword',
      query: VERIFY_PASSWORD,
      variables: { input: { companyId: company?.id ?? null, username: input.username, password: input.password } },
      requestId,
      verdicts: ['BAD_CREDENTIALS'],
    });
  } catch (error) {
    await attempt.settle(error instanceof DomainError && error.code === 'BAD_CREDENTIALS' ? 'FAILED' : 'UNDECIDED');
    throw error;
  }
  // A right password frees its place without clearing the count: only a whole sign-in (the second
  // factor) does, or knowing the password would reset the count of guessed codes.
  await attempt.settle('UNDECIDED');
  const verdict = verified?.verifyPassword;
  if (typeof verdict?.userId !== 'string' || typeof verdict.companyId !== 'string' || !isRole(verdict.role)) {
    throw gatewayUnavailable(requestId, 'VerifyPassword answered without a user');
  }
  const stage = verdict.secondFactor === 'TOTP' ? 'SECOND_FACTOR' : verdict.secondFactor === 'ENROLMENT_REQUIRED' ? 'ENROLMENT' : undefined;
  if (!stage) throw gatewayUnavailable(requestId, `VerifyPassword answered secondFactor ${String(verdict.secondFactor)}`);
  // A verdict for a user means the company exists; its own spelling of the name goes into the session.
  if (!company) throw gatewayUnavailable(requestId, 'VerifyPassword accepted a sign-in without a company');
  return {
    userId: verdict.userId,
    companyId: verdict.companyId,
    stage,
    companyName: company.name,
    username: input.username,
    role: verdict.role,
  };
}
