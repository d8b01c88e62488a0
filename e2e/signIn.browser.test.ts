import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildWeb } from '../scripts/buildWeb.ts';
import { demoModuleInstances } from '../scripts/demoData.ts';
import { startStack } from '../scripts/stack.ts';

/**
 * The sign-in flow in real Chromium against the whole stack: the built web app served by the edge in
 * workerd, the gateway and the three subgraphs on their own databases, the demo company seeded.
 */

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

const BAD_CREDENTIALS_SENTENCE = 'The username, company name or password is incorrect.';

type Stack = Awaited<ReturnType<typeof startStack>>;

let dataDir: string | undefined;
let stack: Stack | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  // The edge serves web/dist, so the app under test is built from the current sources first.
  await buildWeb();
  dataDir = mkdtempSync(join(tmpdir(), 'lanyard-e2e-sign-in-'));
  stack = await startStack({ dataDir, withEdge: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('signing in', () => {
  test('a user signs in with username, company name and password and sees their modules', async () => {
    const { page, edgeUrl, user } = await openFreshPage();

    await page.goto(`${edgeUrl}/`);
    await page.waitForURL(`${edgeUrl}/sign-in`);
    await enterIdentity(page, user.username, requiredStack().demo.companyName);
    await page.getByText(`Signing in as ${user.username} at ${requiredStack().demo.companyName}`).waitFor();
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Log in' }).click();

    await page.waitForURL(`${edgeUrl}/home`);
    await page.getByRole('heading', { name: 'My Modules' }).waitFor();
    for (const instance of demoModuleInstances) {
      await page.getByRole('link', { name: instance.instanceName }).waitFor();
    }
    const header = await page.getByRole('banner').innerText();
    expect(header).toContain(requiredStack().demo.companyName);
    expect(await page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
  });

  test('a wrong password shows the incorrect-credentials sentence and stays on the sign-in page', async () => {
    const { page, edgeUrl, user } = await openFreshPage();

    await page.goto(`${edgeUrl}/sign-in`);
    await enterIdentity(page, user.username, requiredStack().demo.companyName);
    await page.getByLabel('Password').fill(`${user.password}-wrong`);
    await page.getByRole('button', { name: 'Log in' }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.innerText()).trim()).toBe(BAD_CREDENTIALS_SENTENCE);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.getByLabel('Password').inputValue()).toBe('');
  });
});

async function openFreshPage(): Promise<{ page: Page; edgeUrl: string; user: { username: string; password: string } }> {
  const running = requiredStack();
  if (!browser || !running.edgeUrl) throw new Error('the browser and the edge should have started in beforeAll');
  const user = running.demo.users.find((candidate) => candidate.role === 'USER');
  if (!user) throw new Error('the demo company should have a plain user');
  // A new context per test: its own cookie jar, so one test's session never leaks into another.
  const context = await browser.newContext();
  const page = await context.newPage();
  return { page, edgeUrl: running.edgeUrl, user };
}

async function enterIdentity(page: Page, username: string, companyName: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Company name').fill(companyName);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Password').waitFor();
}

function requiredStack(): Stack {
  if (!stack) throw new Error('the stack should have started in beforeAll');
  return stack;
}
