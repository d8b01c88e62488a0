import { randomUUID } from 'node:crypto';
import { issueAccountLink } from '../../subgraphs/identity/db/accountLinkStore.ts';
import { insertUserIfAbsent, type IdentityDatabase } from '../../subgraphs/identity/db/userStore.ts';
import {
  accountLinkExpiry,
  generateAccountLinkToken,
  hashAccountLinkToken,
  SIGN_UP_LINK_VALIDITY_HOURS,
  signUpUrl,
} from '../../subgraphs/identity/domain/accountLinkToken.ts';
import { normalizeUsername } from '@lanyard/core/username';
import type { Mailer } from '../../subgraphs/identity/mail/mailPort.ts';
import { welcomeMessage } from '../../subgraphs/identity/mail/messages/welcomeMessage.ts';
import {
  findCompanyByName,
  insertCompanyUnlessNameTaken,
  type TenancyDatabase,
} from '../../subgraphs/tenancy/db/tenancyStore.ts';
import { normalizeCompanyName } from '@lanyard/core/companyName';
import { CommandError } from './commandErrors.ts';
import type { CompanyCreateArguments } from './companyCreateArguments.ts';

export interface CreateCompanyDependencies {
  identity: IdentityDatabase;
  tenancy: TenancyDatabase;
  mailer: Mailer;
  /** The public origin (the edge) the sign-up link points to. */
  publicUrl: string;
  now?: () => Date;
  newId?: () => string;
}

export interface CreatedCompany {
  companyId: string;
  userId: string;
  linkValidForHours: number;
}

/**
 * `company create`: a new company (tenancy), its Root Master without a password (identity), a
 * single-use sign-up link (identity) and the welcome email that
 * carries it. The company comes first: the unique index on its name decides between two operators
 * creating the same company at once, before anything else is written.
 */
export async function createCompanyWithRootMaster(
  input: CompanyCreateArguments,
  deps: CreateCompanyDependencies,
): Promise<CreatedCompany> {
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;
  const refuseTakenName = () => new CommandError(`A company named "${input.name}" already exists`);

  const nameNormalized = normalizeCompanyName(input.name);
  if (await findCompanyByName(deps.tenancy, nameNormalized)) throw refuseTakenName();
  const createdAt = now();
  const companyId = newId();
  const userId = newId();
  const created = await insertCompanyUnlessNameTaken(deps.tenancy, {
    id: companyId,
    name: input.name,
    nameNormalized,
    rootMasterUserId: userId,
    createdAt,
  });
  if (!created) throw refuseTakenName();

  await insertUserIfAbsent(deps.identity, {
    id: userId,
    companyId,
    username: input.username,
    usernameNormalized: normalizeUsername(input.username),
    email: input.email,
    displayName: input.displayName,
    passwordHash: null,
    role: 'ROOT_MASTER',
    createdAt,
  });

  const token = generateAccountLinkToken();
  await issueAccountLink(deps.identity, {
    purpose: 'SIGN_UP',
    tokenHash: hashAccountLinkToken(token),
    userId,
    companyName: input.name,
    now: createdAt,
    expiresAt: accountLinkExpiry('SIGN_UP', createdAt),
  });
  const message = welcomeMessage({
    companyName: input.name,
    displayName: input.displayName,
    username: input.username,
    signUpUrl: signUpUrl(deps.publicUrl, token),
    expiresInHours: SIGN_UP_LINK_VALIDITY_HOURS,
  });
  try {
    await deps.mailer.send({ to: input.email, subject: message.subject, text: message.text, html: message.html });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CommandError(
      `Created company "${input.name}" with Root Master "${input.username}", but the welcome email was not sent: ${reason}`,
    );
  }
  return { companyId, userId, linkValidForHours: SIGN_UP_LINK_VALIDITY_HOURS };
}
