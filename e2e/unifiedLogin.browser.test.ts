import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoModuleInstances, demoSupportGroup } from '../scripts/demoData.ts';
import { DEMO_MODULES, startDemoModules, type DemoModules } from '../scripts/demoModules.ts';
import { edgeGraphQL } from '../scripts/edgeGraphQL.ts';
import { useDemoStack } from './demoStack.ts';

/**
 * Unified Login as a person meets it, in real Chromium against the whole stack and the example module
 * run as `npm start` runs it (scripts/demoModules.ts): Helpdesk · Acme EU and Helpdesk · Acme US, and
 * Reports · Acme, all held by Support, where casey is (the demo's Wiki, with Unified Login off, is not
 * run here). Her local account in
 * each module is linked by email at her first SSO; Support also holds the demo's Documentation
 * instance, not its BMS one, so the launcher has one instance to "discover". From My Modules she opens
 * Reports from its tile and
 * Helpdesk · Acme US through Choose an Instance, both signed in; Helpdesk's App Launcher takes her to
 * Helpdesk · Acme EU signed in; signing out there signs her out of Lanyard too, and a Master reads
 * under Audit log which modules confirmed it.
 *
 * The module's pages carry a strict Content-Security-Policy (no inline script or style): the launcher
 * must work under it, so any CSP refusal in the console fails the test.
 */

const CASEY_IN_MODULES = 'Signed in as Casey User (c.user) through Lanyard';

const { openFreshPage, demoUser, signIn, dataDir, edgeUrl, apiSession } = useDemoStack('unified-login');

let modules: DemoModules;

beforeAll(async () => {
  modules = await startDemoModules({
    dataDir: dataDir(),
    edgeUrl: edgeUrl(),
    // The demo's instances that open signed in: the lock tile's own login page is not what this is about.
    modules: DEMO_MODULES.filter((module) => module.unifiedLogin),
  });
  // As a Master would under Admin Settings → Groups: Support keeps everything but BMS.
  const documentation = demoModuleInstances.find((instance) => instance.moduleName === 'Documentation')!;
  await edgeGraphQL(edgeUrl(), await apiSession('morgan'), `mutation ($id: ID!, $ids: [ID!]!) { setAccessGroupInstances(input: { groupId: $id, instanceIds: $ids }) { id } }`, {
    id: demoSupportGroup.id,
    ids: [...modules.instances.map((instance) => instance.id), documentation.id],
  });
}, 60_000);

afterAll(async () => {
  await modules?.stop();
});

function moduleUrl(label: string): string {
  const instance = modules.instances.find((candidate) => candidate.label === label);
  if (!instance) throw new Error(`the demo modules should run ${label}`);
  return instance.url;
}

/** The module's dashboard, as the person reads it: which instance, and who is signed in how. */
async function expectModuleDashboard(page: Page, label: string): Promise<void> {
  await page.waitForURL(`${moduleUrl(label)}/dashboard`);
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  await page.getByText(CASEY_IN_MODULES).waitFor();
  const [moduleName, instanceName] = label.split(' · ');
  expect(await page.locator('header .brand').innerText()).toBe(moduleName);
  expect(await page.locator('header .instance').innerText()).toBe(instanceName);
}

describe('Unified Login in Chromium', () => {
  test('casey opens modules from My Modules signed in, moves between them with the App Launcher, and one sign-out ends it all', async () => {
    const { page, edgeUrl: lanyard } = await openFreshPage();
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) refusals.push(message.text());
    });
    await signIn(page, lanyard, demoUser('casey'));
    const myModules = page.getByRole('region', { name: 'My Modules' });

    // Home → a tile → the module's dashboard, signed in.
    await myModules.getByRole('link', { name: 'Reports · Acme', exact: true }).click();
    await expectModuleDashboard(page, 'Reports · Acme');

    // Home → a tile of several instances → Choose an Instance → the chosen one, signed in.
    await page.goto(`${lanyard}/home`);
    await myModules.getByRole('button', { name: 'Helpdesk', exact: true }).click();
    const choose = page.getByRole('dialog', { name: 'Choose an Instance' });
    await choose.getByText('Helpdesk has 2 instances you can open.').waitFor();
    expect(await choose.getByRole('link').allInnerTexts()).toEqual(['Acme EU', 'Acme US']);
    await choose.getByRole('link', { name: 'Acme US', exact: true }).click();
    await expectModuleDashboard(page, 'Helpdesk · Acme US');

    // The App Launcher in the module's header: a button that opens a panel.
    const launcherButton = page.getByRole('button', { name: 'App Launcher' });
    expect(await launcherButton.getAttribute('aria-expanded')).toBe('false');
    await launcherButton.click();
    expect(await launcherButton.getAttribute('aria-expanded')).toBe('true');
    const panel = page.getByRole('region', { name: 'Lanyard App Launcher' });
    await panel.waitFor();
    const yours = panel.getByRole('list', { name: 'Your modules' });
    expect(await yours.getByRole('link').evaluateAll((links) => links.map((link) => link.textContent))).toEqual([
      'Documentation · Acme Docs',
      'Helpdesk · Acme EU',
      'Helpdesk · Acme US(this one)',
      'Reports · Acme',
    ]);
    // Focus moves into the panel; Escape closes it and gives focus back to the button.
    expect(await yours.getByRole('link').first().evaluate((link) => link.matches(':focus'))).toBe(true);
    // What casey does not reach: names only, and whom to ask.
    const discover = panel.getByRole('list', { name: 'Discover more' });
    expect(await discover.getByRole('listitem').allInnerTexts()).toEqual(['BMS · Acme EU']);
    expect(await discover.getByRole('link').count()).toBe(0);
    await panel.getByText('Ask your administrator for access.').waitFor();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await launcherButton.getAttribute('aria-expanded')).toBe('false');
    expect(await launcherButton.evaluate((button) => button.matches(':focus'))).toBe(true);

    // App Launcher → another module, signed in, in the whole window.
    await launcherButton.click();
    const toEu = yours.getByRole('link', { name: 'Helpdesk · Acme EU' });
    expect(await toEu.getAttribute('target')).toBe('_top');
    await toEu.click();
    await expectModuleDashboard(page, 'Helpdesk · Acme EU');

    // Signing out in the module (end_session) signs casey out of Lanyard too.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${moduleUrl('Helpdesk · Acme EU')}/login`);
    await page.getByRole('heading', { name: 'Log in to Helpdesk' }).waitFor();
    await page.goto(`${lanyard}/home`);
    await page.waitForURL(`${lanyard}/sign-in`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    // And of the modules opened from that sign-in, told through their back-channel.
    const deadline = Date.now() + 10_000;
    do await page.goto(`${moduleUrl('Helpdesk · Acme US')}/dashboard`);
    while (!page.url().endsWith('/login') && Date.now() < deadline);
    expect(page.url()).toBe(`${moduleUrl('Helpdesk · Acme US')}/login`);

    expect(refusals).toEqual([]);

    // A Master reads which modules confirmed that sign-out: Audit log → Module sign-outs.
    const { page: adminPage } = await openFreshPage();
    await signIn(adminPage, lanyard, demoUser('root'));
    await adminPage.goto(`${lanyard}/admin/audit`);
    const signOuts = adminPage.getByRole('region', { name: 'Module sign-outs' });
    const row = signOuts.getByRole('row').filter({ hasText: 'Helpdesk (Acme US)' });
    await row.waitFor();
    expect(await row.getByRole('cell').allInnerTexts()).toEqual([
      expect.any(String),
      'Helpdesk (Acme US)',
      'casey',
      'Confirmed',
      'The module confirmed the sign-out.',
    ]);
  });
});
