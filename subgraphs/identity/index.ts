import { httpUrlVariable, loadConfig } from '@lanyard/core/config';
import { runSubgraph } from '@lanyard/core/runSubgraph';
import { loadIdentityKeys } from './identityKeys.ts';
import { mailerFromConfig } from './mail/mailerFromConfig.ts';
import { createIdentitySubgraph } from './service.ts';

runSubgraph('identity', async (settings) => {
  const keys = await loadIdentityKeys(settings);
  // PUBLIC_URL: the origin people open (the edge), for the links in account mail.
  const { PUBLIC_URL: publicUrl } = loadConfig({ PUBLIC_URL: httpUrlVariable('http://127.0.0.1:8787') });
  const configured = mailerFromConfig({ dataDir: settings.environment?.dataDir ?? 'data' });
  console.log(`identity ${configured.description}; links to ${publicUrl}`);
  const service = await createIdentitySubgraph(settings, keys, {
    mailer: configured.mailer,
    publicUrl,
    developmentOutbox: configured.developmentOutbox,
  });
  return {
    ...service,
    close: () => {
      service.close();
      configured.close();
    },
  };
});
