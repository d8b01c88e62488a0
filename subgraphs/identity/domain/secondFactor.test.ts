import { describe, expect, it } from 'vitest';
import { decideEnrolmentConfirmation, decideSecondFactor, readSecondFactorSubmission } from './secondFactor.ts';
import { generateTotpSecret, timeStepAt, totpCodeAt } from './totp.ts';

const secret = generateTotpSecret();
const now = new Date('2030-01-01T00:00:15Z');
const step = timeStepAt(now);
const codeOfStep = (s: number) => totpCodeAt(secret, new Date(s * 30_000));

describe('reading the second-factor field', () => {
  it('takes six digits as an authenticator code, spaces allowed', () => {
    expect(readSecondFactorSubmission('123 456')).toEqual({ kind: 'totpCode', code: '123456' });
  });

  it('takes anything that reads as a recovery code as one, in its canonical form', () => {
    expect(readSecondFactorSubmission('A0B1C-D2E3F')).toEqual({ kind: 'recoveryCode', code: 'a0b1cd2e3f' });
  });

  it('refuses the rest', () => {
    for (const input of ['', '12345', '12345678', 'hello', 'a0b1c-d2e3']) {
      expect(readSecondFactorSubmission(input)).toEqual({ kind: 'unreadable' });
    }
  });
});

describe('deciding a sign-in second factor', () => {
  it('lets a current code through once its step is claimed', async () => {
    expect(await decideSecondFactor({ secret, lastUsedStep: step - 5 }, await codeOfStep(step), now)).toEqual({
      action: 'claimTimeStep',
      step,
    });
  });

  it('refuses a code whose step was already used, and an older code still inside the window', async () => {
    const used = { secret, lastUsedStep: step };
    expect(await decideSecondFactor(used, await codeOfStep(step), now)).toEqual({ action: 'refuse', reason: 'replayedCode' });
    expect(await decideSecondFactor(used, await codeOfStep(step - 1), now)).toEqual({ action: 'refuse', reason: 'replayedCode' });
    expect(await decideSecondFactor(used, await codeOfStep(step + 1), now)).toEqual({ action: 'claimTimeStep', step: step + 1 });
  });

  it('refuses a wrong code and a code from two steps ago', async () => {
    const fresh = { secret, lastUsedStep: null };
    const current = await codeOfStep(step);
    const wrong = String((Number(current) + 1) % 1_000_000).padStart(6, '0');
    expect(await decideSecondFactor(fresh, wrong, now)).toEqual({ action: 'refuse', reason: 'wrongCode' });
    expect(await decideSecondFactor(fresh, await codeOfStep(step - 2), now)).toEqual({ action: 'refuse', reason: 'wrongCode' });
  });

  it('sends a recovery code to be spent, and refuses unreadable input without looking anything up', async () => {
    const fresh = { secret, lastUsedStep: null };
    expect(await decideSecondFactor(fresh, 'a0b1c d2e3f', now)).toEqual({ action: 'useRecoveryCode', code: 'a0b1cd2e3f' });
    expect(await decideSecondFactor(fresh, 'not a code', now)).toEqual({ action: 'refuse', reason: 'unreadable' });
  });
});

describe('deciding an enrolment confirmation', () => {
  it('confirms with a current code from the pending secret and names its step', async () => {
    expect(await decideEnrolmentConfirmation(secret, await codeOfStep(step), now)).toEqual({ action: 'confirm', step });
  });

  it('refuses a code from another secret, and a recovery code (there are none before enrolment)', async () => {
    expect(await decideEnrolmentConfirmation(generateTotpSecret(), await codeOfStep(step), now)).toEqual({
      action: 'refuse',
      reason: 'wrongCode',
    });
    expect(await decideEnrolmentConfirmation(secret, 'a0b1c-d2e3f', now)).toEqual({ action: 'refuse', reason: 'unreadable' });
  });
});
