import QRCode from 'qrcode';
import { DomainError } from '@lanyard/core/domainError';
import { requireEdge } from '@lanyard/core/requestContext';
import { findUserById, type IdentityDatabase } from '../db/userStore.ts';
import {
  claimTimeStep,
  confirmTotpCredential,
  findTotpCredential,
  replaceRecoveryCodes,
  savePendingTotpSecret,
  useRecoveryCode,
} from '../db/secondFactorStore.ts';
import { generateRecoveryCodes, type RecoveryCodeHasher } from '../domain/recoveryCodes.ts';
import type { SecretBox } from '../domain/secretBox.ts';
import { decideEnrolmentConfirmation, decideSecondFactor } from '../domain/secondFactor.ts';
import { formatSecretForManualEntry, generateTotpSecret, totpUri } from '../domain/totp.ts';
import type { MutationResolvers } from './generated.ts';

export interface SecondFactorDependencies {
  db: IdentityDatabase;
  secretBox: SecretBox;
  recoveryCodeHasher: RecoveryCodeHasher;
  now?: () => Date;
}

/** The longest company name the authenticator label takes; tenancy allows nothing longer. */
const MAX_COMPANY_NAME_LENGTH = 128;

/**
 * The second-factor steps of sign-in, each run by the edge after the password step. Every wrong, replayed
 * or spent code answers the same BAD_SECOND_FACTOR, so a guesser learns nothing from the answer. Counting
 * the failures is the edge's: its lockout reserves each attempt before it reaches here, with the
 * company's own threshold, and no one but the edge can call these.
 */
export function secondFactorResolvers(deps: SecondFactorDependencies): MutationResolvers {
  const { db, secretBox, recoveryCodeHasher } = deps;
  const now = deps.now ?? (() => new Date());

  return {
    async verifySecondFactor(_parent, { input }, context) {
      requireEdge(context);
      const { userId } = input;
      const credential = await findTotpCredential(db, userId);
      if (!credential?.confirmedAt) throw new DomainError('BAD_SECOND_FACTOR');

      const refuse = (): never => {
        throw new DomainError('BAD_SECOND_FACTOR');
      };
      const secret = secretBox.open(credential.encryptedSecret, userId);
      const decision = await decideSecondFactor({ secret, lastUsedStep: credential.lastUsedStep }, input.code, now());
      switch (decision.action) {
        case 'refuse':
          return refuse();
        case 'claimTimeStep':
          // The claim is the last word: of two requests with the same code, only one records the step.
          if (!(await claimTimeStep(db, userId, decision.step))) return refuse();
          return { method: 'TOTP', recoveryCodesRemaining: null };
        case 'useRecoveryCode': {
          const use = await useRecoveryCode(db, {
            userId,
            codeHash: recoveryCodeHasher.hash(userId, decision.code),
            now: now(),
          });
          if (!use.accepted) return refuse();
          return { method: 'RECOVERY_CODE', recoveryCodesRemaining: use.remaining };
        }
      }
    },

    async startTotpEnrolment(_parent, { input }, context) {
      requireEdge(context);
      const companyName = input.companyName.trim();
      if (!companyName || companyName.length > MAX_COMPANY_NAME_LENGTH) {
        throw new DomainError('VALIDATION_FAILED', 'The company name is missing or too long.', {
          fields: [{ path: ['input', 'companyName'], message: `Between 1 and ${MAX_COMPANY_NAME_LENGTH} characters.` }],
        });
      }
      const user = await findUserById(db, input.userId);
      if (!user) throw new DomainError('FORBIDDEN');
      const secret = generateTotpSecret();
      // Refused when an authenticator is already confirmed: knowing the password alone must never be
      // enough to replace a working second factor.
      const saved = await savePendingTotpSecret(db, {
        userId: user.id,
        encryptedSecret: secretBox.seal(secret, user.id),
        now: now(),
      });
      if (!saved) throw new DomainError('SECOND_FACTOR_ALREADY_SET_UP');
      const otpauthUri = totpUri({ secret, companyName, username: user.username });
      return {
        otpauthUri,
        manualEntryKey: formatSecretForManualEntry(secret),
        qrCodeSvg: await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
      };
    },

    async confirmTotpEnrolment(_parent, { input }, context) {
      requireEdge(context);
      const credential = await findTotpCredential(db, input.userId);
      if (!credential) throw new DomainError('BAD_SECOND_FACTOR');
      if (credential.confirmedAt) throw new DomainError('SECOND_FACTOR_ALREADY_SET_UP');
      const secret = secretBox.open(credential.encryptedSecret, input.userId);
      const decision = await decideEnrolmentConfirmation(secret, input.code, now());
      if (decision.action === 'refuse') throw new DomainError('BAD_SECOND_FACTOR');
      const confirmed = await confirmTotpCredential(db, {
        userId: input.userId,
        encryptedSecret: credential.encryptedSecret,
        step: decision.step,
        now: now(),
      });
      if (!confirmed) throw new DomainError('BAD_SECOND_FACTOR');
      const { codes, hashes } = generateRecoveryCodes(recoveryCodeHasher, input.userId);
      await replaceRecoveryCodes(db, { userId: input.userId, codeHashes: hashes, now: now() });
      return { recoveryCodes: codes };
    },
  };
}
