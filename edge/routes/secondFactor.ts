import { Hono, type Context } from 'hono';
import { DomainError } from '@lanyard/core/domainError';
import type { SecuritySettings } from '@lanyard/core/securitySettings';
import { getCookie } from 'hono/cookie';
import { parseSecondFactorCodeInput } from '../domain/secondFactorCodeInput.ts';
import type { EdgeBindings } from '../env.ts';
import { gatewayUnavailable, runEdgeStep } from '../gatewayClient.ts';
import { clientAddressOf, enforceIpAccess } from '../ipAccessEnforcement.ts';
import { readJsonBody } from '../jsonBody.ts';
import {
  PENDING_SIGN_IN_COOKIE_NAME,
  clearedPendingSignInSetCookie,
  requirePendingSignIn,
  type PendingSignIn,
} from '../pendingSignIn.ts';
import { SESSION_COOKIE_NAME, sessionSetCookie } from '../sessionCookie.ts';

const MINUTE = 60_000;

/**
 * Sign-in's second step: the code from an authenticator app (or a recovery code), or, for a user without
 * an authenticator yet, setting one up. Whose code it is comes only from the pending sign-in cookie the
 * password step set, never from the request body; only when identity accepts a code does a session begin.
 * A wrong code leaves the pending sign-in in place, so the person can try again until it expires.
 */

const VERIFY_SECOND_FACTOR = /* GraphQL */ `
  mutation VerifySecondFactor($input: VerifySecondFactorInput!) {
    verifySecondFactor(input: $input) {
      method
      recoveryCodesRemaining
    }
  }
`;

const START_TOTP_ENROLMENT = /* GraphQL */ `
  mutation StartTotpEnrolment($input: StartTotpEnrolmentInput!) {
    startTotpEnrolment(input: $input) {
      otpauthUri
      manualEntryKey
      qrCodeSvg
    }
  }
`;

const CONFIRM_TOTP_ENROLMENT = /* GraphQL */ `
  mutation ConfirmTotpEnrolment($input: ConfirmTotpEnrolmentInput!) {
    confirmTotpEnrolment(input: $input) {
      recoveryCodes
    }
  }
`;

export const secondFactorRoutes = new Hono<EdgeBindings>()
  .post('/auth/second-factor', async (c) => {
    const { value } = await readJsonBody(c.req.raw);
    const pending = await pendingSignIn(c, 'SECOND_FACTOR');
    const { code } = parseSecondFactorCodeInput(value);
    const { config, requestId } = c.var;
    const { security, accessList } = await config.companySecurity.get(pending.companyId, requestId);
    enforceIpAccess(c, { companyId: pending.companyId, accessList, stage: 'SIGN_IN', subject: pending.username });
    // A wrong code counts against the same account as a wrong password.
    const attempt = await config.signInGuard.begin({
      companyName: pending.companyName,
      companyId: pending.companyId,
      username: pending.username,
      clientAddress: clientAddressOf(c),
      lockout: { threshold: security.lockoutThreshold, durationMinutes: security.lockoutDurationMinutes },
    });
    type Verdict = { method?: unknown; recoveryCodesRemaining?: unknown };
    let data: { verifySecondFactor: Verdict | null } | null | undefined;
    try {
      data = await runEdgeStep<{ verifySecondFactor: Verdict | null }>(config, {
        operationName: 'VerifySecondFactor',
        query: VERIFY_SECOND_FACTOR,
        variables: { input: { userId: pending.userId, code } },
        requestId,
        verdicts: ['BAD_SECOND_FACTOR'],
      });
    } catch (error) {
      await attempt.settle(error instanceof DomainError && error.code === 'BAD_SECOND_FACTOR' ? 'FAILED' : 'UNDECIDED');
      throw error;
    }
    const verdict = data?.verifySecondFactor;
    if (verdict?.method !== 'TOTP' && verdict?.method !== 'RECOVERY_CODE') {
      await attempt.settle('UNDECIDED');
      throw gatewayUnavailable(requestId, 'VerifySecondFactor answered without a method');
    }
    // The whole sign-in succeeded: the account's count starts afresh.
    await attempt.settle('SUCCEEDED');
    await beginSession(c, pending, verdict.method === 'TOTP' ? 'otp' : 'recovery-code', security);
    const { recoveryCodesRemaining } = verdict;
    return c.json({
      ok: true,
      method: verdict.method,
      ...(typeof recoveryCodesRemaining === 'number' ? { recoveryCodesRemaining } : {}),
    });
  })
  .post('/auth/enrolment', async (c) => {
    // Read although nothing in it is used: the JSON-only rule is the CSRF defence of every POST here.
    await readJsonBody(c.req.raw);
    const pending = await pendingSignIn(c, 'ENROLMENT');
    const data = await runEdgeStep<{ startTotpEnrolment: { otpauthUri?: unknown; manualEntryKey?: unknown; qrCodeSvg?: unknown } | null }>(
      c.var.config,
      {
        operationName: 'StartTotpEnrolment',
        query: START_TOTP_ENROLMENT,
        variables: { input: { userId: pending.userId, companyName: pending.companyName } },
        requestId: c.var.requestId,
        verdicts: ['SECOND_FACTOR_ALREADY_SET_UP'],
      },
    );
    const enrolment = data?.startTotpEnrolment;
    const { otpauthUri, manualEntryKey, qrCodeSvg } = enrolment ?? {};
    if (typeof otpauthUri !== 'string' || typeof manualEntryKey !== 'string' || typeof qrCodeSvg !== 'string') {
      throw gatewayUnavailable(c.var.requestId, 'StartTotpEnrolment answered without an enrolment');
    }
    return c.json({ otpauthUri, manualEntryKey, qrCodeSvg });
  })
  .post('/auth/enrolment/confirm', async (c) => {
    const { value } = await readJsonBody(c.req.raw);
    const pending = await pendingSignIn(c, 'ENROLMENT');
    const { code } = parseSecondFactorCodeInput(value);
    const data = await runEdgeStep<{ confirmTotpEnrolment: { recoveryCodes?: unknown } | null }>(c.var.config, {
      operationName: 'ConfirmTotpEnrolment',
      query: CONFIRM_TOTP_ENROLMENT,
      variables: { input: { userId: pending.userId, code } },
      requestId: c.var.requestId,
      verdicts: ['BAD_SECOND_FACTOR'],
    });
    const recoveryCodes = data?.confirmTotpEnrolment?.recoveryCodes;
    if (!Array.isArray(recoveryCodes) || !recoveryCodes.every((entry) => typeof entry === 'string')) {
      throw gatewayUnavailable(c.var.requestId, 'ConfirmTotpEnrolment answered without recovery codes');
    }
    const { security, accessList } = await c.var.config.companySecurity.get(pending.companyId, c.var.requestId);
    enforceIpAccess(c, { companyId: pending.companyId, accessList, stage: 'SIGN_IN', subject: pending.username });
    await beginSession(c, pending, 'otp', security);
    return c.json({ recoveryCodes: recoveryCodes as string[] });
  });

function pendingSignIn(c: Context<EdgeBindings>, stage: PendingSignIn['stage']): Promise<PendingSignIn> {
  return requirePendingSignIn(c.var.config.pendingSignInKey, getCookie(c, PENDING_SIGN_IN_COOKIE_NAME), stage);
}

/**
 * The second factor succeeded: the pending sign-in has done its work and a new session begins, with a
 * new id (never one the browser brought, so no one can fix a session id on a victim beforehand).
 */
async function beginSession(
  c: Context<EdgeBindings>,
  pending: PendingSignIn,
  secondFactor: 'otp' | 'recovery-code',
  security: SecuritySettings,
): Promise<void> {
  c.header('set-cookie', clearedPendingSignInSetCookie(), { append: true });
  const { sessions } = c.var.config;
  await sessions.end(getCookie(c, SESSION_COOKIE_NAME));
  const { sessionId, maxAgeSeconds } = await sessions.begin({
    userId: pending.userId,
    companyId: pending.companyId,
    companyName: pending.companyName,
    role: pending.role,
    methods: ['pwd', secondFactor],
    clientAddress: clientAddressOf(c) ?? null,
    userAgent: c.req.header('user-agent') ?? null,
    idleTimeoutMs: security.sessionIdleTimeoutMinutes * MINUTE,
    absoluteLifetimeMs: security.sessionLifetimeMinutes * MINUTE,
  });
  c.header('set-cookie', sessionSetCookie(sessionId, maxAgeSeconds), { append: true });
}
