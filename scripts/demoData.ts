import { hashPassword } from '../subgraphs/identity/domain/passwordHashing.ts';
import { normalizeUsername } from '@lanyard/core/username';
import { insertConfirmedTotpCredentialIfAbsent } from '../subgraphs/identity/db/secondFactorStore.ts';
import { insertUserIfAbsent, type IdentityDatabase } from '../subgraphs/identity/db/userStore.ts';
import type { SecretBox } from '../subgraphs/identity/domain/secretBox.ts';
import { insertModuleInstanceIfAbsent, type ModulesDatabase } from '../subgraphs/modules/db/moduleInstanceStore.ts';
import { ensureSystemGroups, seedAccessGroup } from '../subgraphs/tenancy/db/accessGroupStore.ts';
import { normalizeAccessGroupName } from '@lanyard/core/accessGroupName';
import { systemGroupId } from '../subgraphs/tenancy/domain/accessGroup.ts';
import { normalizeCompanyName } from '@lanyard/core/companyName';
import type { Role } from '@lanyard/core/role';
import {
  insertCompanyIfAbsent,
  type TenancyDatabase,
} from '../subgraphs/tenancy/db/tenancyStore.ts';

/**
 * The demo company `npm start` seeds: fixed ids, so seeding again changes nothing. Each subgraph's rows
 * are written through that subgraph's own store, into that subgraph's own database. Development only:
 * the password is printed at start.
 */
export const DEMO_PASSWORD = 'Lanyard-demo-2026!';

export const demoCompany = { id: '5f0c6a52-3c1e-4d7e-9a43-7a1d2b6c0001', name: 'Acme MSP' };

export interface DemoUser {
  id: string;
  username: string;
  displayName: string;
  email: string;
  role: Role;
  /** The authenticator secret (base32), printed at start so that a person or a script can sign in
   *  without a phone; undefined for a user who sets up two-factor at first sign-in. */
  totpSecret: string | undefined;
}

export const demoUsers: DemoUser[] = [
  { id: '5f0c6a52-3c1e-4d7e-9a43-7a1d2b6c1001', username: 'root', displayName: 'Riley Root', email: 'root@acme-msp.example', role: 'ROOT_MASTER', totpSecret: '7JUB633PLQLWGEUI55G2YUSW67RNKJ47' },
  { id: '5f0c6a52-3c1e-4d7e-9a43-7a1d2b6c1002', username: 'morgan', displayName: 'Morgan Master', email: 'morgan@acme-msp.example', role: 'MASTER', totpSecret: 'CESYNXNU6VQNXSDBSCGAO53PF5IOYLIP' },
  { id: '5f0c6a52-3c1e-4d7e-9a43-7a1d2b6c1003', username: 'casey', displayName: 'Casey User', email: 'casey@acme-msp.example', role: 'USER', totpSecret: 'AD3M277AB4UZE7DNCA63EO55LG4B33E6' },
  { id: '5f0c6a52-3c1e-4d7e-9a43-7a1d2b6c1004', username: 'jordan', displayName: 'Jordan Newhire', email: 'jordan@acme-msp.example', role: 'USER', totpSecret: undefined },
];

/**
 * Who reaches what in the demo: root (always) and morgan through All modules, casey through Support
 * (both instances), jordan through no group at all, so the demo shows an empty My Modules too.
 */
export const demoSupportGroup = { id: '5f0c6a52-3c1e-4d7e-9a43-7a1d2b6c3001', name: 'Support', members: ['casey'] };
const demoAllModulesMembers = ['root', 'morgan'];

export const demoModuleInstances = [
  { id: '5f0c6a52-3c1e-4d7e-9a43-7a1d2b6c2001', moduleName: 'BMS', instanceName: 'Acme EU', baseUrl: 'https://bms.acme-msp.example/eu' },
  { id: '5f0c6a52-3c1e-4d7e-9a43-7a1d2b6c2002', moduleName: 'Documentation', instanceName: 'Acme Docs', baseUrl: 'https://docs.acme-msp.example' },
];

export async function seedDemo(
  databases: { identity: IdentityDatabase; tenancy: TenancyDatabase; modules: ModulesDatabase },
  secretBox: SecretBox,
): Promise<void> {
  const now = new Date();
  await insertCompanyIfAbsent(databases.tenancy, {
    id: demoCompany.id,
    name: demoCompany.name,
    nameNormalized: normalizeCompanyName(demoCompany.name),
    rootMasterUserId: demoUserId('root'),
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
      role: user.role,
      activatedAt: now,
      createdAt: now,
    });
    if (user.totpSecret) {
      await insertConfirmedTotpCredentialIfAbsent(databases.identity, {
        userId: user.id,
        encryptedSecret: secretBox.seal(user.totpSecret, user.id),
        now,
      });
    }
  }
  for (const instance of demoModuleInstances) {
    await insertModuleInstanceIfAbsent(databases.modules, {
      ...instance,
      companyId: demoCompany.id,
      unifiedLoginEnabled: true,
      createdAt: now,
    });
  }
  await ensureSystemGroups(databases.tenancy, demoCompany.id, now);
  await seedAccessGroup(databases.tenancy, {
    group: undefined,
    groupId: systemGroupId(demoCompany.id, 'ALL_MODULES'),
    memberIds: demoAllModulesMembers.map(demoUserId),
    instanceIds: [],
  });
  await seedAccessGroup(databases.tenancy, {
    group: {
      id: demoSupportGroup.id,
      companyId: demoCompany.id,
      name: demoSupportGroup.name,
      nameNormalized: normalizeAccessGroupName(demoSupportGroup.name),
      kind: 'CUSTOM',
      active: true,
      createdAt: now,
    },
    groupId: demoSupportGroup.id,
    memberIds: demoSupportGroup.members.map(demoUserId),
    instanceIds: demoModuleInstances.map((instance) => instance.id),
  });
}

function demoUserId(username: string): string {
  const user = demoUsers.find((candidate) => candidate.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  return user.id;
}
