import { randomBytes } from 'node:crypto';
import { loadOrCreateDevelopmentSecrets } from '@lanyard/core/developmentSecrets';
import { createSecretBox } from '@lanyard/core/secretBox';
import { loadModuleDemoConfig } from '../examples/module-demo/src/config.ts';
import { startModuleDemo, type RunningModuleDemo } from '../examples/module-demo/src/server.ts';
import { openModulesDatabase } from '../subgraphs/modules/db/database.ts';
import { saveDemoInstanceWithClient } from '../subgraphs/modules/db/moduleInstanceStore.ts';
import { saveProvisioning } from '../subgraphs/modules/db/moduleProvisioningStore.ts';
import { hashClientSecret } from '../subgraphs/modules/domain/clientCredentials.ts';
import { openTenancyDatabase } from '../subgraphs/tenancy/db/database.ts';
import { seedAccessGroup } from '../subgraphs/tenancy/db/accessGroupStore.ts';
import { demoCompany, demoSupportGroup } from './demoData.ts';
import { freePort } from './freePort.ts';

/**
 * `npm start` also runs the example module (examples/module-demo) for the demo company, so that signing
 * in to a module through Lanyard can be tried at once: two instances of Helpdesk (a stack tile on My
 * Modules, and Choose an Instance), one of Reports (an arrow tile: one click, signed in) and one of Wiki
 * with Unified Login off (a lock tile, to the module's own login page). Each is
 * registered with its OIDC client (a secret made at every start, kept only in this process and as its
 * hash) and held by the Support group; casey has a local account in each, linked by email at her
 * first SSO. The Helpdesk instances provision accounts through SCIM (a token made at every start, like
 * the client secret): someone without an account, e.g. morgan, gets one at their first SSO, as an
 * admin (Masters) or an agent (everyone else).
 */
export interface DemoModule {
  id: string;
  moduleName: string;
  instanceName: string;
  unifiedLogin: boolean;
  /** Automatic user provisioning through the module's SCIM (default off). */
  provisioning?: boolean;
}

export const DEMO_MODULES: readonly DemoModule[] = [
  { id: '5f0c6a52-3c1e-4d7e-9a43-7a1d2b6c4001', moduleName: 'Helpdesk', instanceName: 'Acme EU', unifiedLogin: true, provisioning: true },
  { id: '5f0c6a52-3c1e-4d7e-9a43-7a1d2b6c4002', moduleName: 'Helpdesk', instanceName: 'Acme US', unifiedLogin: true, provisioning: true },
  { id: '5f0c6a52-3c1e-4d7e-9a43-7a1d2b6c4003', moduleName: 'Reports', instanceName: 'Acme', unifiedLogin: true, provisioning: false },
  { id: '5f0c6a52-3c1e-4d7e-9a43-7a1d2b6c4004', moduleName: 'Wiki', instanceName: 'Acme', unifiedLogin: false, provisioning: false },
];

export const DEMO_MODULE_COUNT = DEMO_MODULES.length;

const LOCAL_ACCOUNTS = [
  { username: 'c.user', email: 'casey@acme-msp.example', displayName: 'Casey User', role: 'agent' },
  { username: 'root', email: 'root@acme-msp.example', displayName: 'Riley Root', role: 'admin' },
];

export interface DemoModules {
  instances: { id: string; label: string; url: string }[];
  stop(): Promise<void>;
}

export interface DemoModulesOptions {
  dataDir: string;
  edgeUrl: string;
  /** The first of consecutive ports, one per instance (npm start); without it, free ports (tests). */
  firstPort?: number;
  /** Which instances to run (DEMO_MODULES unless a test wants others); Support is given each of them. */
  modules?: readonly DemoModule[];
}

export async function startDemoModules(options: DemoModulesOptions): Promise<DemoModules> {
  const modulesToRun = options.modules ?? DEMO_MODULES;
  const ports: number[] = [];
  for (let index = 0; index < modulesToRun.length; index += 1) {
    ports.push(options.firstPort === undefined ? await freePort() : options.firstPort + index);
  }
  const [modules, tenancy] = await Promise.all([
    openModulesDatabase(`file:${options.dataDir}/modules.db`),
    openTenancyDatabase(`file:${options.dataDir}/tenancy.db`),
  ]);
  // The modules subgraph opens the tokens with the same development key (PROVISIONING_TOKEN_KEY).
  const tokenBox = createSecretBox((await loadOrCreateDevelopmentSecrets(options.dataDir)).provisioningTokenKey);
  const running: RunningModuleDemo[] = [];
  try {
    for (const [index, module] of modulesToRun.entries()) {
      const port = ports[index]!;
      const url = `http://127.0.0.1:${port}`;
      const clientId = `demo-${module.moduleName}-${module.instanceName}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      const clientSecret = randomBytes(32).toString('base64url');
      const scimToken = randomBytes(32).toString('base64url');
      await saveDemoInstanceWithClient(
        modules.db,
        {
          id: module.id,
          companyId: demoCompany.id,
          moduleName: module.moduleName,
          instanceName: module.instanceName,
          baseUrl: url,
          landingPageUrl: `${url}/dashboard`,
          localLoginUrl: `${url}/login`,
          iconUrl: null,
          unifiedLoginEnabled: module.unifiedLogin,
          createdAt: new Date(),
        },
        {
          instanceId: module.id,
          clientId,
          clientType: 'CONFIDENTIAL',
          secretHash: hashClientSecret(clientSecret),
          secretCreatedAt: new Date(),
          redirectUris: [`${url}/callback`],
          postLogoutRedirectUris: [`${url}/login`],
          backchannelLogoutUri: `${url}/backchannel-logout`,
          initiateLoginUri: `${url}/login/lanyard`,
        },
      );
      await saveProvisioning(modules.db, {
        instanceId: module.id,
        enabled: module.provisioning ?? false,
        scimBaseUrl: `${url}/scim/v2`,
        scimTokenSealed: tokenBox.seal(scimToken, module.id),
        scimTokenSetAt: new Date(),
        defaultRole: 'agent',
        masterRole: 'admin',
        userRole: null,
        updatedAt: new Date(),
      });
      const config = loadModuleDemoConfig({
        PORT: String(port),
        PUBLIC_URL: url,
        MODULE_NAME: module.moduleName,
        INSTANCE_NAME: module.instanceName,
        LANYARD_ISSUER: options.edgeUrl,
        OIDC_CLIENT_ID: clientId,
        OIDC_CLIENT_SECRET: clientSecret,
        SCIM_TOKEN: scimToken,
        LOCAL_ACCOUNTS: JSON.stringify(LOCAL_ACCOUNTS),
      });
      running.push(await startModuleDemo(config));
    }
    await seedAccessGroup(tenancy.db, {
      group: undefined,
      groupId: demoSupportGroup.id,
      memberIds: [],
      instanceIds: modulesToRun.map((module) => module.id),
    });
  } catch (error) {
    await Promise.all(running.map((instance) => instance.close()));
    throw error;
  } finally {
    modules.close();
    tenancy.close();
  }
  return {
    instances: modulesToRun.map((module, index) => ({
      id: module.id,
      label: `${module.moduleName} · ${module.instanceName}${module.unifiedLogin ? '' : ' (Unified Login off)'}`,
      url: `http://127.0.0.1:${ports[index]!}`,
    })),
    stop: async () => {
      await Promise.all(running.map((instance) => instance.close()));
    },
  };
}
