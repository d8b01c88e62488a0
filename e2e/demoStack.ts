import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildWeb } from '../scripts/buildWeb.ts';
import { signInAtEdge } from '../scripts/edgeSignIn.ts';
import { startStack } from '../scripts/stack.ts';
import { totpCodeAt } from '../subgraphs/identity/domain/totp.ts';
import { launchChromium } from './chromium.ts';

/**
 * What every browser test stands on: the whole stack on a data folder of its own with the demo company
 * seeded, the edge serving the console built from the current sources, and Chromium. Called once at the
 * top of a test file, it starts them before the file's tests and stops them after.
 */

type Stack = Awaited<ReturnType<typeof startStack>>;
export type DemoUser = Stack['demo']['users'][number];

export interface DemoStack {
  /** A new browser context per person: its own cookie jar, so one session never leaks into another. */
  openFreshPage(options?: BrowserContextOptions): Promise<{ page: Page; edgeUrl: string }>;
  demoUser(username: string): DemoUser;
  companyName(): string;
  dataDir(): string;
  /** The edge's address, for what a test starts beside the stack (e.g. modules that sign in through it). */
  edgeUrl(): string;
  /**
   * A demo user's Lanyard session cookie (`name=value`), signed in through the edge's API rather than a
   * page, for a test's setup through GraphQL (scripts/edgeGraphQL.ts). The same one-code-per-30-seconds
   * rule as signIn holds.
   */
  apiSession(username: string): Promise<string>;
  /**
   * Signs a demo user in with their authenticator, up to My Modules. Each 30-second step of a code can
   * be used once per user, so a file signs each user in at most once in any 30 seconds.
   */
  signIn(page: Page, edgeUrl: string, user: DemoUser): Promise<void>;
}

export function useDemoStack(name: string): DemoStack {
  let dataDir: string | undefined;
  let stack: Stack | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    // The edge serves web/dist, so the app under test is built from the current sources first.
    await buildWeb();
    dataDir = mkdtempSync(join(tmpdir(), `lanyard-e2e-${name}-`));
    stack = await startStack({ dataDir, withEdge: true });
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  function requiredStack(): Stack {
    if (!stack) throw new Error('the stack should have started in beforeAll');
    return stack;
  }

  const demo: DemoStack = {
    async openFreshPage(options) {
      const running = requiredStack();
      if (!browser || !running.edgeUrl) throw new Error('the browser and the edge should have started in beforeAll');
      const context = await browser.newContext(options);
      const page = await context.newPage();
      return { page, edgeUrl: running.edgeUrl };
    },

    demoUser(username) {
      const user = requiredStack().demo.users.find((candidate) => candidate.username === username);
      if (!user) throw new Error(`the demo company should have a user named ${username}`);
      return user;
    },

    companyName() {
      return requiredStack().demo.companyName;
    },

    dataDir() {
      if (!dataDir) throw new Error('the data folder should exist from beforeAll');
      return dataDir;
    },

    edgeUrl() {
      const edgeUrl = requiredStack().edgeUrl;
      if (!edgeUrl) throw new Error('the edge should have started in beforeAll');
      return edgeUrl;
    },

    apiSession(username) {
      return signInAtEdge(demo.edgeUrl(), requiredStack(), username);
    },

    async signIn(page, edgeUrl, user) {
      if (!user.totpSecret) throw new Error(`demo user ${user.username} should have an authenticator`);
      await page.goto(`${edgeUrl}/sign-in`);
      await page.getByLabel('Username').fill(user.username);
      await page.getByLabel('Company name').fill(demo.companyName());
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByLabel('Password').fill(user.password);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByLabel('Authentication code').fill(await totpCodeAt(user.totpSecret, new Date()));
      await page.getByRole('button', { name: 'Verify' }).click();
      await page.waitForURL(`${edgeUrl}/home`);
      await page.getByRole('heading', { name: 'My Modules' }).waitFor();
    },
  };
  return demo;
}
