import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { parseSecondFactorCodeInput } from '../domain/secondFactorCodeInput.ts';
import type { EdgeBindings } from '../env.ts';
import { gatewayUnavailable, runEdgeStep } from '../gatewayClient.ts';
import { readJsonBody } from '../jsonBody.ts';
import {
  PENDING_SIGN_IN_COOKIE_NAME,
  clearedPendingSignInSetCookie,
  requirePendingSignIn,
  type PendingSignIn,
} from '../pendingSignIn.ts';
import { SESSION_COOKIE_NAME, sessionSetCookie } from '../sessionCookie.ts';

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
    const data = await runEdgeStep<{ verifySecondFactor: { method?: unknown; recoveryCodesRemaining?: unknown } | null }>(
      c.var.config,
      {
        operationName: 'VerifySecondFactor',
        query: VERIFY_SECOND_FACTOR,
        variables: { input: { userId: pending.userId, code } },
        requestId: c.var.requestId,
        verdicts: ['BAD_SECOND_FACTOR', 'ACCOUNT_LOCKED'],
      },
    );
    const verdict = data?.verifySecondFactor;
    if (verdict?.method !== 'TOTP' && verdict?.method !== 'RECOVERY_CODE') {
      throw gatewayUnavailable(c.var.requestId, 'VerifySecondFactor answered without a method');
    }
    await beginSession(c, pending, verdict.method === 'TOTP' ? 'otp' : 'recovery-code');
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
    await beginSession(c, pending, 'otp');
    return c.json({ recoveryCodes: recoveryCodes as string[] });
  });

function pendingSignIn(c: Context<EdgeBindings>, stage: PendingSignIn['stage']): Promise<PendingSignIn> {
  return requirePendingSignIn(c.var.config.pendingSignInKey, getCookie(c, PENDING_SIGN_IN_COOKIE_NAME), stage);
}

/**
 * The second factor succeeded: the pending sign-in has done its work and a new session begins, with a
 * new id (never one the browser brought, so no one can fix a session id on a victim beforehand).
 */
async function beginSession(c: Context<EdgeBindings>, pending: PendingSignIn, secondFactor: 'otp' | 'recovery-code'): Promise<void> {
  c.header('set-cookie', clearedPendingSignInSetCookie(), { append: true });
  const { sessions } = c.var.config;
  await sessions.end(getCookie(c, SESSION_COOKIE_NAME));
  const { sessionId, maxAgeSeconds } = await sessions.begin({
    userId: pending.userId,
    companyId: pending.companyId,
    companyName: pending.companyName,
    role: pending.role,
    methods: ['pwd', secondFactor],
    clientAddress: c.req.header('cf-connecting-ip') ?? null,
    userAgent: c.req.header('user-agent') ?? null,
  });
  c.header('set-cookie', sessionSetCookie(sessionId, maxAgeSeconds), { append: true });
}
