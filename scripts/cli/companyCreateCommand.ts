import { openIdentityDatabase } from '../../subgraphs/identity/db/database.ts';
import { mailerFromConfig } from '../../subgraphs/identity/mail/mailerFromConfig.ts';
import { openTenancyDatabase } from '../../subgraphs/tenancy/db/database.ts';
import { loadCliConfig } from './cliConfig.ts';
import { parseCompanyCreateArguments } from './companyCreateArguments.ts';
import { createCompanyWithRootMaster } from './createCompanyWithRootMaster.ts';

/**
 * `company create` with real configuration: validates the command line before touching anything,
 * then opens both databases (applying their migrations) and the configured mailer, and returns the
 * lines to print.
 */
export async function runCompanyCreate(args: string[], env: Record<string, string | undefined>): Promise<string[]> {
  const input = parseCompanyCreateArguments(args);
  const config = loadCliConfig(env);
  const mail = mailerFromConfig({ dataDir: config.dataDir }, env);
  const [identity, tenancy] = await Promise.all([
    openIdentityDatabase(config.identityDatabaseUrl),
    openTenancyDatabase(config.tenancyDatabaseUrl),
  ]);
  try {
    const created = await createCompanyWithRootMaster(input, {
      identity: identity.db,
      tenancy: tenancy.db,
      mailer: mail.mailer,
      publicUrl: config.publicUrl,
    });
    const lines = [
      `Created company "${input.name}" with Root Master "${input.username}". Welcome email sent to ${input.email}; the link is valid for ${created.linkValidForHours} hours.`,
    ];
    if (mail.developmentOutbox) lines.push(`Development outbox: ${mail.developmentOutbox.path}`);
    return lines;
  } finally {
    identity.close();
    tenancy.close();
    mail.close();
  }
}
