import { hashPassword } from '../subgraphs/identity/domain/passwordHashing.ts';
import { normalizeUsername } from '../subgraphs/identity/domain/username.ts';
import { insertUserIfAbsent, type IdentityDatabase } from '../subgraphs/identity/db/userStore.ts';
import { insertModuleInstanceIfAbsent, type ModulesDatabase } from '../subgraphs/modules/db/moduleInstanceStore.ts';
import { normalizeCompanyName } from '../subgraphs/tenancy/domain/companyName.ts';
import type { Role } from '../subgraphs/tenancy/domain/role.ts';
import {
  insertCompanyIfAbsent,
  insertMembershipIfAbsent,
  type TenancyDatabase,
} from '../subgraphs/tenancy/db/tenancyStore.ts';

/**
 * The demo company `npm start` seeds: fixed ids, so seeding again changes nothing. Each subgraph's rows
 * are written through that subgraph's own store, into that subgraph's own database. Development only:
 * the password is printed at start.
 */
export const DEMO_PASSWORD = 'Lanyard-demo-2026!';

export const demoCompany = { id: '5f0c6a52-3c1e-4d7e-9a43-7a1d2b6c0001', name: 'Acme MSP' };

export const demoUsers: { id: string; username: string; displayName: string; email: string; role: Role }[] = [
  { id: '5f0c6a52-3c1e-4d7e-9a43-7a1d2b6c1001', username: 'root', displayName: 'Riley Root', email: 'root@acme-msp.example', role: 'ROOT_MASTER' },
  { id: '5f0c6a52-3c1e-4d7e-9a43-7a1d2b6c1002', username: 'morgan', displayName: 'Morgan Master', email: 'morgan@acme-msp.example', role: 'MASTER' },
  { id: '5f0c6a52-3c1e-4d7e-9a43-7a1d2b6c1003', username: 'casey', displayName: 'Casey User', email: 'casey@acme-msp.example', role: 'USER' },
];

export const demoModuleInstances = [
  { id: '5f0c6a52-3c1e-4d7e-9a43-7a1d2b6c2001', moduleName: 'BMS', instanceName: 'Acme EU', baseUrl: 'https://bms.acme-msp.example/eu' },
  { id: '5f0c6a52-3c1e-4d7e-9a43-7a1d2b6c2002', moduleName: 'Documentation', instanceName: 'Acme Docs', baseUrl: 'https://docs.acme-msp.example' },
];

export async function seedDemo(databases: {
  identity: IdentityDatabase;
  tenancy: TenancyDatabase;
  modules: ModulesDatabase;
}): Promise<void> {
  const now = new Date();
  await insertCompanyIfAbsent(databases.tenancy, {
    id: demoCompany.id,
    name: demoCompany.name,
    nameNormalized: normalizeCompanyName(demoCompany.name),
    createdAt: now,
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of demoUsers) {
    await insertUserIfAbsent(databases.identity, {
      id: user.id,
      companyId: demoCompany.id,
      username: user.username,
      usernameNormalized: normalizeUsername(user.username),
      email: user.email,
      displayName: user.displayName,
      passwordHash,
      createdAt: now,
    });
    await insertMembershipIfAbsent(databases.tenancy, {
      userId: user.id,
      companyId: demoCompany.id,
      role: user.role,
      createdAt: now,
    });
  }
  for (const instance of demoModuleInstances) {
    await insertModuleInstanceIfAbsent(databases.modules, {
      ...instance,
      companyId: demoCompany.id,
      unifiedLoginEnabled: true,
      createdAt: now,
    });
  }
}
