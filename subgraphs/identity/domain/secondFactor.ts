import { normalizeRecoveryCode, type NormalizedRecoveryCode } from './recoveryCodes.ts';
import { matchingTimeStep, readTotpCode } from './totp.ts';

/**
 * The decision "does this submitted second factor let the user in?", without I/O: it says what the
 * caller must check or record, and the store's atomic operations have the last word. The sign-in
 * screen has one field: six digits are a code from the authenticator, anything that reads as a
 * recovery code is one, and the rest is refused before anything is looked up.
 *
 * Refusal reasons are for the audit log and tests only; the person is told the same sentence for each,
 * so a guesser learns nothing about which codes were right once.
 */

export type SecondFactorSubmission =
  | { kind: 'totpCode'; code: string }
  | { kind: 'recoveryCode'; code: NormalizedRecoveryCode }
  | { kind: 'unreadable' };

export function readSecondFactorSubmission(input: string): SecondFactorSubmission {
  const totpCode = readTotpCode(input);
  if (totpCode !== null) return { kind: 'totpCode', code: totpCode };
  const recoveryCode = normalizeRecoveryCode(input);
  if (recoveryCode !== null) return { kind: 'recoveryCode', code: recoveryCode };
  return { kind: 'unreadable' };
}

export type SecondFactorRefusal = 'unreadable' | 'wrongCode' | 'replayedCode';

export type SecondFactorDecision =
  | { action: 'refuse'; reason: SecondFactorRefusal }
  /** Succeeds only if claimTimeStep(userId, step) returns true; false means the code was just used. */
  | { action: 'claimTimeStep'; step: number }
  /** Hash the code for the user and call useRecoveryCode; only an accepted use lets the user in. */
  | { action: 'useRecoveryCode'; code: NormalizedRecoveryCode };

/**
 * For a user with a confirmed authenticator (a user without one enrols instead), given its opened
 * secret and the last step used. A code whose step was already used is refused here without a write;
 * the claim still decides when two requests race.
 */
export async function decideSecondFactor(
  totp: { secret: string; lastUsedStep: number | null },
  submitted: string,
  now: Date,
): Promise<SecondFactorDecision> {
  const submission = readSecondFactorSubmission(submitted);
  switch (submission.kind) {
    case 'unreadable':
      return { action: 'refuse', reason: 'unreadable' };
    case 'recoveryCode':
      return { action: 'useRecoveryCode', code: submission.code };
    case 'totpCode': {
      const step = await matchingTimeStep(totp.secret, submission.code, now);
      if (step === null) return { action: 'refuse', reason: 'wrongCode' };
      if (totp.lastUsedStep !== null && step <= totp.lastUsedStep) return { action: 'refuse', reason: 'replayedCode' };
      return { action: 'claimTimeStep', step };
    }
  }
}

export type EnrolmentConfirmationDecision =
  | { action: 'refuse'; reason: Exclude<SecondFactorRefusal, 'replayedCode'> }
  /** Call confirmTotpCredential with this step and the sealed secret the code was checked against. */
  | { action: 'confirm'; step: number };

/** Enrolment is confirmed only by a current code from the pending secret (recovery codes come after). */
export async function decideEnrolmentConfirmation(
  pendingSecret: string,
  submitted: string,
  now: Date,
): Promise<EnrolmentConfirmationDecision> {
  if (readTotpCode(submitted) === null) return { action: 'refuse', reason: 'unreadable' };
  const step = await matchingTimeStep(pendingSecret, submitted, now);
  return step === null ? { action: 'refuse', reason: 'wrongCode' } : { action: 'confirm', step };
}
