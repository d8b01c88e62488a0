import type { Context } from 'hono';
import { launcherEntries, type LauncherTransport } from './appLauncher.ts';
import type { ModuleDemoConfig } from './config.ts';
import type { ModuleCookies } from './cookies.ts';
import type { LanyardClient } from './lanyardClient.ts';
import type { LocalAccount, LocalAccounts } from './localAccounts.ts';
import type { ModuleSession, ModuleSessions } from './moduleSessions.ts';
import type { PageFrame } from './pages.ts';
import type { PreLogins } from './preLogins.ts';

/** What the routes of one module instance share: made once in app.ts, handed to each group of routes. */
export interface ModuleDemoParts {
  config: ModuleDemoConfig;
  accounts: LocalAccounts;
  sessions: ModuleSessions;
  preLogins: PreLogins;
  cookies: ModuleCookies;
  lanyard: LanyardClient;
  /** How the App Launcher's entries are asked of Lanyard (appLauncher.ts). */
  launcher: LauncherTransport;
}

/** The header every page shows: this instance, and who is signed in. */
export function pageFrame(parts: ModuleDemoParts, account?: LocalAccount): PageFrame {
  return {
    moduleName: parts.config.moduleName,
    instanceName: parts.config.instanceName,
    lanyardIssuer: parts.config.lanyardIssuer,
    ...(account ? { signedInAs: account.displayName } : {}),
  };
}

/**
 * The header of a signed-in page: as pageFrame, with the App Launcher for someone who came through
 * Lanyard (its entries asked of Lanyard with their access token); none after a password sign-in.
 */
export async function signedInPageFrame(parts: ModuleDemoParts, current: { session: ModuleSession; account: LocalAccount }): Promise<PageFrame> {
  const launcher = current.session.launcher ? await launcherEntries(current.session.launcher, parts.launcher) : undefined;
  return { ...pageFrame(parts, current.account), ...(launcher ? { launcherEntries: launcher } : {}) };
}

/** The session the request's cookie names, with its account, while both still hold. */
export function signedIn(c: Context, parts: ModuleDemoParts): { session: ModuleSession; account: LocalAccount } | undefined {
  const session = parts.sessions.find(parts.cookies.readSession(c));
  if (!session) return undefined;
  const account = parts.accounts.byId(session.accountId);
  // Deactivated (e.g. by provisioning) since signing in: the session ends with the account.
  if (!account?.active) {
    parts.sessions.end(session.id);
    return undefined;
  }
  return { session, account };
}

/** Starts a module session for an account and hands the browser its cookie. */
export function startSession(c: Context, parts: ModuleDemoParts, session: Parameters<ModuleSessions['start']>[0]): void {
  const started = parts.sessions.start(session);
  parts.cookies.writeSession(c, started.id, Math.floor((started.expiresAt - Date.now()) / 1000));
}
